/**
 * Float closure of a learned span under the bracket: for unit generators H_1..H_k (vec'd
 * n x n), the relative residual ‖[H_i, H_j] − P[H_i, H_j]‖ / ‖[H_i, H_j]‖, P the projector
 * onto span{H}. Zero for an exactly closed span (a Lie subalgebra).
 */
import { orthonormalize, distanceToSpan } from './liegg-subspace.js';

/** [A, B] for vec'd n x n matrices. */
export function bracketVec(a: ArrayLike<number>, b: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += a[i * n + k]! * b[k * n + j]! - b[i * n + k]! * a[k * n + j]!;
      out[i * n + j] = s;
    }
  return out;
}

export interface SpanClosure {
  /** Largest relative residual over the pairs whose bracket is not negligible. */
  maxResidual: number;
  meanResidual: number;
  /** √(Σ ‖(I − P)[H_i, H_j]‖²) / √(Σ ‖[H_i, H_j]‖²) over all pairs: robust to small brackets. */
  aggregate: number;
  /** Pairs counted (brackets with norm above 1e-9 relative). */
  pairs: number;
  /** The worst pair (indices into the input). */
  worst: [number, number] | null;
}

export function spanClosure(generators: readonly ArrayLike<number>[], n: number): SpanClosure {
  const Q = orthonormalize(generators);
  let max = 0;
  let sum = 0;
  let pairs = 0;
  let worst: [number, number] | null = null;
  let outside = 0;
  let total = 0;
  for (let i = 0; i < generators.length; i++)
    for (let j = i + 1; j < generators.length; j++) {
      const b = bracketVec(generators[i]!, generators[j]!, n);
      const norm = Math.hypot(...b);
      const dist = distanceToSpan(b, Q);
      outside += dist * dist;
      total += norm * norm;
      if (norm <= 1e-9) continue;
      const r = dist / norm;
      pairs++;
      sum += r;
      if (r > max) [max, worst] = [r, [i, j]];
    }
  return { maxResidual: max, meanResidual: pairs ? sum / pairs : 0, aggregate: total > 0 ? Math.sqrt(outside / total) : 0, pairs, worst };
}
