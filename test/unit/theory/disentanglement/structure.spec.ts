import { describe, expect, it } from 'vitest';
import { identitySpec, jointSpec, rotationSpec, xorSpec, zerosSpec } from '../../../../src/theory/disentanglement/catalogue.js';
import { evaluateCodes, grid, standardized } from '../../../../src/theory/disentanglement/representation.js';
import { analyzeStructure, binLabel, checkedGridSize } from '../../../../src/theory/disentanglement/structure.js';
import { histogramDiscretize } from '../../../../src/empirical/disentanglement/histogram.js';

describe('exact structure on the factor grid', () => {
  it('should see the identity code as one clean, injective code per factor', () => {
    const s = analyzeStructure(identitySpec([3, 4]));
    expect(s.map((c) => [c.dependsOn, c.informative, c.determines])).toEqual([
      [[0], [0], [0]],
      [[1], [1], [1]],
    ]);
  });

  it('should see the XOR code as a function of three factors that shares information with one', () => {
    const [x] = analyzeStructure(xorSpec());
    expect(x!.dependsOn).toEqual([0, 1, 2]);
    expect(x!.informative).toEqual([0]);
    expect(x!.determines).toEqual([0]);
  });

  it('should see rotated and packed codes as informative about both factors', () => {
    for (const spec of [rotationSpec([5, 5], 30), jointSpec([3, 3])]) {
      for (const c of analyzeStructure(spec)) expect(c.informative).toEqual([0, 1]);
    }
    expect(analyzeStructure(zerosSpec([2, 2])).every((c) => c.constant && c.informative.length === 0)).toBe(true);
  });

  it('should bin exactly as the estimator does', () => {
    const values = Float64Array.from([0.3, 1.7, 2.2, 5, 0.3, 4.99]);
    const expected = Array.from(histogramDiscretize(values));
    expect(Array.from(values, (v) => binLabel(v, 0.3, 5, 20))).toEqual(expected);
    expect(binLabel(2, 2, 2, 20)).toBe(11);
  });

  it('should evaluate codes on the grid and guard its size', () => {
    const g = grid([2, 3]);
    expect(Array.from(evaluateCodes(jointSpec([2, 3]), g)[0]!)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(standardized(0, 2)).toBe(-1);
    expect(standardized(0, 1)).toBe(0);
    expect(() => checkedGridSize([1000, 1000])).toThrow(RangeError);
    expect(() => evaluateCodes({ factorSizes: [2], codes: [{ kind: 'noise', scale: 1 }] }, g.slice(0, 1))).toThrow(/rng/);
  });
});
