import { codeValue, grid, type RepresentationSpec } from './representation.js';
import { binLabel, checkedGridSize } from './structure.js';

/**
 * The IRS of a noise-free representation in the large-sample limit, on the factor grid: each
 * group {F_i = v} (factors with more than 20 values merged by the library's 20-bin histogram)
 * is taken as the sample whose 99th percentile of |Z_j − E[Z_j | group]| (numpy's linear
 * interpolation) the estimator approaches; M_j = max |Z_j − E Z_j| over the grid; constant codes
 * dropped. Returns null when a code is noise (its IRS limit depends on the noise law).
 *
 * For two factors of n values and Z = a s_0 + b s_1 (standardised), the within-group spread is
 * |b| max|s_1| for every group, M = |a| max|s_0| + |b| max|s_1|, so IRS = |a| / (|a| + |b|):
 * cos(t)/(cos(t) + sin(t)) for a rotation by t (0.9196 at 5 degrees).
 */
function quantileLinear(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  const virtual = q * (n - 1);
  const lo = Math.floor(virtual);
  const hi = Math.min(lo + 1, n - 1);
  const t = virtual - lo;
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * t;
}

/** IRS limit (or null with noise codes). */
export function irsLimit(spec: RepresentationSpec, diffQuantile = 0.99, bins = 20): number | null {
  if (spec.codes.some((c) => c.kind === 'noise')) return null;
  const sizes = spec.factorSizes;
  const P = checkedGridSize(sizes);
  const g = grid(sizes);
  const codes = spec.codes
    .map((code) => Float64Array.from({ length: P }, (_, p) => codeValue(code, sizes, (i) => (g[i] as Int32Array)[p] as number) as number))
    .filter((col) => col.some((v) => v !== col[0]));
  if (codes.length === 0) return 0;
  const groupsOf = sizes.map((n, i) => {
    const labels = Array.from(g[i] as Int32Array, (v) => binLabel(v, 0, n - 1, bins));
    const groups = new Map<number, number[]>();
    labels.forEach((l, p) => (groups.get(l) ?? groups.set(l, []).get(l)!).push(p));
    return [...groups.values()];
  });
  let weighted = 0;
  let totalM = 0;
  for (const col of codes) {
    const mean = col.reduce((s, v) => s + v, 0) / P;
    const M = col.reduce((m, v) => Math.max(m, Math.abs(v - mean)), 0);
    let best = -Infinity;
    for (const groups of groupsOf) {
      let cum = 0;
      for (const rows of groups) {
        const e = rows.reduce((s, p) => s + (col[p] as number), 0) / rows.length;
        cum += quantileLinear(Float64Array.from(rows, (p) => Math.abs((col[p] as number) - e)).sort(), diffQuantile);
      }
      best = Math.max(best, 1 - cum / groups.length / M);
    }
    weighted += best * M;
    totalM += M;
  }
  return totalM > 0 ? weighted / totalM : 0;
}
