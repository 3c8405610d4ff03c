import { encodeLabels } from './arrays.js';

/**
 * Plug-in mutual information in nats, as sklearn's `mutual_info_score` computes it from the
 * contingency table: Σ_{n_ab>0} (n_ab/N)(ln n_ab − ln N) + (n_ab/N)(−ln(a_a b_b) + 2 ln N),
 * terms smaller than float eps in magnitude zeroed, the sum clipped at 0; 0 when either
 * variable has a single value. Entropy is the MI of a variable with itself.
 */
const EPS = 2.220446049250313e-16;

/** Compact labels 0..count-1 of an arbitrary labelling (sorted distinct values). */
export interface Compact {
  labels: Int32Array;
  count: number;
}

/** Compact any label or value array. */
export function compact(values: ArrayLike<number>): Compact {
  const { labels, classes } = encodeLabels(values);
  return { labels, count: classes.length };
}

/** MI (nats) of two compact labellings of the same N samples. */
export function mutualInfo(a: Compact, b: Compact): number {
  const n = a.labels.length;
  if (n === 0 || a.count <= 1 || b.count <= 1) return 0;
  const counts = new Float64Array(a.count * b.count);
  const ra = new Float64Array(a.count);
  const rb = new Float64Array(b.count);
  for (let i = 0; i < n; i++) {
    const x = a.labels[i] as number;
    const y = b.labels[i] as number;
    counts[x * b.count + y]! += 1;
    ra[x]! += 1;
    rb[y]! += 1;
  }
  let occupiedA = 0;
  let occupiedB = 0;
  for (const v of ra) if (v > 0) occupiedA++;
  for (const v of rb) if (v > 0) occupiedB++;
  if (occupiedA <= 1 || occupiedB <= 1) return 0;
  const logN = Math.log(n);
  let mi = 0;
  for (let x = 0; x < a.count; x++) {
    for (let y = 0; y < b.count; y++) {
      const c = counts[x * b.count + y] as number;
      if (c === 0) continue;
      const p = c / n;
      const term = p * (Math.log(c) - logN) + p * (-Math.log((ra[x] as number) * (rb[y] as number)) + logN + logN);
      if (Math.abs(term) >= EPS) mi += term;
    }
  }
  return mi > 0 ? mi : 0;
}

/** Plug-in entropy (nats): mutual_info_score(y, y). */
export function entropy(a: Compact): number {
  return mutualInfo(a, a);
}

/**
 * The library's `discrete_mutual_info`: m[j][i] = I(code_j; factor_i) for discretized codes
 * and raw factor labels ([codes × factors]).
 */
export function mutualInfoMatrix(codes: readonly Compact[], factors: readonly Compact[]): number[][] {
  return codes.map((c) => factors.map((f) => mutualInfo(c, f)));
}

/** Compact histogram labels 1..bins as 0..bins-1 without sorting. */
export function compactBins(binned: Int32Array, bins: number): Compact {
  const labels = new Int32Array(binned.length);
  for (let i = 0; i < binned.length; i++) labels[i] = (binned[i] as number) - 1;
  return { labels, count: bins };
}
