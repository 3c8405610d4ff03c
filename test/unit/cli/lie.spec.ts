import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lieCommand, LIE_HELP } from '../../../src/cli/commands/lie.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { fakeIo } from '../../helpers/fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-lie-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const Lx = [[0, 0, 0], [0, 0, -1], [0, 1, 0]];
const Ly = [[0, 0, 1], [0, 0, 0], [-1, 0, 0]];
const Lz = [[0, -1, 0], [1, 0, 0], [0, 0, 0]];

async function runJson(argv: string[]) {
  const io = fakeIo(dir);
  expect(await lieCommand([...argv, '--json'], io)).toBe(0);
  return JSON.parse(io.stdout.join('')) as Record<string, any>;
}

describe('theorycheck lie', () => {
  it('should report so(3): closed, ε_ijk, non-degenerate Killing form', async () => {
    const r = await runJson(['--generators', file('so3.json', [Lx, Ly, Lz])]);
    expect(r.closed).toBe(true);
    expect(r.missingBrackets).toEqual([]);
    expect(r.algebra).toBe('so(3)');
    const eps = (i: number, j: number, k: number) => String(((i - j) * (j - k) * (k - i)) / 2 + 0);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) expect(r.structureConstants[i][j][k]).toBe(eps(i, j, k));
    expect(r.killingForm).toEqual([['-2', '0', '0'], ['0', '-2', '0'], ['0', '0', '-2']]);
    expect(r.killingRank).toBe(3);
    expect(r).toMatchObject({ semisimple: true, solvable: false, nilpotent: false, brackets: { '[X1,X2]': { X3: '1' } } });
  });

  it('should report {Lx, Ly} as not closed, naming [Lx,Ly], and the generated so(3)', async () => {
    const r = await runJson(['--generators', file('lxly.json', { Lx, Ly })]);
    expect(r.closed).toBe(false);
    expect(r.missingBrackets.map((m: { pair: string }) => m.pair)).toEqual(['[Lx,Ly]']);
    expect(r.missingBrackets[0].value).toEqual(Lz.map((row) => row.map(String)));
    expect(r).toMatchObject({ algebra: null, structureConstants: null, killingForm: null });
    expect(r.generated).toMatchObject({ dimension: 3, algebra: 'so(3)', basis: ['Y1', 'Y2', 'Y3'], killingSignature: { positive: 0, negative: 3, zero: 0 } });
    // the canonical basis of so(3): −Lz, Ly, −Lx
    expect(r.generated.basisMatrices).toEqual([Lz, Ly, Lx].map((M, i) => M.map((row) => row.map((x) => String(i === 1 ? x : -x + 0)))));
  });

  it('should read decimals and "p/q" exactly and identify sl(2), aff(2) and a solvable algebra', async () => {
    const sl2 = await runJson(['--generators', file('sl2.json', { generators: [[[0, '1/2'], [0, 0]], [[0, 0], [0.25, 0]], [['3/4', 0], [0, '-0.75']]], names: ['e', 'f', 'h'] })]);
    expect(sl2).toMatchObject({ closed: true, algebra: 'sl(2)', identifiedBy: 'span', semisimple: true, killingSignature: { positive: 2, negative: 1, zero: 0 } });
    expect(sl2.brackets['[e,f]']).toEqual({ h: '1/6' });
    const aff = [[[1, 0, 0], [0, 0, 0], [0, 0, 0]], [[0, 1, 0], [0, 0, 0], [0, 0, 0]], [[0, 0, 0], [1, 0, 0], [0, 0, 0]], [[0, 0, 0], [0, 1, 0], [0, 0, 0]], [[0, 0, 1], [0, 0, 0], [0, 0, 0]], [[0, 0, 0], [0, 0, 1], [0, 0, 0]]];
    expect(await runJson(['--generators', file('aff2.json', aff)])).toMatchObject({ closed: true, algebra: 'aff(2)', semisimple: false });
    expect(await runJson(['--generators', file('heis.json', [[[0, 1, 0], [0, 0, 0], [0, 0, 0]], [[0, 0, 0], [0, 0, 1], [0, 0, 0]]])])).toMatchObject({ closed: false, generated: { algebra: 'n(3)', nilpotent: true, lowerCentralSeries: [3, 1, 0] } });
  });

  it('should print a readable summary without --json, and help', async () => {
    const io = fakeIo(dir);
    expect(await lieCommand(['--generators', file('lxly2.json', { Lx, Ly })], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/not closed: \[Lx,Ly\]/);
    expect(io.stdout.join('\n')).toMatch(/identified as so\(3\)/);
    const help = fakeIo(dir);
    expect(await lieCommand(['--help'], help)).toBe(0);
    expect(help.stdout[0]).toBe(LIE_HELP);
  });

  it.each([
    ['malformed JSON', '[[1, 2], [3', /not valid JSON/, 'TC1040'],
    ['not a list', '42', /expected a list of square matrices/, 'TC1040'],
    ['a non-square matrix', [[[1, 2, 3], [4, 5, 6]]], /generator 0: expected a square matrix, got 2x3/, 'TC3002'],
    ['a ragged matrix', [[[1, 2], [3]]], /generator 0: ragged matrix: row 0 has 2 entries, row 1 has 1/, 'TC3002'],
    ['mismatched sizes', [[[1, 0], [0, 1]], Lx], /generator 1 is 3x3, but generator 0 is 2x2/, 'TC3002'],
    ['NaN', [[['NaN', 0], [0, 1]]], /generator 0, row 0, column 0: not a rational: "NaN"/, 'TC3001'],
    ['an unparsable p/q', { A: [[0, '1/x'], [0, 0]] }, /generator 'A', row 0, column 1/, 'TC3001'],
    ['a zero denominator', [[[0, '1/0'], [0, 0]]], /zero denominator/, 'TC3001'],
    ['null entries', [[[null, 0], [0, 1]]], /row 0, column 0: null is not a number/, 'TC3001'],
  ])('should reject %s with an InputError naming where', async (_what, content, message, code) => {
    const p = file(`bad-${code}-${Math.random().toString(36).slice(2)}.json`, content);
    const err = await lieCommand(['--generators', p], fakeIo(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe(code);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
  });

  it('should analyse the algebra two random 3 x 3 matrices generate (gl(3)) with small canonical entries', async () => {
    const t0 = performance.now();
    const r = await runJson(['--generators', file('gl3.json', [[[1, 2, 0], [0, -1, 3], [1, 0, 0]], [[0, 1, -1], [2, 0, 1], [0, 3, 1]]])]);
    expect(r.closed).toBe(false);
    expect(r.generated).toMatchObject({ dimension: 9, algebra: 'gl(3)', centerDimension: 1, derivedSeries: [9, 8], semisimple: false });
    expect(r.generated.basisMatrices.flat(2).every((x: string) => ['0', '1'].includes(x))).toBe(true); // unit matrices
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('should reject a missing file and a missing option', async () => {
    await expect(lieCommand(['--generators', join(dir, 'nope.json')], fakeIo(dir))).rejects.toThrow(/cannot read .*nope\.json \(ENOENT\)/);
    await expect(lieCommand([], fakeIo(dir))).rejects.toBeInstanceOf(UsageError);
  });
});
