import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { popcount, shatterCensus, shatters, subsetIndices } from '../../../../src/theory/vc/shatter.js';

/** Brute force over all subsets: the reference for the pruned census. */
function bruteCensus(P: number[], n: number): number {
  let c = 0;
  for (let s = 0; s < 2 ** n; s++) if (shatters(P, s)) c++;
  return c;
}

describe('shatterCensus', () => {
  it('should count every subset for the full cube and only the empty set for one labeling', () => {
    expect(shatterCensus(Array.from({ length: 16 }, (_, i) => i), 4)).toEqual({ shatteredCount: 16, largest: 15, largestSize: 4 });
    expect(shatterCensus([5], 4).shatteredCount).toBe(1);
    expect(shatterCensus([], 3).shatteredCount).toBe(0);
  });

  test.prop([fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.uniqueArray(fc.integer({ min: 0, max: 2 ** n - 1 }), { minLength: 1 }))) ])(
    'should agree with brute force and satisfy Pajor',
    ([n, P]) => {
      const c = shatterCensus(P, n);
      expect(c.shatteredCount).toBe(bruteCensus(P, n));
      expect(c.shatteredCount).toBeGreaterThanOrEqual(P.length);
      expect(shatters(P, c.largest)).toBe(true);
      expect(popcount(c.largest)).toBe(c.largestSize);
    },
  );

  it('should list subset indices', () => {
    expect(subsetIndices(0b10110)).toEqual([1, 2, 4]);
  });
});
