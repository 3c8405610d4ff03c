import { Rational } from '../exact/rational.js';
import { det, nullSpace } from '../exact/matrix.js';

/**
 * Halfspaces in R^d have VC dimension d + 1: the explicit shattering of {0, e_1, …, e_d}
 * and Radon's obstruction for d + 2 points, both exact.
 */

/** The points 0, e_1, …, e_d of R^d. */
export function simplexPoints(d: number): number[][] {
  const pts = [new Array<number>(d).fill(0)];
  for (let i = 0; i < d; i++) pts.push(Array.from({ length: d }, (_, j) => (j === i ? 1 : 0)));
  return pts;
}

/**
 * For labels y ∈ {±1}^{d+1} on (0, e_1, …, e_d): b = y_0 / 2, w_i = y_i − y_0 / 2.
 * Then w·0 + b = y_0/2 and w·e_i + b = y_i, so y_j (w·x_j + b) >= 1/2 for every point.
 */
export function simplexSeparator(labels: readonly (1 | -1)[]): { w: Rational[]; b: Rational } {
  const y0 = Rational.of(labels[0] ?? 1);
  const half = Rational.of(1, 2);
  const b = y0.mul(half);
  const w = labels.slice(1).map((y) => Rational.of(y).sub(b));
  return { w, b };
}

/** Exact margin min_j y_j (w·x_j + b) of a separator on points. */
export function exactMargin(points: readonly (readonly number[])[], labels: readonly (1 | -1)[], w: Rational[], b: Rational): Rational {
  let min: Rational | null = null;
  points.forEach((p, j) => {
    let s = b;
    p.forEach((v, i) => (s = s.add(w[i]!.mul(Rational.of(v)))));
    const m = s.mul(Rational.of(labels[j]!));
    if (min === null || m.cmp(min) < 0) min = m;
  });
  return min ?? Rational.ZERO;
}

/** Points (t, t^2, …, t^d) on the moment curve: distinct t give points in general position. */
export function momentCurve(d: number, ts: readonly number[]): number[][] {
  return ts.map((t) => Array.from({ length: d }, (_, k) => t ** (k + 1)));
}

/** Points in general position (affine): every d + 1 of them are affinely independent. Exact. */
export function inGeneralPosition(points: readonly (readonly number[])[]): boolean {
  const n = points.length;
  const d = points[0]?.length ?? 0;
  const k = Math.min(n, d + 1);
  // for k < d + 1 points we check that they are affinely independent via a Gram-free rank test
  const rows = (idx: number[]) => idx.map((i) => [...points[i]!.map((v) => Rational.of(v)), Rational.ONE]);
  for (const idx of combinations(n, k)) {
    if (k === d + 1) {
      if (det(rows(idx)).isZero()) return false;
    } else if (nullSpace(transposeR(rows(idx))).length > 0) {
      return false;
    }
  }
  return true;
}

/**
 * Radon: d + 2 points in R^d admit λ ≠ 0 with Σ λ_i x_i = 0 and Σ λ_i = 0. The labeling
 * sign(λ) is never realised by a halfspace (w·Σ_{λ>0} λ_i x_i + b Σ λ_i would be both
 * positive and negative). Returns λ and the labeling mask (bit i set where λ_i > 0).
 */
export function radonPartition(points: readonly (readonly number[])[]): { lambda: Rational[]; mask: number } {
  const d = points[0]?.length ?? 0;
  if (points.length !== d + 2) throw new RangeError(`radonPartition: needs d + 2 = ${d + 2} points, got ${points.length}`);
  const M: Rational[][] = [];
  for (let i = 0; i < d; i++) M.push(points.map((p) => Rational.of(p[i]!)));
  M.push(points.map(() => Rational.ONE));
  const basis = nullSpace(M);
  const lambda = basis[0];
  if (!lambda) throw new RangeError('radonPartition: the (d+1)x(d+2) system has no null vector (impossible)');
  let mask = 0;
  lambda.forEach((l, i) => {
    if (l.sign() > 0) mask |= 1 << i;
  });
  return { lambda, mask };
}

function transposeR(A: Rational[][]): Rational[][] {
  return (A[0] ?? []).map((_, j) => A.map((row) => row[j]!));
}

/** All k-subsets of {0..n-1}, as index arrays. */
export function* combinations(n: number, k: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  if (k > n) return;
  while (true) {
    yield [...idx];
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}
