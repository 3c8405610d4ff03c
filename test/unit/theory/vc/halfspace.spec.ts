import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { combinations, exactMargin, inGeneralPosition, radonPartition, simplexPoints, simplexSeparator } from '../../../../src/theory/vc/halfspace.js';

describe('simplex construction', () => {
  test.prop([fc.integer({ min: 1, max: 6 }).chain((d) => fc.array(fc.constantFrom<1 | -1>(1, -1), { minLength: d + 1, maxLength: d + 1 }))])(
    'should realise every labeling of {0, e_1..e_d} with exact margin 1/2 at least',
    (labels) => {
      const d = labels.length - 1;
      const { w, b } = simplexSeparator(labels);
      expect(exactMargin(simplexPoints(d), labels, w, b).cmp(Rational.of(1, 2))).toBeGreaterThanOrEqual(0);
    },
  );
});

describe('radonPartition', () => {
  it('should find the diagonal split of a square', () => {
    const { mask, lambda } = radonPartition([[0, 0], [1, 0], [0, 1], [1, 1]]);
    expect([0b1001, 0b0110]).toContain(mask);
    expect(lambda.reduce((s, l) => s.add(l), Rational.ZERO).isZero()).toBe(true);
  });

  it('should detect points not in general position', () => {
    expect(inGeneralPosition([[0, 0], [1, 1], [2, 2]])).toBe(false);
    expect(inGeneralPosition([[0, 0], [1, 0], [0, 1]])).toBe(true);
    expect(inGeneralPosition([[1, 2], [1, 2]])).toBe(false);
  });

  it('should enumerate k-subsets', () => {
    expect([...combinations(4, 2)].length).toBe(6);
    expect([...combinations(3, 3)]).toEqual([[0, 1, 2]]);
  });
});
