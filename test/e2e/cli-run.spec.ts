import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../src/core/results.js';

/** End to end: the built binary, as a user runs it (npm test builds dist/ first). */
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'src', 'cli', 'main.js');
function theorycheck(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: process.env.CI ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('theorycheck run (built binary)', () => {
  it('should run vc.* in the quick budget, exit 0 and record holds for the five first claims', () => {
    const out = mkdtempSync(join(tmpdir(), 'tc-e2e-'));
    const r = theorycheck(['run', 'vc.*', '--budget', 'quick', '--out', out, '--json', '--format', 'html,tex']);
    expect(r.code, r.stderr).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as RunResults;
    expect(JSON.parse(r.stdout).claims.length).toBe(results.claims.length);
    const ids = ['vc.sauer-shelah.growth-bound', 'vc.pajor.shattered-subsets', 'vc.halfspace.cover-count', 'vc.halfspace.vc-equals-d-plus-1', 'vc.sine.infinite-vc'];
    for (const id of ids) expect(results.claims.find((c) => c.id === id)?.verdict.status, id).toBe('holds');
    expect(results.backend.selected).toBe('wasm');
    expect(results.complete).toBe(true);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    expect(existsSync(join(out, 'report.tex'))).toBe(true);
  });

  it('should exit 1 on a violated claim, print its shrunk counterexample and a replay command that reproduces it', () => {
    const out = mkdtempSync(join(tmpdir(), 'tc-e2e-'));
    const fixture = join('test', 'fixtures', 'broken-claims.mjs');
    const r = theorycheck(['run', 'user.*', '--claims', fixture, '--out', out, '--format', 'html']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/counterexample \(after \d+ shrinks\): 8/);
    const replay = /replay:\s+(theorycheck replay .*)/.exec(r.stderr)?.[1];
    expect(replay).toBeDefined();
    const args = replay!.split(' ').slice(1);
    const again = theorycheck([...args, '--claims', fixture, '--json']);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).finding.record.params).toBe(8);
  });

  it('should exit 2 naming the bad value for an unknown id and a bad seed', () => {
    const a = theorycheck(['run', 'no.such.claim']);
    expect(a.code).toBe(2);
    expect(a.stderr.trim().split('\n')).toHaveLength(1);
    expect(a.stderr).toMatch(/no\.such\.claim/);
    const b = theorycheck(['run', '--seed', 'banana']);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/banana/);
  });
});
