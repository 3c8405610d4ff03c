import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { argmax, cosine, entropy, logitInvarianceError, orbitJsd, orbitStats, softmax, topTwoGap } from '../../../../src/empirical/symmetry/invariance-metrics.js';

const logits = (k: number) => fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: k, maxLength: k });

describe('invariance metrics', () => {
  test.prop([fc.array(logits(4), { minLength: 2, maxLength: 8 })])('should keep the orbit JSD in [0, ln|G|]', (orbit) => {
    const j = orbitJsd(orbit);
    expect(j).toBeGreaterThanOrEqual(0);
    expect(j).toBeLessThanOrEqual(Math.log(orbit.length) + 1e-12);
  });

  test.prop([logits(5), fc.integer({ min: 2, max: 8 }), fc.double({ min: -50, max: 50, noNaN: true })])(
    'should give 0 for a constant orbit, even with per-element constant shifts (softmax ignores them)',
    (z, G, shift) => {
      const orbit = Array.from({ length: G }, (_, g) => z.map((v) => v + (g % 2) * shift));
      expect(orbitJsd(orbit)).toBeLessThan(1e-12);
      expect(logitInvarianceError(orbit)).toBeLessThan(1e-9);
    },
  );

  // logits on a grid of 1/8 (no denormals, whose products underflow)
  const gridLogits = fc.array(fc.integer({ min: -160, max: 160 }).map((v) => v / 8), { minLength: 3, maxLength: 3 });
  test.prop([fc.array(gridLogits, { minLength: 2, maxLength: 6 }), fc.double({ min: 0.01, max: 100, noNaN: true })])(
    'should make LIE scale-free: LIE(c·z) = LIE(z)',
    (orbit, c) => {
      const a = logitInvarianceError(orbit);
      const b = logitInvarianceError(orbit.map((z) => z.map((v) => c * v)));
      expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, a, b));
    },
  );

  it('should match hand-computed values', () => {
    // two orbit elements, centred logits (1, −1) and (−1, 1): mean 0 -> spread over 1e-30
    expect(logitInvarianceError([[1, -1], [1, -1]])).toBe(0);
    // ẑ = (1,−1), (3,−3): mean (2,−2), spread ((1)²+(1)²)·½·2 = 2, ‖z̄‖² = 8 -> sqrt(1/4)
    expect(logitInvarianceError([[1, -1], [3, -3]])).toBeCloseTo(0.5, 12);
    expect(orbitJsd([[0, 50], [50, 0]])).toBeCloseTo(Math.log(2), 9);
    expect(entropy(softmax([0, 0, 0, 0]))).toBeCloseTo(Math.log(4), 12);
    expect(argmax([1, 3, 3, 2])).toBe(1);
    expect(topTwoGap([1, 3, 2.5])).toBeCloseTo(0.5, 12);
    expect(cosine([1, 0], [0, 1])).toBe(0);
    expect(cosine([0, 0], [0, 0])).toBe(1);
    expect(cosine([0, 0], [1, 0])).toBe(0);
    expect(cosine([1, 2], [-2, -4])).toBeCloseTo(-1, 12);
  });

  it('should count agreement and only clear disagreements', () => {
    const s = orbitStats([[2, 0, 0], [0, 2, 0], [2, 0, 0], [2, 1, 0]], 0.5);
    expect(s.agreement).toBeCloseTo(2 / 3, 12);
    expect(s.clearDisagreements).toBe(1);
    const tie = orbitStats([[1, 1 - 1e-7, 0], [1 - 1e-7, 1, 0]], 1e-5);
    expect(tie.agreement).toBe(0);
    expect(tie.clearDisagreements).toBe(0);
  });
});
