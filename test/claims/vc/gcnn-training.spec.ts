import { describe, expect, it } from 'vitest';
import { gcnnInvarianceForbids } from '../../../proofs-checks/vc/gcnn-invariance-forbids.claim.js';
import { gcnnUpperBound } from '../../../proofs-checks/vc/gcnn-upper-bound.claim.js';
import { shatteringEmpiricalGcnn } from '../../../proofs-checks/vc/shattering-empirical-gcnn.claim.js';
import { Rng } from '../../../src/core/rng.js';
import { explain, runForTest, useWasm } from '../../helpers/run-claim.js';

const noCas = { cas: undefined as never };
const ctx = (seed: number) => ({ backend: 'wasm', rng: new Rng(seed), seed, budget: 'quick' as const, log: () => {} });

describe('vc.gcnn.invariance-forbids-labelings', () => {
  it('should never realise a labeling that separates f from g·f, and reach the cap 2^(n−1)', async () => {
    const r = await runForTest(gcnnInvarianceForbids);
    expect(r.verdict.status, explain(r)).toBe('holds');
    for (const c of r.cases) {
      expect(c.summary['forbidden realised']).toBe(0);
      expect(c.summary.realised).toBe(c.summary['cap 2^(n−1)']);
      expect(Number(c.summary['invariance error'])).toBeLessThan(1e-12);
    }
  });

  it('should catch an equivariance bug: zero padding instead of wrap-around realises forbidden labelings', async () => {
    await useWasm();
    const p = { r: 8, kernel: 3, widths: [2, 2], shift: 3, extra: 1, padding: 'zero' as const };
    const x = await gcnnInvarianceForbids.experiment!(p, ctx(1));
    const v = gcnnInvarianceForbids.check(gcnnInvarianceForbids.theory(p, noCas).value, x, gcnnInvarianceForbids.tolerance, p);
    expect(x.forbiddenRealised).toBeGreaterThan(0);
    expect(v.status).toBe('violated');
  });
});

describe('vc.gcnn.upper-bound-respected', () => {
  it('should reproduce the Warren VC bounds of models A, B, C, A′ and respect them', async () => {
    const r = await runForTest(gcnnUpperBound);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.cases.map((c) => [c.summary.W, c.summary['VC bound (Warren)']])).toEqual([[25, 586], [173, 4210], [177, 7457], [25, 689]]);
    expect(Math.round(Number(r.cases[0]!.summary['Cor 1 (C = 500)']) / 1e4)).toBe(19); // 1.9e5
    expect(r.cases[1]!.summary['Cor 1 constants valid']).toBe(true);
    expect(r.cases[0]!.summary['Cor 1 constants valid']).toBe(false); // W = 25 <= 125
  });

  it('should be violated by a count above the growth bound or an explicit set above the VC bound', () => {
    const p = { r: 8, kernel: 3, widths: [2, 2], n: 5 };
    const t = gcnnUpperBound.theory(p, noCas).value;
    expect(t.growthBound).toBe(32);
    expect(gcnnUpperBound.check(t, { realised: 33, largestShattered: 5 }, gcnnUpperBound.tolerance, p).status).toBe('violated');
    const broken = { ...t, explicit: [{ name: 'fake', size: 600, bound: 586 }] };
    expect(gcnnUpperBound.check(broken, { realised: 32, largestShattered: 5 }, gcnnUpperBound.tolerance, p).status).toBe('violated');
  });
});

describe('vc.shattering.empirical-gcnn', () => {
  it('should find a witness: model A shatters 8 random functions on C_8', async () => {
    const r = await runForTest(shatteringEmpiricalGcnn);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const s = r.cases[0]!.summary;
    expect(s).toMatchObject({ n: 8, realised: 256, 'of 2^n': 256, 'largest shattered subset': 8, 'VC bound': 586 });
    expect(r.plots.map((p) => p.id)).toEqual(['realised-vs-n', 'margins']);
  });

  it('should call a partial result inconclusive, never violated, and a count above the bound violated', () => {
    const t = { vcBound: 586 };
    const partial = { n: 8, realised: 200, largestShattered: 6, rounds: 1, modelSteps: 0, margins: [] };
    expect(shatteringEmpiricalGcnn.check(t, partial, shatteringEmpiricalGcnn.tolerance, { n: 8 }).status).toBe('inconclusive');
    expect(shatteringEmpiricalGcnn.check(t, { ...partial, realised: 257 }, shatteringEmpiricalGcnn.tolerance, { n: 8 }).status).toBe('violated');
  });
});
