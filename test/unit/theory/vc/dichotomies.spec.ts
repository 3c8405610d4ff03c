import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { halfspaceDichotomies, halfspaceSeparator, intervalDichotomies, signsOf, thresholdDichotomies } from '../../../../src/theory/vc/dichotomies.js';
import { intervalGrowth, thresholdGrowth } from '../../../../src/theory/vc/growth.js';

describe('line classes', () => {
  test.prop([fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 12 })])('should realise exactly n+1 and 1+n+C(n,2) labelings of distinct points', (xs) => {
    expect(BigInt(thresholdDichotomies(xs).size)).toBe(thresholdGrowth(xs.length));
    expect(BigInt(intervalDichotomies(xs).size)).toBe(intervalGrowth(xs.length));
  });

  it('should never let an interval label the outer points + and an inner point −', () => {
    const set = intervalDichotomies([0, 1, 2]);
    expect(set.has(0b101)).toBe(false);
    expect(set.has(0b010)).toBe(true);
  });
});

describe('halfspaces (exact LP)', () => {
  it('should reject XOR and accept AND in R^2', () => {
    const square = [[0, 0], [1, 0], [0, 1], [1, 1]];
    expect(halfspaceSeparator(square, 0b0110)).toBeNull(); // XOR
    expect(halfspaceSeparator(square, 0b1000)).not.toBeNull(); // AND
    expect(halfspaceDichotomies(square).size).toBe(14);
  });

  test.prop([fc.array(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 6 })])(
    'should return separators that really separate, with margin 1',
    (pts) => {
      for (const mask of halfspaceDichotomies(pts)) {
        const wb = halfspaceSeparator(pts, mask);
        expect(wb).not.toBeNull();
        pts.forEach((p, i) => {
          const y = (mask >>> i) & 1 ? 1 : -1;
          const s = wb![0]!.toNumber() * p[0]! + wb![1]!.toNumber() * p[1]! + wb![2]!.toNumber();
          expect(y * s).toBeGreaterThanOrEqual(1 - 1e-9);
        });
      }
    },
  );

  it('should print labelings as signs', () => {
    expect(signsOf(0b101, 4)).toBe('+−+−');
  });
});
