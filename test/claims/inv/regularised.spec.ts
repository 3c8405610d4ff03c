import { describe, expect, it } from 'vitest';
import { regularisedCloser } from '../../../proofs-checks/inv/regularised-closer.claim.js';
import { regularisedSpectralDecay } from '../../../proofs-checks/inv/regularised-spectral-decay.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';
import { fakeStudy } from './fake-study.js';

const seeds = (plain: number[], reg: number[], key: 'lie' | 'gradNorm' = 'lie') =>
  fakeStudy(plain.map((v, i) => ({ plain: { clean: { [key]: v } }, regularised: { clean: { [key]: reg[i]! } } })));

describe('inv.regularised.closer', () => {
  it('should hold in the quick budget: a ≥ 5x cut as a one-sided 95% bound over 3 seeds', async () => {
    const r = await runForTest(regularisedCloser);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const s = r.cases[0]!.summary;
    expect(s.seeds).toBe(3);
    expect(Number(s['reduction 95% lower'])).toBeGreaterThanOrEqual(5);
    // pilot (research/invariance.md §3.3): plain 2e-2–5e-2, regularised about 10x lower
    expect(Number(s['LIE plain (mean)'])).toBeGreaterThan(1e-2);
    expect(Number(s['reduction (geo. mean)'])).toBeGreaterThan(8);
    expect(Number(s['agreement regularised'])).toBeGreaterThan(0.99);
  }, 60_000);

  it('should be violated by a 2x cut, inconclusive when the seeds disagree or training failed', () => {
    const p = regularisedCloser.cases[0]!.params;
    const t = regularisedCloser.theory(p, { cas: undefined as never }).value;
    const check = (s: ReturnType<typeof fakeStudy>) => regularisedCloser.check(t, s, regularisedCloser.tolerance, p);
    expect(check(seeds([0.05, 0.05, 0.05], [0.0045, 0.004, 0.005])).status).toBe('holds');
    expect(check(seeds([0.05, 0.05, 0.05], [0.025, 0.024, 0.026])).status).toBe('violated');
    expect(check(seeds([0.05, 0.05, 0.05], [0.001, 0.025, 0.008])).status).toBe('inconclusive');
    const failed = fakeStudy([{ plain: { clean: { accuracy: 0.3 } }, regularised: { clean: {} } }, { plain: { clean: {} }, regularised: { clean: {} } }]);
    expect(check(failed).status).toBe('inconclusive');
  });
});

describe('inv.regularised.spectral-decay', () => {
  it('should hold in the quick budget: the regularised gradients are smaller on every seed', async () => {
    const r = await runForTest(regularisedSpectralDecay);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const s = r.cases[0]!.summary;
    expect(Number(s['ratio 95% upper'])).toBeLessThan(1);
    // pilot: 12 -> 7.7 at λ = 10; at λ = 1 about 0.65x here; every singular value shrinks
    expect(Number(s['ratio (geo. mean)'])).toBeLessThan(0.9);
    expect(Number(s['σ1 regularised'])).toBeLessThan(Number(s['σ1 plain']));
    expect(Number(s['σ2 regularised'])).toBeLessThan(Number(s['σ2 plain']));
    expect(Number(s['σ4 plain'])).toBeLessThan(1e-3); // centred logits: the last singular value is 0
  }, 60_000);

  it('should be violated when the regularised model is the more sensitive one', () => {
    const p = regularisedSpectralDecay.cases[0]!.params;
    const t = regularisedSpectralDecay.theory(p, { cas: undefined as never }).value;
    const check = (s: ReturnType<typeof fakeStudy>) => regularisedSpectralDecay.check(t, s, regularisedSpectralDecay.tolerance, p);
    expect(check(seeds([7, 7, 7], [4.5, 4.6, 4.4], 'gradNorm')).status).toBe('holds');
    expect(check(seeds([7, 7, 7], [9, 9.5, 8.8], 'gradNorm')).status).toBe('violated');
    expect(check(seeds([7, 7, 7], [4, 9, 7], 'gradNorm')).status).toBe('inconclusive');
  });
});
