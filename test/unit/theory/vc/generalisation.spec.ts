import { describe, expect, it } from 'vitest';
import { mohriGap, testSetTerm, vapnikGap } from '../../../../src/theory/vc/generalisation.js';

describe('VC generalisation bounds', () => {
  it('should reproduce the Mohri values of research/vc.md at δ = 0.05', () => {
    expect(mohriGap(3, 1000, 0.05)).toBeCloseTo(0.241, 3);
    expect(mohriGap(3, 1e4, 0.05)).toBeCloseTo(0.086, 3);
    expect(mohriGap(25, 1e4, 0.05)).toBeCloseTo(0.199, 3);
    expect(mohriGap(173, 1e4, 0.05)).toBeCloseTo(0.431, 3);
    expect(mohriGap(1000, 1e4, 0.05)).toBeCloseTo(0.825, 3);
    expect(mohriGap(5, 3, 0.05)).toBe(Infinity);
    expect(testSetTerm(4000, 1e-3)).toBeCloseTo(Math.sqrt(Math.log(1000) / 8000), 12);
    expect(vapnikGap(3, 1000, 0.05)).toBeGreaterThan(0);
  });
});

