import { describe, expect, it } from 'vitest';
import { separationActivationIndependent } from '../../../proofs-checks/eqv/separation-activation-independent.claim.js';
import { separationDepthThreshold } from '../../../proofs-checks/eqv/separation-depth-threshold.claim.js';
import { separationHierarchy } from '../../../proofs-checks/eqv/separation-hierarchy.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

const census = (labels: number[]) => ({ labels, classes: new Set(labels).size, identifiedPairs: 0, separatedPairs: 0, ambiguousPairs: 0, conflicts: 0, maxIdentifiedGap: 1e-6, minSeparatedGap: 0.1, ambiguousExamples: [] });

describe('eqv.separation.activation-independent', () => {
  it('should give the window partition for every non-polynomial activation and fewer classes for x²', async () => {
    const r = await runForTest(separationActivationIndependent);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const l1 = r.cases[0]!.summary;
    expect(l1).toMatchObject({ 'window classes': 95, relu: 95, tanh: 95, sigmoid: 95, softplus: 95, elu: 95, 'leaky-relu(0.1)': 95, 'x^2 moment classes': 68, 'x^2 census': 68 });
    expect(r.cases[1]!.summary).toMatchObject({ 'window classes': 127, 'x^2 census': 127 });
    const pair = r.cases[2]!.summary;
    expect(pair).toMatchObject({ 'window classes': 2, relu: 2, tanh: 2, 'x^2 census': 1, 'x^2 moment classes': 1 });
    expect(r.cases[3]!.summary).toMatchObject({ 'window classes': 56, 'x^2 moment classes': 54 });
  });

  it('should be violated when one activation separates pairs the window oracle identifies', () => {
    const p = separationActivationIndependent.cases[2]!.params;
    const t = separationActivationIndependent.theory({ ...p, items: [[0, 3, 3], [3, 0, 3]] }, { cas: undefined as never }).value;
    expect(t.window).toEqual([0, 0]); // rotations: same windows
    const m = { censuses: [{ activation: { kind: 'relu' as const }, census: census([0, 1]) }], square: census([0, 0]) };
    expect(separationActivationIndependent.check(t, m, separationActivationIndependent.tolerance, p).status).toBe('violated');
  });
});

describe('eqv.separation.depth-threshold', () => {
  it('should climb 95, 127, 130 and the other reference counts, stopping at Burnside’s count', async () => {
    const r = await runForTest(separationDepthThreshold);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const by = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(by['{0,1,2}^6, k = 2']).toMatchObject({ orbits: 130, 'threshold L*': 3, 'census counts': '95, 127, 130, 130' });
    expect(by['{0,1}^8, k = 2']).toMatchObject({ orbits: 36, 'census counts': '18, 27, 34, 36, 36' });
    expect(by['{0,1}^7, k = 2']).toMatchObject({ orbits: 20, 'census counts': '14, 18, 20, 20' });
    expect(by['{0,1}^8, k = 3']).toMatchObject({ orbits: 36, 'census counts': '27, 36, 36' });
    expect(by['{0,1}^10, k = 2']).toMatchObject({ orbits: 108, 'census counts': '27, 53, 86, 102, 108, 108' });
  });

  it('should be violated when a census has more classes than orbits', () => {
    const p = separationDepthThreshold.cases[2]!.params;
    const t = separationDepthThreshold.theory(p, { cas: undefined as never }).value;
    const split = census([...t.reps.map((_, i) => i), 99]);
    expect(separationDepthThreshold.check(t, [split], separationDepthThreshold.tolerance, p).status).toBe('violated');
  });
});

describe('eqv.separation.hierarchy', () => {
  it('should order separation by subgroup inclusion, with censuses equal to the exact oracles', async () => {
    const r = await runForTest(separationHierarchy);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const by = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(by['S3: {e} ≤ A3']).toMatchObject({ '|H|': 1, '|K|': 3, 'oracle classes H': 10, 'oracle classes K': 7 });
    expect(by['Z4: Z2 ≤ Z4']).toMatchObject({ '|H|': 2, '|K|': 4, 'census classes H': 15, 'census classes K': 9 });
    for (const c of r.cases) expect(Number(c.summary['separated pairs H'])).toBeGreaterThanOrEqual(Number(c.summary['separated pairs K']));
  });

  it('should identify (0,1,2) and (1,1,1) with A3 but separate them with S2 (the D4 instance)', () => {
    const s2 = separationHierarchy.theory(separationHierarchy.cases[0]!.params, { cas: undefined as never }).value;
    const a3 = separationHierarchy.theory(separationHierarchy.cases[1]!.params, { cas: undefined as never }).value;
    const i = s2.items.findIndex((x) => x.join() === '0,1,2');
    const j = s2.items.findIndex((x) => x.join() === '1,1,1');
    expect(s2.oracleH[i]).not.toBe(s2.oracleH[j]); // S2 separates
    expect(a3.oracleK[i]).toBe(a3.oracleK[j]); // A3 identifies
  });

  it('should be violated when K-probes separate a pair the H-oracle identifies', () => {
    const p = separationHierarchy.cases[1]!.params;
    const t = separationHierarchy.theory(p, { cas: undefined as never }).value;
    const swapped = { ...t, oracleH: t.oracleK, oracleK: t.oracleH }; // pretend H = A3, K = {e}
    const m = { censusH: census(t.oracleK), censusK: census(t.oracleH) };
    expect(separationHierarchy.check({ ...swapped, oracleK: swapped.oracleH }, m, separationHierarchy.tolerance, p).status).toBe('violated');
  });
});
