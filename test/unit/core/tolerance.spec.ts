import { describe, expect, it } from 'vitest';
import { closeTo, closeToMargin, toleranceForPrecision } from '../../../src/core/tolerance.js';
import { holds, violated } from '../../../src/core/verdict.js';

describe('closeTo', () => {
  it('should combine absolute and relative tolerance', () => {
    expect(closeTo(1, 1 + 1e-6, { abs: 0, rel: 1e-5 })).toBe(true);
    expect(closeTo(1, 1 + 1e-4, { abs: 0, rel: 1e-5 })).toBe(false);
    expect(closeTo(1e6, 1e6 + 5, { abs: 0, rel: 1e-5 })).toBe(true);
    expect(closeTo(0, 1e-9, { abs: 1e-8, rel: 0 })).toBe(true);
    expect(closeTo(NaN, NaN, { abs: 1, rel: 1 })).toBe(false);
    expect(closeToMargin(1, 1.5, { abs: 1, rel: 0 })).toBeCloseTo(0.5);
  });

  it('should give a reasoned tolerance per precision', () => {
    expect(toleranceForPrecision(32).rel).toBeGreaterThan(toleranceForPrecision(64).rel);
    expect(toleranceForPrecision(32).reason).toMatch(/float32/);
  });
});

describe('verdicts', () => {
  it('should never carry a non-finite margin', () => {
    expect(holds(NaN, 'x').margin).toBeNull();
    expect(violated(-Infinity, 'x').margin).toBeNull();
    expect(holds(2, 'x').margin).toBe(2);
  });
});
