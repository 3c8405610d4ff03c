import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { matAdd, ratMatrix, scale, type RatMatrix } from '../../../../src/theory/exact/matrix.js';
import { analyzeLieAlgebra, analysisToTeX, bracketTableTeX } from '../../../../src/theory/lie/analyze.js';
import { checkClosure, generatedAlgebra } from '../../../../src/theory/lie/closure.js';
import { inertia, killingForm } from '../../../../src/theory/lie/killing.js';
import { bracket, combinationToTeX, isZeroMatrix, matrixToTeX, toStrings } from '../../../../src/theory/lie/matrices.js';
import { isNilpotent, isSolvable } from '../../../../src/theory/lie/series.js';
import { MatrixSpan } from '../../../../src/theory/lie/span.js';
import { standardAlgebra, so3Basis, type StandardFamily } from '../../../../src/theory/lie/standard.js';
import { jacobiResidual, structureConstants } from '../../../../src/theory/lie/structure.js';
import katex from 'katex';

const q = (x: number, d = 1) => Rational.of(x, d);
const ratMat = (n: number) =>
  fc.array(fc.array(fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 4 })), { minLength: n, maxLength: n }), { minLength: n, maxLength: n })
    .map((rows) => rows.map((r) => r.map(([a, b]) => q(a, b))));
const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, strict: 'error' });

describe('bracket', () => {
  test.prop([fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(ratMat(n), ratMat(n), ratMat(n))), fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })], { numRuns: 40 })(
    'should be bilinear, antisymmetric and satisfy Jacobi exactly',
    ([A, B, C], a, b) => {
      const lin = bracket(matAdd(scale(A, a), scale(B, b)), C);
      expect(toStrings(lin)).toEqual(toStrings(matAdd(scale(bracket(A, C), a), scale(bracket(B, C), b))));
      expect(isZeroMatrix(matAdd(bracket(A, B), bracket(B, A)))).toBe(true);
      const jac = matAdd(matAdd(bracket(A, bracket(B, C)), bracket(B, bracket(C, A))), bracket(C, bracket(A, B)));
      expect(isZeroMatrix(jac)).toBe(true);
    },
  );

  it('should give [Lx, Ly] = Lz and the so(3) constants ε_ijk', () => {
    const [Lx, Ly, Lz] = so3Basis() as [RatMatrix, RatMatrix, RatMatrix];
    expect(toStrings(bracket(Lx, Ly))).toEqual(toStrings(Lz));
    const c = structureConstants(so3Basis())!;
    const eps = (i: number, j: number, k: number) => ((i - j) * (j - k) * (k - i)) / 2 + 0;
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) expect(c[i]![j]![k]!.toNumber()).toBe(eps(i, j, k));
    expect(jacobiResidual(c).isZero()).toBe(true);
  });
});

describe('closure', () => {
  const families: [StandardFamily, number, number][] = [
    ['so', 2, 1], ['so', 3, 3], ['so', 4, 6], ['so', 5, 10], ['sl', 2, 3], ['sl', 3, 8], ['gl', 2, 4], ['gl', 3, 9],
    ['t', 3, 6], ['n', 3, 3], ['aff2', 3, 6], ['sim2', 3, 4], ['se2', 3, 3],
  ];
  it.each(families)('%s(%i) should be closed with dimension %i and be identified by span', (family, n, dim) => {
    const alg = standardAlgebra(family, n);
    const r = checkClosure(alg.basis);
    expect(r.closed).toBe(true);
    expect(r.span.dim).toBe(dim);
    expect(analyzeLieAlgebra(alg.basis).identification).toEqual({ name: alg.name, by: 'span' });
  });

  it('should name [Lx, Ly] as the missing bracket of span{Lx, Ly} and generate so(3)', () => {
    const [Lx, Ly] = so3Basis() as [RatMatrix, RatMatrix];
    const r = checkClosure([Lx, Ly]);
    expect(r.closed).toBe(false);
    expect(r.missing.map((m) => [m.i, m.j])).toEqual([[0, 1]]);
    expect(toStrings(r.missing[0]!.value)).toEqual(toStrings(so3Basis()[2]!));
    const g = generatedAlgebra([Lx, Ly]);
    expect(g.dim).toBe(3);
    expect(g.equals(new MatrixSpan(so3Basis()))).toBe(true);
    const a = analyzeLieAlgebra([Lx, Ly]);
    expect(a.identification?.name).toBe('so(3)');
    for (const t of [...analysisToTeX(a), ...bracketTableTeX(a)]) expect(() => render(t)).not.toThrow();
  });

  it('should report dependent generators and keep a basis', () => {
    const [Lx, Ly, Lz] = so3Basis() as [RatMatrix, RatMatrix, RatMatrix];
    const r = checkClosure([Lx, Ly, matAdd(Lx, Ly), Lz]);
    expect(r.dependent).toEqual([2]);
    expect(r.span.kept).toEqual([0, 1, 3]);
    expect(r.closed).toBe(true);
  });

  it('should give exact coordinates in a span, or null outside', () => {
    const s = new MatrixSpan(so3Basis());
    const M = matAdd(scale(so3Basis()[0]!, q(1, 2)), scale(so3Basis()[2]!, -3));
    expect(s.coordinates(M)!.map(String)).toEqual(['1/2', '0', '-3']);
    expect(s.coordinates(ratMatrix([[1, 0, 0], [0, 0, 0], [0, 0, 0]]))).toBeNull();
  });
});

describe('Killing form and series', () => {
  it('should be −2·I on so(3) (K = (n−2) tr XY) and (2,1)-indefinite on sl(2)', () => {
    const K = killingForm(structureConstants(so3Basis())!);
    expect(toStrings(K)).toEqual([['-2', '0', '0'], ['0', '-2', '0'], ['0', '0', '-2']]);
    const sl2 = analyzeLieAlgebra(standardAlgebra('sl', 2).basis);
    expect(sl2.killingInertia).toEqual({ positive: 2, negative: 1, zero: 0 });
    expect(sl2.semisimple).toBe(true);
  });

  it('should find aff(2) degenerate, t(3) solvable, n(3) nilpotent and gl(2) with a centre', () => {
    const aff = analyzeLieAlgebra(standardAlgebra('aff2').basis);
    expect(aff.semisimple).toBe(false);
    expect(aff.killingRank).toBeLessThan(6);
    expect(isSolvable(new MatrixSpan(standardAlgebra('t', 3).basis))).toBe(true);
    expect(isNilpotent(new MatrixSpan(standardAlgebra('t', 3).basis))).toBe(false);
    const heis = analyzeLieAlgebra(standardAlgebra('n', 3).basis);
    expect(heis.nilpotent).toBe(true);
    expect(heis.lowerCentralDims).toEqual([3, 1, 0]);
    expect(analyzeLieAlgebra(standardAlgebra('gl', 2).basis).centerDim).toBe(1);
  });

  it('should compute exact inertia, also with a zero diagonal', () => {
    expect(inertia(ratMatrix([[0, 1], [1, 0]]))).toEqual({ positive: 1, negative: 1, zero: 0 });
    expect(inertia(ratMatrix([[2, 1, 0], [1, 2, 0], [0, 0, 0]]))).toEqual({ positive: 2, negative: 0, zero: 1 });
  });
});

describe('identification up to isomorphism', () => {
  it('should identify so(2,1) in 3x3 matrices as sl(2) by its Killing signature', () => {
    // so(2,1): rotation in (1,2) and boosts in (1,3), (2,3)
    const J = ratMatrix([[0, -1, 0], [1, 0, 0], [0, 0, 0]]);
    const B1 = ratMatrix([[0, 0, 1], [0, 0, 0], [1, 0, 0]]);
    const B2 = ratMatrix([[0, 0, 0], [0, 0, 1], [0, 1, 0]]);
    expect(analyzeLieAlgebra([J, B1, B2]).identification).toEqual({ name: 'sl(2)', by: 'isomorphism' });
  });

  it('should identify so(3) in a rotated basis by span, and so(4) abstractly inside gl(4) conjugated', () => {
    const [Lx, Ly, Lz] = so3Basis() as [RatMatrix, RatMatrix, RatMatrix];
    expect(analyzeLieAlgebra([matAdd(Lx, Ly), matAdd(Ly, Lz), Lz]).identification).toEqual({ name: 'so(3)', by: 'span' });
    const scaled = standardAlgebra('so', 4).basis.map((B) => {
      // conjugate by D = diag(1,2,3,4): D B D^{-1} is no longer skew but spans an so(4)
      return B.map((row, i) => row.map((x, j) => x.mul(q(i + 1, j + 1))));
    });
    expect(analyzeLieAlgebra(scaled).identification).toEqual({ name: 'so(4)', by: 'isomorphism' });
  });

  it('should identify abelian and 2-dimensional non-abelian algebras', () => {
    expect(analyzeLieAlgebra([ratMatrix([[1, 0], [0, 2]]), ratMatrix([[3, 0], [0, 1]])]).identification?.name).toBe('abelian(2)');
    expect(analyzeLieAlgebra([ratMatrix([[1, 0], [0, 0]]), ratMatrix([[0, 1], [0, 0]])]).identification?.name).toBe('aff(1)');
  });
});

describe('TeX', () => {
  it('should render matrices and combinations under KaTeX', () => {
    expect(() => render(matrixToTeX(ratMatrix([['1/2', -3], [0, '7/3']])))).not.toThrow();
    expect(combinationToTeX([q(1), q(-1, 2), q(0)], ['L_x', 'L_y', 'L_z'])).toBe('L_x - \\frac{1}{2} L_y');
  });
});
