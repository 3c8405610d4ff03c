import { describe, expect, it } from 'vitest';
import { dciCompleteness, dciDisentanglement } from '../../../../src/empirical/disentanglement/dci.js';

const I = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const smoothed = 1 - Math.log(2) / Math.log(10);

describe('DCI aggregation (the library’s exact oracles)', () => {
  it('should give 1 for a diagonal and for a diagonal with an empty code', () => {
    expect(dciDisentanglement(I(4))).toBeCloseTo(1, 8);
    expect(dciCompleteness(I(4))).toBeCloseTo(1, 8);
    expect(dciDisentanglement([[1, 0], [0, 1], [0, 0]])).toBeCloseTo(1, 8);
    expect(dciCompleteness([[1, 0], [0, 1], [0, 0]])).toBeCloseTo(1, 8);
    expect(dciCompleteness(I(5).slice(0, 2))).toBeCloseTo(1, 8);
  });

  it('should give 0 for an all-zero importance matrix', () => {
    expect(dciDisentanglement([[0, 0], [0, 0]])).toBeCloseTo(0, 9);
    expect(dciCompleteness([[0, 0], [0, 0]])).toBeCloseTo(0, 9);
  });

  it('should give 1 - ln2/ln10 for stacked identities, including the 1e-11 smoothing', () => {
    const v = [...I(5), ...I(5)];
    expect(dciDisentanglement(v)).toBeCloseTo(1, 8);
    expect(dciCompleteness(v)).toBeCloseTo(smoothed, 8);
    const h = I(5).map((r) => [...r, ...r]);
    expect(dciDisentanglement(h)).toBeCloseTo(0.6989700039, 10);
    expect(dciCompleteness(h)).toBeCloseTo(1, 8);
  });

  it('should treat one factor or one code as base-1 (score 1), never NaN', () => {
    expect(dciDisentanglement([[0.3], [0.7]])).toBe(1);
    expect(dciCompleteness([[0.3, 0.7]])).toBe(1);
  });
});
