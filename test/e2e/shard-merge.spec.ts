import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/cli.js';
import type { RunResults } from '../../src/core/results.js';
import { fakeIo } from '../helpers/fake-io.js';

/**
 * Sharding end to end: three shards of one run as three processes of the built binary,
 * in parallel, merged; the merged results must be those of one unsharded run with the
 * same seed (every verdict, case and number; only the timings differ).
 */
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'src', 'cli', 'main.js');
const IDS = ['vc.sauer-shelah.*', 'vc.pajor.*', 'vc.halfspace.*', 'vc.sine.*'];

function theorycheck(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as RunResults;
/** The results without wall-clock timings. */
const timeless = (r: RunResults) => JSON.parse(JSON.stringify(r.claims, (k, v: unknown) => (k === 'ms' || k === 'durationMs' ? undefined : v)));

describe('run --shard i/n + merge', () => {
  it('three shards run in parallel and merged should equal one unsharded run with the same seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-shard-'));
    const common = ['--budget', 'quick', '--seed', '7', '--format', 'html'];
    const t0 = performance.now();
    const shardRuns = [1, 2, 3].map((i) =>
      // shard 3 takes its index from a Slurm array's environment (--array=0-2)
      i === 3
        ? theorycheck(['run', ...IDS, ...common, '--shard', 'auto', '--out', `shard-${i}`], dir, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '0' })
        : theorycheck(['run', ...IDS, ...common, '--shard', `${i}/3`, '--out', `shard-${i}`], dir),
    );
    const io = fakeIo(dir);
    const whole = await cli(['run', ...IDS, ...common, '--out', 'whole', '--quiet'], io);
    const shards = await Promise.all(shardRuns);
    const runMs = performance.now() - t0;
    expect(whole, io.stderr.join('\n')).toBe(0);
    for (const s of shards) expect(s.code, s.stderr).toBe(0);
    expect(shards[2]!.stderr).toMatch(/shard 3\/3 from SLURM_ARRAY_TASK_ID=2 .*: 1 of 5 claims/);

    const parts = [1, 2, 3].map((i) => read(join(dir, `shard-${i}`, 'results.json')));
    expect(parts.map((p) => p.claims.length)).toEqual([2, 2, 1]);
    expect(parts.map((p) => p.config.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));

    const mio = fakeIo(dir);
    expect(await cli(['merge', 'shard-3', 'shard-1', 'shard-2/results.json', '--out', 'merged', '--format', 'html'], mio), mio.stderr.join('\n')).toBe(0);
    expect(mio.stdout.join('\n')).toMatch(/merged 3 shards: 5 claims on wasm \(budget quick, seed 7\): 5 hold/);
    const merged = read(join(dir, 'merged', 'results.json'));
    const unsharded = read(join(dir, 'whole', 'results.json'));
    expect(merged.claims.map((c) => [c.id, c.verdict.status])).toEqual(unsharded.claims.map((c) => [c.id, c.verdict.status]));
    expect(timeless(merged)).toEqual(timeless(unsharded));
    expect(merged.config).toEqual(unsharded.config);
    expect(readFileSync(join(dir, 'merged', 'report.html'), 'utf8')).toContain('vc.sine.infinite-vc');

    // A missing shard, or shards of another seed, cannot be merged (exit 2, named).
    const bad = fakeIo(dir);
    expect(await cli(['merge', 'shard-1', 'shard-3', '--out', 'm2'], bad)).toBe(2);
    expect(bad.stderr[0]).toMatch(/TC1018: merge: missing shard 2\/3 \(given: 1\/3, 3\/3\)/);
    const other = fakeIo(dir);
    expect(await cli(['run', 'vc.pajor.*', ...IDS.slice(2), '--seed', '8', '--shard', '2/3', '--out', 'other', '--format', 'html', '--quiet'], other)).toBe(0);
    const mixed = fakeIo(dir);
    expect(await cli(['merge', 'shard-1', 'other', 'shard-3', '--out', 'm3'], mixed)).toBe(2);
    expect(mixed.stderr[0]).toMatch(/shards disagree on the seed: shard-1 has 7, other has 8/);
    console.info(`three parallel shards + unsharded run: ${(runMs / 1000).toFixed(1)} s`);
  });
});
