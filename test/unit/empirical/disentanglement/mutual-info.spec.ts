import { describe, expect, it } from 'vitest';
import { compact, entropy, mutualInfo, mutualInfoMatrix } from '../../../../src/empirical/disentanglement/mutual-info.js';

describe('plug-in mutual information (sklearn mutual_info_score)', () => {
  it('should give the library test oracles: H = ln 3 and diag(ln 2)', () => {
    expect(entropy(compact([1, 1, 2, 2, 3, 3]))).toBeCloseTo(Math.log(3), 14);
    const xs = [[1, 2, 1, 2], [1, 1, 2, 2]].map(compact);
    const ys = [[1, 2, 1, 2], [2, 2, 1, 1]].map(compact);
    const m = mutualInfoMatrix(xs, ys);
    expect(m[0]![0]).toBeCloseTo(Math.log(2), 14);
    expect(m[1]![1]).toBeCloseTo(Math.log(2), 14);
    expect(m[0]![1]).toBe(0);
    expect(m[1]![0]).toBe(0);
  });

  it('should be 0 when either variable is constant, and symmetric', () => {
    const a = compact([0, 1, 2, 0, 1, 2]);
    expect(mutualInfo(a, compact([5, 5, 5, 5, 5, 5]))).toBe(0);
    const b = compact([0, 0, 1, 1, 1, 0]);
    expect(mutualInfo(a, b)).toBeCloseTo(mutualInfo(b, a), 15);
  });

  it('should never exceed either entropy', () => {
    const a = compact([0, 1, 2, 3, 0, 1, 2, 3, 1, 1]);
    const b = compact([0, 0, 1, 1, 0, 1, 1, 0, 0, 1]);
    expect(mutualInfo(a, b)).toBeLessThanOrEqual(Math.min(entropy(a), entropy(b)) + 1e-15);
  });
});
