import { describe, expect, it } from 'vitest';
import { weightTiedExact } from '../../../proofs-checks/inv/weight-tied-exact.claim.js';
import { Rng } from '../../../src/core/rng.js';
import { probeExactInvariance } from '../../../src/empirical/symmetry/invariance-exact-probe.js';
import { explain, runForTest, useWasm } from '../../helpers/run-claim.js';

describe('inv.weight-tied.exact', () => {
  it('should hold in the quick budget on named and random models, inputs and weights', async () => {
    const r = await runForTest(weightTiedExact);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.property!.runsExecuted).toBe(10);
    for (const c of [...r.cases, ...r.property!.samples]) {
      expect(Number(c.summary['max LIE']), c.paramsText).toBeLessThanOrEqual(1e-5);
      expect(Number(c.summary['max orbit JSD'])).toBeLessThanOrEqual(1e-6);
      expect(Number(c.summary['min SIS'])).toBeGreaterThanOrEqual(0.999);
    }
    // the pilot's float32 floor: relative logit error about 4e-8 for the tied MLP on glyphs
    expect(Number(r.cases[0]!.summary['max LIE'])).toBeLessThan(1e-6);
    expect(r.plots[0]!.series.some((s) => s.points.length > 0)).toBe(true);
  });

  it('should be violated by a measurement with a visible orbit spread (a plain model)', async () => {
    await useWasm();
    const bounds = weightTiedExact.theory(weightTiedExact.cases[0]!.params, { cas: undefined as never }).value;
    const m = probeExactInvariance(new Rng(1), weightTiedExact.cases[0]!.params);
    const broken = { ...m, report: { ...m.report, maxLie: 2e-2, minSis: 0.87 } };
    const v = weightTiedExact.check(bounds, broken, weightTiedExact.tolerance, weightTiedExact.cases[0]!.params);
    expect(v.status).toBe('violated');
    expect(v.margin!).toBeLessThan(0);
    const flipped = { ...m, report: { ...m.report, clearDisagreements: 1 } };
    expect(weightTiedExact.check(bounds, flipped, weightTiedExact.tolerance, weightTiedExact.cases[0]!.params).status).toBe('violated');
  });
});
