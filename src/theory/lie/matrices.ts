/**
 * Square matrices over exact rationals, as used by the Lie toolkit: the commutator
 * bracket, linear combinations, the Frobenius pairing and LaTeX rendering.
 */
import { ExactInputError, Rational } from '../exact/rational.js';
import { matMul, matSub, shape, type RatMatrix } from '../exact/matrix.js';

/** The size n of a square n x n matrix; throws TC3002 naming `what` otherwise. */
export function squareSize(A: RatMatrix, what = 'matrix'): number {
  const [r, c] = shape(A, what);
  if (r !== c) throw new ExactInputError('TC3002', `${what}: expected a square matrix, got ${r}x${c}`);
  return r;
}

/** Check that every matrix is square of one common size; returns that size (0 for none). */
export function commonSize(mats: readonly RatMatrix[], what = 'generator'): number {
  let n = -1;
  mats.forEach((M, i) => {
    const k = squareSize(M, `${what} ${i}`);
    if (n >= 0 && k !== n) throw new ExactInputError('TC3002', `${what} ${i} is ${k}x${k}, but ${what} 0 is ${n}x${n}; all must have one size`);
    n = k;
  });
  return Math.max(n, 0);
}

/** The commutator [A, B] = AB − BA. */
export function bracket(A: RatMatrix, B: RatMatrix): RatMatrix {
  return matSub(matMul(A, B), matMul(B, A));
}

/** Σ_i c_i M_i over matrices of one shape (an empty sum needs `rows`/`cols`). */
export function combination(coeffs: readonly Rational[], mats: readonly RatMatrix[], rows?: number, cols?: number): RatMatrix {
  const r = rows ?? mats[0]?.length ?? 0;
  const c = cols ?? mats[0]?.[0]?.length ?? 0;
  const out: RatMatrix = Array.from({ length: r }, () => new Array<Rational>(c).fill(Rational.ZERO));
  mats.forEach((M, k) => {
    const a = coeffs[k] ?? Rational.ZERO;
    if (a.isZero()) return;
    for (let i = 0; i < r; i++) {
      const row = out[i] as Rational[];
      for (let j = 0; j < c; j++) {
        const x = (M[i] as Rational[])[j] as Rational;
        if (!x.isZero()) row[j] = (row[j] as Rational).add(a.mul(x));
      }
    }
  });
  return out;
}

/** True when every entry is zero. */
export function isZeroMatrix(A: RatMatrix): boolean {
  return A.every((row) => row.every((x) => x.isZero()));
}

/** The Frobenius pairing <A, B> = Σ_ij A_ij B_ij. */
export function frobenius(A: RatMatrix, B: RatMatrix): Rational {
  let s = Rational.ZERO;
  A.forEach((row, i) => row.forEach((a, j) => (s = s.add(a.mul((B[i] as Rational[])[j] as Rational)))));
  return s;
}

/** Transpose of a square or rectangular matrix. */
export function transposeOf(A: RatMatrix): RatMatrix {
  const c = A[0]?.length ?? 0;
  return Array.from({ length: c }, (_, j) => A.map((row) => row[j] as Rational));
}

/** A = −Aᵀ exactly. */
export function isSkew(A: RatMatrix): boolean {
  return A.every((row, i) => row.every((a, j) => a.add((A[j] as Rational[])[i] as Rational).isZero()));
}

/** The float64 values of an exact matrix. */
export function toFloat(A: RatMatrix): number[][] {
  return A.map((row) => row.map((x) => x.toNumber()));
}

/** Exact strings ("p/q") of a matrix, for JSON output. */
export function toStrings(A: RatMatrix): string[][] {
  return A.map((row) => row.map((x) => x.toString()));
}

/** LaTeX pmatrix of an exact matrix (renders under KaTeX). */
export function matrixToTeX(A: RatMatrix): string {
  if (A.length === 0) return '()';
  return `\\begin{pmatrix} ${A.map((row) => row.map((x) => x.toTeX()).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
}

/** LaTeX of a linear combination Σ c_i X_i with named terms ("0" when all vanish). */
export function combinationToTeX(coeffs: readonly Rational[], names: readonly string[]): string {
  const terms: string[] = [];
  coeffs.forEach((c, i) => {
    if (c.isZero()) return;
    const name = names[i] ?? `X_{${i + 1}}`;
    const mag = c.abs();
    const coef = mag.eq(Rational.ONE) ? '' : mag.toTeX();
    const sign = c.sign() < 0 ? '-' : terms.length ? '+' : '';
    terms.push(`${sign} ${coef}${coef ? ' ' : ''}${name}`.trim());
  });
  return terms.length ? terms.join(' ') : '0';
}
