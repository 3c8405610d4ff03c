import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { maxWeightMatching } from '../../../../src/empirical/representations/hungarian.js';

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]));
}

describe('maxWeightMatching', () => {
  test.prop([fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }))])(
    'should find the best permutation (brute force)',
    (C) => {
      const perm = maxWeightMatching(C);
      const score = (p: number[]) => p.reduce((s, j, i) => s + C[i]![j]!, 0);
      expect(new Set(perm).size).toBe(C.length);
      expect(score(perm)).toBe(Math.max(...permutations(C.length).map(score)));
    },
  );

  it('should handle empty and reject non-square input', () => {
    expect(maxWeightMatching([])).toEqual([]);
    expect(() => maxWeightMatching([[1, 2]])).toThrow(/square/);
  });
});
