import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addF, detF, expm, identityF, matMulF, normF, rotation2, scaleF, transposeF } from '../../../../src/theory/lie/expm.js';

const mat = (n: number) => fc.array(fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n });

describe('expm', () => {
  it('should give exp(θ√2·h) = R(θ) for the unit so(2) generator h', () => {
    const h = [[0, -1 / Math.SQRT2], [1 / Math.SQRT2, 0]];
    for (const theta of [0.3, Math.PI / 4, 2, -5]) expect(normF(addF(expm(scaleF(h, theta * Math.SQRT2)), rotation2(theta), -1))).toBeLessThan(1e-13);
  });

  it('should match the closed form of a nilpotent matrix', () => {
    expect(expm([[0, 1], [0, 0]])).toEqual([[1, 1], [0, 1]]);
  });

  test.prop([fc.integer({ min: 1, max: 5 }).chain(mat), fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })], { numRuns: 30 })(
    'should be a one-parameter group, and orthogonal with det 1 on skew matrices',
    (A, t, s) => {
      const lhs = matMulF(expm(scaleF(A, t)), expm(scaleF(A, s)));
      const rhs = expm(scaleF(A, t + s));
      expect(normF(addF(lhs, rhs, -1))).toBeLessThanOrEqual(1e-11 * Math.max(1, normF(rhs)));
      const S = addF(A, transposeF(A), -1);
      const Q = expm(S);
      expect(normF(addF(matMulF(transposeF(Q), Q), identityF(A.length), -1))).toBeLessThan(1e-12);
      expect(Math.abs(detF(Q) - 1)).toBeLessThan(1e-12);
    },
  );
});
