/**
 * Float64 subspace geometry for comparing learned generators with a reference Lie
 * algebra: orthonormal bases, principal cosines, distance to a subspace, and the
 * orthonormal bases of so(n) and se(2) as vectors (row-major vec of the matrices).
 */
import { singularValues } from './eigen.js';

/** Orthonormalise (modified Gram–Schmidt, twice); drops vectors of relative norm < 1e-10. */
export function orthonormalize(vectors: readonly ArrayLike<number>[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const v of vectors) {
    const u = Float64Array.from(v);
    const n0 = Math.hypot(...u);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of out) {
        let dot = 0;
        for (let i = 0; i < u.length; i++) dot += u[i]! * q[i]!;
        for (let i = 0; i < u.length; i++) u[i] = u[i]! - dot * q[i]!;
      }
    }
    const n = Math.hypot(...u);
    if (n0 > 0 && n > 1e-10 * n0) out.push(u.map((x) => x / n));
  }
  return out;
}

/**
 * Principal cosines between span(U) and span(V) (descending, min(dim U, dim V) values):
 * all 1 when one span contains the other.
 */
export function principalCosines(U: readonly ArrayLike<number>[], V: readonly ArrayLike<number>[]): number[] {
  const Q = orthonormalize(U);
  const R = orthonormalize(V);
  const M = Q.map((q) => R.map((r) => {
    let s = 0;
    for (let i = 0; i < q.length; i++) s += q[i]! * r[i]!;
    return s;
  }));
  return singularValues(M).map((s) => Math.min(1, s));
}

/** ‖v − P v‖ for the orthogonal projector P onto span(basis) (basis orthonormal). */
export function distanceToSpan(v: ArrayLike<number>, basis: readonly ArrayLike<number>[]): number {
  const r = Float64Array.from(v);
  for (const q of basis) {
    let dot = 0;
    for (let i = 0; i < r.length; i++) dot += v[i]! * q[i]!;
    for (let i = 0; i < r.length; i++) r[i] = r[i]! - dot * q[i]!;
  }
  return Math.hypot(...r);
}

/** Orthonormal basis of so(n): (E_ji − E_ij)/√2, i < j, as row-major vectors of length n². */
export function soBasis(n: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const v = new Float64Array(n * n);
      v[j * n + i] = Math.SQRT1_2;
      v[i * n + j] = -Math.SQRT1_2;
      out.push(v);
    }
  return out;
}

/** Orthonormal basis of se(2) in the 2 x 3 form [A | b]: rotation and two translations. */
export function se2Basis(): Float64Array[] {
  return [Float64Array.of(0, -Math.SQRT1_2, 0, Math.SQRT1_2, 0, 0), Float64Array.of(0, 0, 1, 0, 0, 0), Float64Array.of(0, 0, 0, 0, 0, 1)];
}

/** The natural reference algebra of a generator shape: so(n) for n x n, se(2) for 2 x 3. */
export function referenceBasis(shape: readonly [number, number]): { name: string; basis: Float64Array[] } {
  const [r, c] = shape;
  if (r === c) return { name: `so(${r})`, basis: soBasis(r) };
  if (r === 2 && c === 3) return { name: 'se(2)', basis: se2Basis() };
  throw new RangeError(`no reference algebra for ${r}x${c} generators`);
}
