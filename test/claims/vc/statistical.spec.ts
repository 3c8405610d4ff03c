import { describe, expect, it } from 'vitest';
import { generalisationVcBound } from '../../../proofs-checks/vc/generalisation-vc-bound.claim.js';
import { vllHalfspaceEffectiveDim } from '../../../proofs-checks/vc/vll-halfspace-effective-dim.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

const noCas = { cas: undefined as never };

describe('vc.generalisation.vc-bound', () => {
  it('should keep every train–test gap under the bound (0.290 at VC 3, m = 1000, δ = δ′ = 1e-3)', async () => {
    const r = await runForTest(generalisationVcBound);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const first = r.cases[0]!.summary;
    expect(Number(first.bound)).toBeCloseTo(0.2903, 3);
    expect(Number(first['mean train error'])).toBeGreaterThan(0.05); // 10% label noise is not fitted away
    expect(r.derivation.map((s) => s.latex).join(' ')).toContain('0.241');
  });

  it('should be violated by a gap above the bound', () => {
    const p = { d: 2, m: 1000, noise: 0.1 };
    const t = generalisationVcBound.theory(p, noCas).value;
    expect(generalisationVcBound.check(t, [{ train: 0, test: 0.5, gap: 0.5 }], generalisationVcBound.tolerance, p).status).toBe('violated');
  });
});

describe('vc.vll.halfspace-effective-dim', () => {
  it('should estimate the VC dimension of halfspaces in R^2 near 3', async () => {
    const r = await runForTest(vllHalfspaceEffectiveDim);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const h = Number(r.cases[0]!.summary['ĥ']);
    expect(h).toBeGreaterThan(1.8);
    expect(h).toBeLessThan(4.2);
    expect(r.derivation.some((s) => s.latex.includes('1.0000'))).toBe(true); // Φ(1/2) = 1
  });

  it('should be violated by an estimate off by a factor 2', () => {
    const t = vllHalfspaceEffectiveDim.theory({ d: 2 }, noCas).value;
    expect(vllHalfspaceEffectiveDim.check(t, { ells: [], xi: [], h: 6, loss: 0 }, vllHalfspaceEffectiveDim.tolerance, { d: 2 }).status).toBe('violated');
  });
});
