/**
 * Exact rational matrices as `Rational[][]` (row-major) and vectors as `Rational[]`.
 * All functions are pure: inputs are never mutated. Shape errors throw
 * ExactInputError (TC3002) naming the expected and actual shapes.
 */
import { ExactInputError, Rational, type RationalLike } from './rational.js';

/** A row-major matrix of exact rationals. */
export type RatMatrix = Rational[][];
/** A vector of exact rationals. */
export type RatVector = Rational[];

/** Result of `rref`: the reduced row echelon form and its pivot column indices. */
export interface Rref {
  rref: RatMatrix;
  pivots: number[];
}

function shapeErr(fn: string, msg: string): ExactInputError {
  return new ExactInputError('TC3002', `${fn}: ${msg}`);
}

/** [rows, cols] of a rectangular matrix; throws TC3002 on ragged input. */
export function shape(A: readonly (readonly unknown[])[], fn = 'shape'): [number, number] {
  const r = A.length;
  const c = A[0]?.length ?? 0;
  for (let i = 1; i < r; i++) {
    const len = A[i]?.length;
    if (len !== c) throw shapeErr(fn, `ragged matrix: row 0 has ${c} entries, row ${i} has ${len}`);
  }
  return [r, c];
}

const fmt = (s: [number, number]): string => `${s[0]}x${s[1]}`;

/** Build an exact matrix from numbers, decimal/"p/q" strings, bigints or Rationals. */
export function ratMatrix(rows: readonly (readonly RationalLike[])[]): RatMatrix {
  shape(rows, 'ratMatrix');
  return rows.map((row) => row.map((x) => Rational.of(x)));
}

/** Build an exact vector. */
export function ratVector(xs: readonly RationalLike[]): RatVector {
  return xs.map((x) => Rational.of(x));
}

/** The n x n identity. */
export function identity(n: number): RatMatrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? Rational.ONE : Rational.ZERO)));
}

/** The r x c zero matrix. */
export function zeros(r: number, c: number): RatMatrix {
  return Array.from({ length: r }, () => new Array<Rational>(c).fill(Rational.ZERO));
}

/** A B. */
export function matMul(A: RatMatrix, B: RatMatrix): RatMatrix {
  const [r, k] = shape(A, 'matMul');
  const [k2, c] = shape(B, 'matMul');
  if (k !== k2) throw shapeErr('matMul', `A is ${fmt([r, k])}, B is ${fmt([k2, c])}; expected B to have ${k} rows`);
  const out: RatMatrix = [];
  for (let i = 0; i < r; i++) {
    const Ai = A[i] as RatVector;
    const row: RatVector = [];
    for (let j = 0; j < c; j++) {
      let s = Rational.ZERO;
      for (let t = 0; t < k; t++) {
        const a = Ai[t] as Rational;
        if (!a.isZero()) s = s.add(a.mul((B[t] as RatVector)[j] as Rational));
      }
      row.push(s);
    }
    out.push(row);
  }
  return out;
}

/** A v for a vector v. */
export function matVec(A: RatMatrix, v: RatVector): RatVector {
  const [r, c] = shape(A, 'matVec');
  if (v.length !== c) throw shapeErr('matVec', `A is ${fmt([r, c])}; expected a vector of length ${c}, got ${v.length}`);
  return A.map((row) => row.reduce((s, a, j) => (a.isZero() ? s : s.add(a.mul(v[j] as Rational))), Rational.ZERO));
}

function zipWith(fn: string, A: RatMatrix, B: RatMatrix, op: (a: Rational, b: Rational) => Rational): RatMatrix {
  const sa = shape(A, fn);
  const sb = shape(B, fn);
  if (sa[0] !== sb[0] || sa[1] !== sb[1]) throw shapeErr(fn, `expected equal shapes, got ${fmt(sa)} and ${fmt(sb)}`);
  return A.map((row, i) => row.map((a, j) => op(a, (B[i] as RatVector)[j] as Rational)));
}

/** A + B. */
export function matAdd(A: RatMatrix, B: RatMatrix): RatMatrix {
  return zipWith('matAdd', A, B, (a, b) => a.add(b));
}

/** A - B. */
export function matSub(A: RatMatrix, B: RatMatrix): RatMatrix {
  return zipWith('matSub', A, B, (a, b) => a.sub(b));
}

/** s A. */
export function scale(A: RatMatrix, s: RationalLike): RatMatrix {
  const q = Rational.of(s);
  return A.map((row) => row.map((a) => a.mul(q)));
}

/** A^T (an r x 0 matrix transposes to 0 rows). */
export function transpose(A: RatMatrix): RatMatrix {
  const [r, c] = shape(A, 'transpose');
  return Array.from({ length: c }, (_, j) => Array.from({ length: r }, (_, i) => (A[i] as RatVector)[j] as Rational));
}

/** Row-major flatten. */
export function vec(A: RatMatrix): RatVector {
  shape(A, 'vec');
  return A.flat();
}

/** Exact equality (shapes must agree too). */
export function matEq(A: RatMatrix, B: RatMatrix): boolean {
  const sa = shape(A, 'matEq');
  const sb = shape(B, 'matEq');
  if (sa[0] !== sb[0] || sa[1] !== sb[1]) return false;
  return A.every((row, i) => row.every((a, j) => a.eq((B[i] as RatVector)[j] as Rational)));
}

function square(A: RatMatrix, fn: string): number {
  const s = shape(A, fn);
  if (s[0] !== s[1]) throw shapeErr(fn, `expected a square matrix, got ${fmt(s)}`);
  return s[0];
}

/** Sum of the diagonal. */
export function trace(A: RatMatrix): Rational {
  const n = square(A, 'trace');
  let s = Rational.ZERO;
  for (let i = 0; i < n; i++) s = s.add((A[i] as RatVector)[i] as Rational);
  return s;
}

/** In-place Gauss-Jordan on a copy-owned matrix; returns the pivot columns (< maxCol). */
function reduce(M: RatMatrix, cols: number, maxCol = cols): number[] {
  const rows = M.length;
  const pivots: number[] = [];
  let r = 0;
  for (let c = 0; c < maxCol && r < rows; c++) {
    let p = r;
    while (p < rows && ((M[p] as RatVector)[c] as Rational).isZero()) p++;
    if (p === rows) continue;
    if (p !== r) [M[p], M[r]] = [M[r] as RatVector, M[p] as RatVector];
    const R = M[r] as RatVector;
    const inv = (R[c] as Rational).inv();
    for (let j = c; j < cols; j++) R[j] = (R[j] as Rational).mul(inv);
    for (let i = 0; i < rows; i++) {
      if (i === r) continue;
      const Ri = M[i] as RatVector;
      const f = Ri[c] as Rational;
      if (f.isZero()) continue;
      for (let j = c; j < cols; j++) {
        const x = R[j] as Rational;
        if (!x.isZero()) Ri[j] = (Ri[j] as Rational).sub(f.mul(x));
      }
    }
    pivots.push(c);
    r++;
  }
  return pivots;
}

/** Reduced row echelon form (exact Gauss-Jordan) and pivot columns. */
export function rref(A: RatMatrix): Rref {
  const [, c] = shape(A, 'rref');
  const M = A.map((row) => row.slice());
  const pivots = reduce(M, c);
  return { rref: M, pivots };
}

/** Rank. */
export function rank(A: RatMatrix): number {
  return rref(A).pivots.length;
}

/**
 * A basis of the null space {x : A x = 0}, as an array of vectors of length cols(A)
 * (one per free column; empty when A has full column rank).
 */
export function nullSpace(A: RatMatrix): RatVector[] {
  const [, c] = shape(A, 'nullSpace');
  const { rref: R, pivots } = rref(A);
  const isPivot = new Array<boolean>(c).fill(false);
  for (const p of pivots) isPivot[p] = true;
  const basis: RatVector[] = [];
  for (let f = 0; f < c; f++) {
    if (isPivot[f]) continue;
    const v = new Array<Rational>(c).fill(Rational.ZERO);
    v[f] = Rational.ONE;
    pivots.forEach((p, i) => {
      v[p] = ((R[i] as RatVector)[f] as Rational).neg();
    });
    basis.push(v);
  }
  return basis;
}

/** A particular exact solution of A x = b (free variables set to 0), or null if inconsistent. */
export function solve(A: RatMatrix, b: RatVector): RatVector | null {
  const [r, c] = shape(A, 'solve');
  if (b.length !== r) throw shapeErr('solve', `A is ${fmt([r, c])}; expected b of length ${r}, got ${b.length}`);
  const M = A.map((row, i) => [...row, b[i] as Rational]);
  const pivots = reduce(M, c + 1, c);
  for (let i = pivots.length; i < r; i++) if (!((M[i] as RatVector)[c] as Rational).isZero()) return null;
  const x = new Array<Rational>(c).fill(Rational.ZERO);
  pivots.forEach((p, i) => {
    x[p] = (M[i] as RatVector)[c] as Rational;
  });
  return x;
}

/**
 * Exact span membership: coefficients a with sum_i a_i vectors[i] = v, or null when v
 * is not in the span. All vectors must have v's length.
 */
export function inSpan(vectors: readonly RatVector[], v: RatVector): RatVector | null {
  const n = v.length;
  vectors.forEach((u, i) => {
    if (u.length !== n) throw shapeErr('inSpan', `vector ${i} has length ${u.length}, expected ${n} (the length of v)`);
  });
  if (vectors.length === 0) return v.every((x) => x.isZero()) ? [] : null;
  const M = Array.from({ length: n }, (_, i) => vectors.map((u) => u[i] as Rational));
  return solve(M, v);
}

/** Determinant by exact elimination. */
export function det(A: RatMatrix): Rational {
  const n = square(A, 'det');
  const M = A.map((row) => row.slice());
  let d = Rational.ONE;
  for (let c = 0; c < n; c++) {
    let p = c;
    while (p < n && ((M[p] as RatVector)[c] as Rational).isZero()) p++;
    if (p === n) return Rational.ZERO;
    if (p !== c) {
      [M[p], M[c]] = [M[c] as RatVector, M[p] as RatVector];
      d = d.neg();
    }
    const R = M[c] as RatVector;
    const piv = R[c] as Rational;
    d = d.mul(piv);
    const inv = piv.inv();
    for (let i = c + 1; i < n; i++) {
      const Ri = M[i] as RatVector;
      const f = (Ri[c] as Rational).mul(inv);
      if (f.isZero()) continue;
      for (let j = c; j < n; j++) Ri[j] = (Ri[j] as Rational).sub(f.mul(R[j] as Rational));
    }
  }
  return d;
}
