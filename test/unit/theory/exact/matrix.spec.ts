import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  det,
  identity,
  inSpan,
  matAdd,
  matEq,
  matMul,
  matSub,
  matVec,
  nullSpace,
  rank,
  ratMatrix,
  ratVector,
  rref,
  scale,
  solve,
  trace,
  transpose,
  vec,
  zeros,
  type RatMatrix,
} from '../../../../src/theory/exact/matrix.js';
import { ExactInputError, Rational } from '../../../../src/theory/exact/rational.js';

const str = (A: RatMatrix): string[][] => A.map((r) => r.map((x) => x.toString()));

/** Small integer matrices, often rank-deficient (entries in -3..3 with many zeros). */
const matArb = (maxR = 5, maxC = 5) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxR }), fc.integer({ min: 1, max: maxC }))
    .chain(([r, c]) =>
      fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: -3, max: 3 })), { minLength: c, maxLength: c }), {
        minLength: r,
        maxLength: r,
      }),
    )
    .map((rows) => ratMatrix(rows));

const squareArb = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }))
  .map((rows) => ratMatrix(rows));

describe('construction and basic ops', () => {
  it('builds from numbers, strings and bigints', () => {
    expect(str(ratMatrix([[1, '1/2'], [0.25, 3n]]))).toEqual([['1', '1/2'], ['1/4', '3']]);
    expect(str(identity(2))).toEqual([['1', '0'], ['0', '1']]);
    expect(str(zeros(1, 3))).toEqual([['0', '0', '0']]);
  });

  it('multiplies, adds, scales, transposes exactly', () => {
    const A = ratMatrix([[1, 2], [3, 4]]);
    const B = ratMatrix([['1/2', 0], [0, '1/3']]);
    expect(str(matMul(A, B))).toEqual([['1/2', '2/3'], ['3/2', '4/3']]);
    expect(str(matAdd(A, B))).toEqual([['3/2', '2'], ['3', '13/3']]);
    expect(str(matSub(A, A))).toEqual([['0', '0'], ['0', '0']]);
    expect(str(scale(A, '1/2'))).toEqual([['1/2', '1'], ['3/2', '2']]);
    expect(str(transpose(ratMatrix([[1, 2, 3]])))).toEqual([['1'], ['2'], ['3']]);
    expect(vec(A).map(String)).toEqual(['1', '2', '3', '4']);
    expect(trace(A).toString()).toBe('5');
    expect(det(A).toString()).toBe('-2');
    expect(matEq(A, ratMatrix([[1, 2], [3, 4]]))).toBe(true);
    expect(matEq(A, B)).toBe(false);
    expect(matEq(A, ratMatrix([[1, 2]]))).toBe(false);
  });

  it('det of a known 3x3 rational matrix', () => {
    const A = ratMatrix([[2, '1/2', 0], [1, 3, '-1/5'], [0, 1, 1]]);
    // 2(3 + 1/5) - 1/2(1) = 32/5 - 1/2 = 59/10
    expect(det(A).toString()).toBe('59/10');
    expect(det(ratMatrix([[1, 2], [2, 4]])).isZero()).toBe(true);
    expect(det(ratMatrix([[0, 1], [1, 0]])).toString()).toBe('-1');
  });

  it('throws TC3002 naming shapes', () => {
    const A = ratMatrix([[1, 2, 3], [4, 5, 6]]);
    const catchIt = (f: () => unknown): ExactInputError => {
      try {
        f();
      } catch (e) {
        return e as ExactInputError;
      }
      throw new Error('did not throw');
    };
    const e1 = catchIt(() => matMul(A, A));
    expect(e1).toBeInstanceOf(ExactInputError);
    expect(e1.code).toBe('TC3002');
    expect(e1.message).toMatch(/2x3.*2x3.*3 rows/);
    expect(catchIt(() => ratMatrix([[1, 2], [3]])).message).toMatch(/row 1 has 1/);
    expect(catchIt(() => det(A)).message).toMatch(/square.*2x3/);
    expect(catchIt(() => matAdd(A, identity(2))).message).toMatch(/2x3 and 2x2/);
    expect(catchIt(() => solve(A, ratVector([1]))).message).toMatch(/length 2, got 1/);
    expect(catchIt(() => inSpan([ratVector([1, 2])], ratVector([1]))).code).toBe('TC3002');
  });
});

describe('rref, rank, null space, solve, span', () => {
  it('rref of a known matrix', () => {
    const { rref: R, pivots } = rref(ratMatrix([[1, 2, 1], [2, 4, 0], [3, 6, 1]]));
    expect(pivots).toEqual([0, 2]);
    expect(str(R)).toEqual([['1', '2', '0'], ['0', '0', '1'], ['0', '0', '0']]);
  });

  it('null space and solve on a known system', () => {
    const A = ratMatrix([[1, 2, 3], [2, 4, 6]]);
    expect(rank(A)).toBe(1);
    const N = nullSpace(A);
    expect(N.map((v) => v.map(String))).toEqual([['-2', '1', '0'], ['-3', '0', '1']]);
    expect(solve(A, ratVector([1, 2]))?.map(String)).toEqual(['1', '0', '0']);
    expect(solve(A, ratVector([1, 3]))).toBeNull();
    const x = solve(ratMatrix([[2, 1], [1, 3]]), ratVector([1, 2]));
    expect(x?.map(String)).toEqual(['1/5', '3/5']);
  });

  it('span membership: so(3)-style generators', () => {
    const Lx = ratMatrix([[0, 0, 0], [0, 0, -1], [0, 1, 0]]);
    const Ly = ratMatrix([[0, 0, 1], [0, 0, 0], [-1, 0, 0]]);
    const Lz = ratMatrix([[0, -1, 0], [1, 0, 0], [0, 0, 0]]);
    const comm = matSub(matMul(scale(Lx, '1/3'), scale(Ly, '2/7')), matMul(scale(Ly, '2/7'), scale(Lx, '1/3')));
    expect(inSpan([vec(Lx), vec(Ly), vec(Lz)], vec(comm))?.map(String)).toEqual(['0', '0', '2/21']);
    expect(inSpan([vec(Lx), vec(Ly)], vec(Lz))).toBeNull();
    expect(inSpan([], ratVector([0, 0]))).toEqual([]);
    expect(inSpan([], ratVector([0, 1]))).toBeNull();
  });

  test.prop([matArb()])('rank-nullity, A·N = 0, rref idempotent, rank(A) = rank(A^T)', (A) => {
    const c = A[0]?.length ?? 0;
    const N = nullSpace(A);
    expect(rank(A) + N.length).toBe(c);
    for (const v of N) expect(matVec(A, v).every((x) => x.isZero())).toBe(true);
    if (N.length > 0) expect(rank(N)).toBe(N.length);
    const R = rref(A);
    const R2 = rref(R.rref);
    expect(matEq(R.rref, R2.rref)).toBe(true);
    expect(R2.pivots).toEqual(R.pivots);
    expect(rank(transpose(A))).toBe(rank(A));
  });

  test.prop([matArb(), fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 5, maxLength: 5 })])(
    'solve finds solutions of consistent systems',
    (A, coeffs) => {
      const c = A[0]?.length ?? 0;
      const x0 = ratVector(coeffs.slice(0, c));
      const b = matVec(A, x0);
      const x = solve(A, b);
      expect(x).not.toBeNull();
      expect(matVec(A, x ?? []).every((v, i) => v.eq(b[i] as Rational))).toBe(true);
    },
  );

  test.prop([squareArb, squareArb])('det is multiplicative; nonzero det iff full rank; trace(AB) = trace(BA)', (A, B) => {
    const n = A.length;
    if (B.length === n) {
      expect(det(matMul(A, B)).eq(det(A).mul(det(B)))).toBe(true);
      expect(trace(matMul(A, B)).eq(trace(matMul(B, A)))).toBe(true);
    }
    expect(det(A).isZero()).toBe(rank(A) < n);
    expect(det(transpose(A)).eq(det(A))).toBe(true);
  });
});
