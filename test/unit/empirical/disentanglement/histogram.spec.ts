import { describe, expect, it } from 'vitest';
import { binEdges, discretizeCodes, histogramDiscretize } from '../../../../src/empirical/disentanglement/histogram.js';

describe('histogramDiscretize (np.histogram edges + np.digitize)', () => {
  it('should reproduce the notes’ golden values', () => {
    expect(Array.from(histogramDiscretize([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], 3))).toEqual([1, 1, 2, 2, 3, 3]);
    expect(Array.from(histogramDiscretize([7, 7, 7, 7], 20))).toEqual([11, 11, 11, 11]);
    expect(Array.from(histogramDiscretize([0, 1, 2, 3], 20))).toEqual([1, 7, 14, 20]);
  });

  it('should put the maximum in the last bin and labels in 1..bins', () => {
    const row = Float64Array.from({ length: 100 }, (_, i) => Math.sin(i) * 3);
    const b = histogramDiscretize(row, 20);
    expect(Math.min(...b)).toBe(1);
    expect(Math.max(...b)).toBe(20);
    expect(b[row.indexOf(Math.max(...row))]).toBe(20);
  });

  it('should build numpy.linspace edges with the last edge exactly max', () => {
    const e = binEdges(0.1, 0.7, 3);
    expect(Array.from(e)).toEqual([0.1, 0.1 + 0.2, 0.1 + 2 * ((0.7 - 0.1) / 3), 0.7].map((v, i) => (i === 1 ? 1 * ((0.7 - 0.1) / 3) + 0.1 : v)));
    expect(e[3]).toBe(0.7);
  });

  it('should be invariant under positive affine maps away from edges', () => {
    const row = Float64Array.from([0.05, 0.33, 0.52, 0.71, 0.98, 0.4]);
    const mapped = row.map((v) => 3 * v + 10);
    expect(Array.from(histogramDiscretize(mapped))).toEqual(Array.from(histogramDiscretize(row)));
    expect(discretizeCodes([row, mapped]).length).toBe(2);
  });
});
