import { describe, expect, it } from 'vitest';
import { separationOrbit } from '../../../proofs-checks/eqv/separation-orbit.claim.js';
import { separationWindowOracle } from '../../../proofs-checks/eqv/separation-window-oracle.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

describe('eqv.separation.orbit', () => {
  it('should hold: exact difference 0 and float32 within 1e-5 over every orbit', async () => {
    const r = await runForTest(separationOrbit);
    expect(r.verdict.status, explain(r)).toBe('holds');
    for (const c of r.cases) {
      expect(c.summary['exact max diff']).toBe(0);
      expect(Number(c.summary['float32 max rel diff'])).toBeLessThan(1e-5);
    }
    expect(r.cases.find((c) => c.name?.startsWith('S4'))!.summary['orbit size']).toBe(12);
  });

  it('should be violated when the float32 gap over an orbit exceeds the tolerance', () => {
    const p = separationOrbit.cases[0]!.params;
    expect(separationOrbit.check({ maxDiff: 0, orbitSize: 6 }, { maxRel: 0.3 }, separationOrbit.tolerance, p).status).toBe('violated');
    expect(separationOrbit.check({ maxDiff: 0.5, orbitSize: 6 }, { maxRel: 0 }, separationOrbit.tolerance, p).status).toBe('violated');
  });
});

describe('eqv.separation.window-oracle', () => {
  it('should reproduce 95, 127, 130 classes for {0,1,2}^6 with k = 2 and agree with the oracle', async () => {
    const r = await runForTest(separationWindowOracle);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const counts = r.cases.slice(0, 3).map((c) => [c.summary['oracle classes'], c.summary['census classes'], c.summary.orbits]);
    expect(counts).toEqual([
      [95, 95, 130],
      [127, 127, 130],
      [130, 130, 130],
    ]);
    const l2 = r.cases[1]!.summary;
    expect(Number(l2['trained gap (depth L)'])).toBeGreaterThanOrEqual(1e-2);
    expect(Number(l2['trained max gap (depth L−1)'])).toBeLessThanOrEqual(1e-4);
    expect(r.cases[3]!.summary['oracle classes']).toBe(27);
  });

  it('should be violated when a census separates pairs the oracle identifies', () => {
    const p = separationWindowOracle.cases[0]!.params;
    const t = separationWindowOracle.theory(p, { cas: undefined as never }).value;
    // A "census" that separates every orbit representative (as a non-invariant probe would).
    const labels = t.reps.map((_, i) => i);
    const census = { labels, classes: labels.length, identifiedPairs: 0, separatedPairs: 8385, ambiguousPairs: 0, conflicts: 0, maxIdentifiedGap: 0, minSeparatedGap: 0.1, ambiguousExamples: [] };
    expect(separationWindowOracle.check(t, { census, pair: null }, separationWindowOracle.tolerance, p).status).toBe('violated');
    // Merging everything is only inconclusive: probes prove separation, never identification.
    const merged = { ...census, labels: labels.map(() => 0), classes: 1, minSeparatedGap: Infinity, maxIdentifiedGap: 1e-6 };
    expect(separationWindowOracle.check(t, { census: merged, pair: null }, separationWindowOracle.tolerance, p).status).toBe('inconclusive');
  });
});
