import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/cli.js';
import type { RunResults } from '../../src/core/results.js';
import { fakeIo } from '../helpers/fake-io.js';

/**
 * Baselines end to end (the CLI in process): a real quick run of an exact claim
 * (vc.pajor: integer counts, tolerance 0) and a float32 one (vc.sine: abs 5e-7, rel 1e-4),
 * saved as a baseline, then diffed against deliberately spoiled copies of the run.
 */
const PAJOR = 'vc.pajor.shattered-subsets';
const SINE = 'vc.sine.infinite-vc';
let dir: string;
let results: RunResults;

function variant(name: string, spoil: (r: RunResults) => void): string {
  const r = structuredClone(results);
  spoil(r);
  writeFileSync(join(dir, name), JSON.stringify(r));
  return name;
}
const claim = (r: RunResults, id: string) => r.claims.find((c) => c.id === id)!;

async function diff(...args: string[]) {
  const io = fakeIo(dir);
  const code = await cli(['diff', ...args], io);
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tc-baseline-'));
  const io = fakeIo(dir);
  expect(await cli(['run', PAJOR, SINE, '--budget', 'quick', '--out', 'run', '--format', 'html', '--quiet'], io), io.stderr.join('\n')).toBe(0);
  results = JSON.parse(readFileSync(join(dir, 'run', 'results.json'), 'utf8')) as RunResults;
  const save = fakeIo(dir);
  expect(await cli(['baseline', 'save', 'run/results.json', '--out', 'baseline.json'], save)).toBe(0);
  expect(save.stdout.join('')).toMatch(/wrote .*baseline\.json: 2 claims \(2 hold\), 6 named cases/);
});

describe('theorycheck baseline save / diff', () => {
  it('should pass the run it was made from, and a run that differs only by float noise within tolerance', async () => {
    expect((await diff('baseline.json', 'run/results.json')).code).toBe(0);
    const noisy = variant('noisy.json', (r) => {
      const m16 = claim(r, SINE).cases.find((c) => c.name === 'm = 16')!;
      m16.summary['min y·sin (float32)'] = (m16.summary['min y·sin (float32)'] as number) + 3e-8;
      claim(r, SINE).verdict.margin! += 1e-9;
      for (const c of r.claims) c.durationMs *= 3; // a slower machine is not a regression
    });
    const d = await diff('baseline.json', noisy);
    expect(d.code, d.out).toBe(0);
    expect(d.out).toMatch(/2 numbers moved within tolerance \(not regressions\)\nno regressions: 2 claims compared/);
  });

  it('should exit 1 on a deliberately flipped verdict, with a readable diff', async () => {
    const flipped = variant('flipped.json', (r) => {
      claim(r, PAJOR).verdict = { status: 'violated', margin: -1, reason: 'spoiled' };
    });
    const d = await diff('baseline.json', flipped);
    expect(d.code).toBe(1);
    expect(d.out).toContain(`REGRESSION  ${PAJOR}: verdict holds → violated: held in the baseline, violated now`);
    expect(d.out).toMatch(/REGRESSION {2}vc\.pajor\.shattered-subsets: margin 0 → -1 \(moved 1\.00, beyond exact comparison\)/);
  });

  it('should exit 1 on a moved metric: one more count (exact claim), or a float moved beyond tolerance', async () => {
    const counted = variant('counted.json', (r) => {
      const c = claim(r, PAJOR).cases.find((k) => k.name === 'all labelings of 4 points')!;
      c.summary['shattered subsets'] = 17;
    });
    const a = await diff('baseline.json', counted, '--json');
    expect(a.code).toBe(1);
    expect(JSON.parse(a.out).regressions).toEqual([
      expect.objectContaining({ kind: 'number', claim: PAJOR, case: 'all labelings of 4 points', key: 'shattered subsets', from: 16, to: 17 }),
    ]);
    const drifted = variant('drifted.json', (r) => {
      const m4 = claim(r, SINE).cases.find((c) => c.name?.startsWith('m = 4'))!;
      m4.summary['min y·sin (float32)'] = (m4.summary['min y·sin (float32)'] as number) - 1e-3;
    });
    const b = await diff('baseline.json', drifted);
    expect(b.code).toBe(1);
    expect(b.out).toMatch(/case 'm = 4 .*': min y·sin \(float32\) 0\.195\d* → 0\.194\d* \(moved 0\.00100, beyond tolerance 0\.000101\)/);
    expect((await diff('baseline.json', drifted, '--ignore', `${SINE}:min*`)).code).toBe(0);
  });

  it('should accept two results.json files (the first made into a baseline on the fly)', async () => {
    expect((await diff('run/results.json', 'run/results.json')).code).toBe(0);
  });

  it.each([
    [['diff', 'baseline.json'], /diff: expected BASELINE\.json and RESULTS\.json, got 1 path/],
    [['diff', 'missing.json', 'run/results.json'], /TC6003: cannot read 'missing\.json': ENOENT/],
    [['diff', 'run/report.html', 'run/results.json'], /TC6003: run\/report\.html: malformed JSON/],
    [['baseline'], /baseline: missing subcommand/],
    [['baseline', 'load'], /unknown subcommand 'load'/],
    [['baseline', 'save', 'nope/results.json'], /cannot read results file '.*nope\/results\.json': ENOENT/],
    [['merge'], /merge: expected the output folders/],
    [['merge', 'run'], /merge: run is not a shard/],
  ])('should exit 2 with a one-line message for %j', async (argv, message) => {
    const io = fakeIo(dir);
    expect(await cli(argv, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
  });

  it('should refuse to save a baseline from an interrupted run', async () => {
    const partial = variant('partial.json', (r) => {
      r.complete = false;
      r.claims.pop();
    });
    const io = fakeIo(dir);
    expect(await cli(['baseline', 'save', partial, '--out', 'b2.json'], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/TC6005: partial\.json: the run is incomplete \(interrupted after 1 of 2 claims\)/);
  });
});
