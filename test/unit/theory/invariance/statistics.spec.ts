import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decideAtLeast, incompleteBeta, logGamma, meanInterval, ratioInterval, studentTCdf, studentTQuantile } from '../../../../src/theory/invariance/statistics.js';

describe('Student-t intervals over seeds', () => {
  it('should reproduce tabulated t quantiles', () => {
    // one-sided 95%: df 1, 2, 4, 9, 30
    const table: [number, number][] = [[1, 6.3138], [2, 2.92], [4, 2.1318], [9, 1.8331], [30, 1.6973]];
    for (const [df, t] of table) expect(studentTQuantile(0.95, df)).toBeCloseTo(t, 3);
    expect(studentTQuantile(0.975, 4)).toBeCloseTo(2.7764, 3);
    expect(Math.abs(studentTQuantile(0.5, 3))).toBeLessThan(1e-6);
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError);
  });

  it('should agree with closed forms of Γ and the incomplete beta', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 10);
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.5, 2, 2)).toBeCloseTo(0.5, 12);
    // t with 1 df is Cauchy: F(t) = ½ + atan(t)/π
    expect(studentTCdf(1.7, 1)).toBeCloseTo(0.5 + Math.atan(1.7) / Math.PI, 10);
  });

  test.prop([fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 2, maxLength: 12 })])(
    'should contain the mean, widen two-sided, and be symmetric',
    (xs) => {
      const one = meanInterval(xs, 0.95, 'one');
      const two = meanInterval(xs, 0.95, 'two');
      expect(one.lower).toBeLessThanOrEqual(one.mean + 1e-9);
      expect(one.upper).toBeGreaterThanOrEqual(one.mean - 1e-9);
      expect(two.upper - two.lower).toBeGreaterThanOrEqual(one.upper - one.lower - 1e-9);
      expect(Math.abs(one.upper - one.mean - (one.mean - one.lower))).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(one.mean)));
    },
  );

  it('should compute the geometric-mean interval of ratios and decide three ways', () => {
    const ci = ratioInterval([10, 12, 14]);
    expect(ci.mean).toBeCloseTo(Math.cbrt(10 * 12 * 14), 9);
    expect(ci.lower).toBeLessThan(ci.mean);
    expect(decideAtLeast(ci, 5)).toBe('holds');
    expect(decideAtLeast(ratioInterval([1, 1.2, 0.9]), 5)).toBe('violated');
    expect(decideAtLeast(ratioInterval([1, 30, 8]), 5)).toBe('inconclusive');
    expect(() => meanInterval([1])).toThrow(/at least 2/);
    expect(() => ratioInterval([1, -1])).toThrow(/positive/);
  });
});
