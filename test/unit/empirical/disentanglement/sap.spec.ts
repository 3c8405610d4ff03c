import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { avgDiffTopTwo, sap } from '../../../../src/empirical/disentanglement/sap.js';

function data(n: number, seed: number, map: (f: number) => number) {
  const rng = new Rng(seed);
  const f = Float64Array.from({ length: n }, () => rng.int(0, 9));
  const g = Float64Array.from({ length: n }, () => rng.int(0, 9));
  return { codes: [f.map(map), g.slice()], factors: [f, g] };
}

describe('SAP', () => {
  it('should average the gap between the two largest scores per factor', () => {
    expect(avgDiffTopTwo([[0.9, 0.1], [0.2, 0.3], [0.1, 0.8]])).toBeCloseTo((0.7 + 0.5) / 2, 15);
    expect(avgDiffTopTwo([[0.4, 0.6]])).toBeCloseTo(0.5, 15);
  });

  it('continuous: 1 for affine codes, 0 for duplicates, low for a non-monotone relabelling', () => {
    expect(sap(data(3000, 1, (f) => 2 * f + 1), null, true).score).toBeCloseTo(1, 2);
    const d = data(3000, 2, (f) => f);
    expect(sap({ codes: [d.codes[0]!, d.codes[0]!, d.codes[1]!, d.codes[1]!], factors: d.factors }, null, true).score).toBe(0);
    const perm = [3, 7, 0, 9, 5, 1, 8, 2, 6, 4];
    const relabelled = sap(data(3000, 3, (f) => perm[f]!), null, true);
    expect(relabelled.matrix[0]![0]).toBeLessThan(0.2); // vs 1 for the identity code of factor 1
    expect(relabelled.score).toBeLessThan(0.6);
  });

  it('continuous: a constant code or factor scores 0, not NaN', () => {
    const d = data(100, 4, (f) => f);
    const r = sap({ codes: [new Float64Array(100).fill(1), d.codes[0]!], factors: [d.factors[0]!, new Float64Array(100).fill(3)] }, null, true);
    expect(r.matrix[0]).toEqual([0, 0]);
    expect(r.matrix[1]![1]).toBe(0);
    expect(Number.isFinite(r.score)).toBe(true);
  });

  it('discrete: the identity code of a 10-valued factor is far from 1 (a 1-D linear SVM)', () => {
    const train = data(3000, 5, (f) => f);
    const test = data(1500, 6, (f) => f);
    const s = sap(train, test, false).score;
    expect(s).toBeGreaterThan(0.05);
    expect(s).toBeLessThan(0.6);
  });
});
