/**
 * Exact linear spans of matrices: a basis chosen among the given matrices (the first
 * maximal independent subset) and exact coordinates of any matrix in it, or null when the
 * matrix is outside the span. Coordinates use one exact inverse of a d x d minor, so a
 * membership test costs O(d·rc) rational operations.
 */
import { Rational } from '../exact/rational.js';
import { rref, type RatMatrix, type RatVector } from '../exact/matrix.js';
import { ExactInputError } from '../exact/rational.js';
import { combination } from './matrices.js';

/** Exact inverse of an invertible square matrix (Gauss–Jordan on [S | I]). */
export function inverse(S: RatMatrix): RatMatrix {
  const d = S.length;
  const aug = S.map((row, i) => [...row, ...Array.from({ length: d }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO))]);
  const { rref: R, pivots } = rref(aug);
  if (pivots.length < d || pivots[d - 1] !== d - 1) throw new ExactInputError('TC3002', 'inverse: the matrix is singular');
  return R.map((row) => row.slice(d));
}

/** The span of a list of r x c matrices. */
export class MatrixSpan {
  /** Indices (into the input list) of the matrices kept as the basis. */
  readonly kept: number[];
  readonly basis: RatMatrix[];
  readonly rows: number;
  readonly cols: number;
  private readonly pivotRows: number[];
  private readonly inv: RatMatrix;
  private readonly columns: RatVector[];

  constructor(mats: readonly RatMatrix[], rows?: number, cols?: number) {
    this.rows = rows ?? mats[0]?.length ?? 0;
    this.cols = cols ?? mats[0]?.[0]?.length ?? 0;
    const L = this.rows * this.cols;
    mats.forEach((M, i) => {
      if (M.length !== this.rows || M.some((row) => row.length !== this.cols)) {
        throw new ExactInputError('TC3002', `matrix ${i} does not have the shape ${this.rows}x${this.cols} of the others`);
      }
    });
    const vecs = mats.map((M) => M.flat());
    // columns = vectorised matrices; pivot columns of the rref = first independent subset
    const C = Array.from({ length: L }, (_, e) => vecs.map((v) => v[e] as Rational));
    this.kept = L && mats.length ? rref(C).pivots : [];
    this.basis = this.kept.map((i) => mats[i] as RatMatrix);
    this.columns = this.kept.map((i) => vecs[i] as RatVector);
    const d = this.kept.length;
    // independent rows of the L x d basis matrix: pivots of the rref of its transpose
    this.pivotRows = d ? rref(this.columns.map((v) => v.slice())).pivots : [];
    const S = this.pivotRows.map((e) => this.columns.map((v) => v[e] as Rational));
    this.inv = d ? inverse(S) : [];
  }

  get dim(): number {
    return this.basis.length;
  }

  /** Exact coordinates c with Σ c_k basis_k = M, or null if M is not in the span. */
  coordinates(M: RatMatrix): Rational[] | null {
    const v = M.flat();
    if (v.length !== this.rows * this.cols) throw new ExactInputError('TC3002', `expected a ${this.rows}x${this.cols} matrix`);
    const rhs = this.pivotRows.map((e) => v[e] as Rational);
    const c = this.inv.map((row) => row.reduce((s, a, k) => (a.isZero() ? s : s.add(a.mul(rhs[k] as Rational))), Rational.ZERO));
    for (let e = 0; e < v.length; e++) {
      let s = Rational.ZERO;
      this.columns.forEach((col, k) => {
        const x = col[e] as Rational;
        if (!x.isZero()) s = s.add(x.mul(c[k] as Rational));
      });
      if (!s.eq(v[e] as Rational)) return null;
    }
    return c;
  }

  contains(M: RatMatrix): boolean {
    return this.coordinates(M) !== null;
  }

  /** Σ c_k basis_k. */
  combine(coeffs: readonly Rational[]): RatMatrix {
    return combination(coeffs, this.basis, this.rows, this.cols);
  }

  /**
   * The canonical basis of the span: the rows of the reduced row echelon form of the
   * vectorised basis, as matrices (pivot entries 1). Small entries for the standard
   * algebras (unit matrices for gl(n)), whatever basis the span was built from.
   */
  canonical(): MatrixSpan {
    if (!this.dim) return this;
    const { rref: R } = rref(this.columns.map((v) => v.slice()));
    const mats = R.slice(0, this.dim).map((row) => Array.from({ length: this.rows }, (_, i) => row.slice(i * this.cols, (i + 1) * this.cols)));
    return new MatrixSpan(mats, this.rows, this.cols);
  }

  /** Same subspace as `other` (exact). */
  equals(other: MatrixSpan): boolean {
    return this.dim === other.dim && other.basis.every((B) => this.contains(B));
  }
}
