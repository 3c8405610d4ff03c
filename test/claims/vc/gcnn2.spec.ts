import { describe, expect, it } from 'vitest';
import { gcnn2GrowthBound } from '../../../proofs-checks/vc/gcnn2-growth-bound.claim.js';
import { gcnn2InfiniteVcContinuous } from '../../../proofs-checks/vc/gcnn2-infinite-vc-continuous.claim.js';
import { gcnn2LogRShattering } from '../../../proofs-checks/vc/gcnn2-log-r-shattering.claim.js';
import { createTheoryContext } from '../../../src/theory/context.js';
import { twoParamPhi } from '../../../src/theory/vc/two-param.js';
import { gammaBase, logRConstruction } from '../../../src/theory/vc/two-param-log-r.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

describe('vc.gcnn2.two-param-growth-bound', () => {
  it('should count exactly, stay under the P1-b bound, and keep training inside the oracle', async () => {
    const r = await runForTest(gcnn2GrowthBound);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const anchor = r.cases[0]!.summary;
    expect(anchor).toMatchObject({ r: 1, n: 5, 'exact count': 10, 'P1-b bound': 74, 'VC bound': 7 }); // thresholds: 2n
    for (const c of r.cases) expect(Number(c.summary['found by training'])).toBeLessThanOrEqual(Number(c.summary['exact count']));
    expect(r.cases[1]!.summary['VC bound']).toBe(10); // r = 8
  });

  it('should be violated when training reports a labeling outside the oracle set', () => {
    const p = { fs: [[1], [2]], kernel: null };
    const t = gcnn2GrowthBound.theory(p, { cas: undefined as never }).value;
    expect(gcnn2GrowthBound.check(t, { oracle: 4, trained: 4, outside: 1, example: '+−' }, gcnn2GrowthBound.tolerance, p).status).toBe('violated');
    expect(gcnn2GrowthBound.check(t, { oracle: t.bound + 1, trained: 0, outside: 0, example: null }, gcnn2GrowthBound.tolerance, p).status).toBe('violated');
  });
});

describe('vc.gcnn2.log-r-shattering', () => {
  it('should shatter log2(r) − 1 functions with the stated margins (1/49 at r = 8, 3.83e-6 at r = 512)', async () => {
    const r = await runForTest(gcnn2LogRShattering);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const [m2, m8, conv] = r.cases.map((c) => c.summary);
    expect(m2).toMatchObject({ m: 2, r: 8, 'realised (float64)': 4, 'realised (float32, tfjs)': 4 });
    expect(Number(m2!['stated margin'])).toBeCloseTo(1 / 49, 15);
    expect(m8).toMatchObject({ m: 8, r: 512, 'realised (float64)': 256 });
    expect(Number(m8!['min |Φ−1| (float64)'])).toBeCloseTo(3.83e-6, 8);
    expect(conv!.kernel).not.toBe('identity');
    expect(r.derivation.map((s) => s.latex).join(' ')).toContain('\\frac{32}{25}'); // worked example: w = 32/25 for j = 1
  });

  it('should be violated without the 1/(4r) lift (labelings land exactly on the level)', () => {
    const c = logRConstruction(2);
    const wrong = Array.from({ length: 4 }, (_, j) => {
      const w = 1 / gammaBase(c.N, j).toNumber();
      return c.functions.every((f, i) => (twoParamPhi(w, -j * w, f) - 1 > 0) === Boolean((j >>> i) & 1));
    });
    expect(wrong.filter(Boolean).length).toBeLessThan(4);
    const p = { m: 2, kernel: false };
    const t = gcnn2LogRShattering.theory(p, createTheoryContext()).value;
    expect(gcnn2LogRShattering.check(t, { labelings: 4, realised: 3, minMargin: 0, realisedF32: null, kernel: null }, gcnn2LogRShattering.tolerance, p).status).toBe('violated');
  });
});

describe('vc.gcnn2.infinite-vc-continuous', () => {
  it('should shatter up to 7 step functions on the circle in float64 (margin 1.74e-5 at m = 7)', async () => {
    const r = await runForTest(gcnn2InfiniteVcContinuous);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const m7 = r.cases.find((c) => c.summary.m === 7)!.summary;
    expect(m7).toMatchObject({ labelings: 128, 'realised (float64)': 128, 'arcs per function': 65 });
    expect(Number(m7['min |Φ−1| (float64)'])).toBeCloseTo(1.7437e-5, 8);
    expect(r.cases.find((c) => c.summary.kernel === 'box η = 0.001')!.summary['realised (float64)']).toBe(16);
  });

  it('should be violated when the box kernel is wider than the small arcs (η = 1e-2 at m = 4)', async () => {
    const p = { m: 4, eta: 1e-2 };
    const t = gcnn2InfiniteVcContinuous.theory(p, createTheoryContext()).value;
    const x = gcnn2InfiniteVcContinuous.experiment!(p, undefined as never) as { realised: number };
    expect(x.realised).toBeLessThan(16);
    expect(gcnn2InfiniteVcContinuous.check(t, x as never, gcnn2InfiniteVcContinuous.tolerance, p).status).toBe('violated');
  });
});
