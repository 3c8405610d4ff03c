import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricsCommand, METRICS_HELP } from '../../../src/cli/commands/metrics.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { Rng } from '../../../src/core/rng.js';
import { writeNpy } from '../../../src/empirical/disentanglement/npy.js';
import { fakeIo } from '../../helpers/fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-metrics-'));
mkdirSync(dir, { recursive: true });
const rng = new Rng(11);
const N = 1500;
const factors = Array.from({ length: N }, () => [rng.int(0, 4), rng.int(0, 5), rng.int(0, 2)]);
const write = (name: string, rows: unknown) => {
  writeFileSync(join(dir, name), JSON.stringify(rows));
  return name;
};
write('factors.json', factors);
write('identity.json', factors);
write('constant.json', factors.map(() => [0, 0, 0]));
write('duplicated.json', factors.map((f) => [...f, ...f]));
const run = async (argv: string[]) => {
  const io = fakeIo(dir);
  const code = await metricsCommand(argv, io);
  return { code, out: io.stdout.join('\n') };
};
const json = async (codes: string, ...metrics: string[]) => {
  const r = await run(['--codes', codes, '--factors', 'factors.json', '--json', ...metrics.flatMap((m) => ['--metric', m])]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Record<string, unknown>;
};

describe('theorycheck metrics', () => {
  it('should score codes = factors high on MIG, DCIMIG and Modularity', async () => {
    const s = await json('identity.json', 'mig', 'dcimig', 'modularity');
    expect(Object.keys(s).sort()).toEqual(['dcimig', 'mig', 'modularity']);
    for (const v of Object.values(s)) expect(v).toBeGreaterThanOrEqual(0.9);
  });

  it('should score a constant code <= 0.2 on every metric, with no NaN', async () => {
    const r = await run(['--codes', 'constant.json', '--factors', 'factors.json', '--json', '--intervention-points', '200']);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/NaN|null/);
    const s = JSON.parse(r.out) as Record<string, number | Record<string, number>>;
    expect(Object.keys(s).sort()).toEqual(['betavae', 'dci', 'dcimig', 'explicitness', 'factorvae', 'irs', 'mig', 'modularity', 'sap', 'sap_continuous']);
    for (const k of ['mig', 'dcimig', 'sap', 'sap_continuous', 'modularity', 'irs', 'factorvae']) expect(s[k], k).toBeLessThanOrEqual(0.2);
    expect(s.dci).toMatchObject({ disentanglement: 0, completeness: 0 });
    expect(Object.keys(s.dci as object)).toEqual(['disentanglement', 'completeness', 'informativeness']);
  });

  it('should give MIG near 0 and DCIMIG 1 on a duplicated-dimension code', async () => {
    const s = (await json('duplicated.json', 'mig', 'dcimig')) as Record<string, number>;
    expect(s.mig).toBeLessThan(0.05);
    expect(s.dcimig).toBeGreaterThan(0.99);
  });

  it('should read .npy files and print a table without --json', async () => {
    const data = Float64Array.from(factors.flat());
    writeFileSync(join(dir, 'codes.npy'), writeNpy({ rows: N, cols: 3, data }));
    writeFileSync(join(dir, 'factors.npy'), writeNpy({ rows: N, cols: 3, data }, { int: true }));
    const r = await run(['--codes', 'codes.npy', '--factors', 'factors.npy', '--metric', 'mig', '--metric', 'irs']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1500 samples, 3 codes, 3 factors/);
    expect(r.out).toMatch(/mig\s+0\.9\d{3}/);
    expect(r.out).toMatch(/irs\s+1\.0000/);
  });

  it('should print help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(METRICS_HELP);
    expect(r.out).toMatch(/theorycheck metrics --codes FILE --factors FILE/);
  });

  it.each([
    [['--codes', 'short.json', '--factors', 'factors.json'], InputError, /factors\.json: row 2 has no matching row.*short\.json has 2 rows, factors\.json has 1500/],
    [['--codes', 'ragged.json', '--factors', 'factors.json'], InputError, /ragged\.json: row 1 has 2 values, expected 3/],
    [['--codes', 'nan.npy', '--factors', 'factors.json'], InputError, /nan\.npy: row 4, column 0: NaN is not a finite number/],
    [['--codes', 'missing.json', '--factors', 'factors.json'], InputError, /cannot read 'missing\.json'/],
    [['--codes', 'identity.json', '--factors', 'factors.json', '--metric', 'beta'], UsageError, /unknown metric 'beta'/],
    [['--codes', 'identity.json'], UsageError, /--factors FILE are both required/],
  ])('should reject bad input %j naming the file and row', async (argv, type, message) => {
    write('short.json', [[1, 2, 3], [4, 5, 6]]);
    write('ragged.json', [[1, 2, 3], [4, 5]]);
    writeFileSync(join(dir, 'nan.npy'), writeNpy({ rows: 6, cols: 1, data: Float64Array.from([1, 2, 3, 4, NaN, 6]) }));
    const err = await metricsCommand(argv, fakeIo(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(type);
    expect(String((err as Error).message)).toMatch(message);
  });
});
