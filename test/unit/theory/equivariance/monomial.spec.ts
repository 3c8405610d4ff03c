import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { identity, matEq, matMul } from '../../../../src/theory/exact/matrix.js';
import { asMonomial, monomial, monomialInverse } from '../../../../src/theory/equivariance/monomial.js';

const perm = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });

describe('monomial matrices', () => {
  test.prop([fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(perm(n), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: n, maxLength: n })))])(
    'should invert exactly: A A^{-1} = I',
    ([p, s]) => {
      const A = monomial(p, s.map((v, i) => (i % 2 ? `-${v}/3` : `${v}`)));
      expect(matEq(matMul(A, monomialInverse(A)), identity(p.length))).toBe(true);
      expect(asMonomial(A)!.perm).toEqual(p);
    },
  );

  it('should reject non-monomial matrices and bad permutations', () => {
    const A = monomial([1, 0], [1, 2]);
    A[0]![0] = A[0]![1]!;
    expect(asMonomial(A)).toBeNull();
    expect(() => monomial([0, 0], [1, 1])).toThrow(/permutation/);
    expect(() => monomial([0, 1], [1, 0])).toThrow(/zero/);
  });
});
