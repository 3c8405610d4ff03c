import { codeValue, grid, type RepresentationSpec } from './representation.js';
import { checkedGridSize } from './structure.js';

/**
 * The large-batch limits of the two intervention metrics, computed exactly on the factor grid.
 * FactorVAE: with batches large, the local variance of code j when factor k is fixed to v is
 * Var(Z_j | F_k = v); each (k, v) votes for argmin_j Var(Z_j | F_k = v)/Var(Z_j) (ties: the
 * lowest j, ratios within 1e-9 count as tied; codes with std < 0.05 pruned), with weight 1/(K n_k); the per-code majority vote
 * gives the limiting accuracy. BetaVAE: the feature of class k tends to
 * mu_kj = E|Z_j − Z'_j| over pairs sharing F_k; distinct class means are separable by an argmax
 * of affine functions (their Voronoi cells), so the limiting accuracy is (number of distinct
 * means)/K: 1 iff they are distinct.
 * Noise codes: uniform on [0, s) has variance s²/12 and E|U − U'| = s/3; normal, s² and 2s/√π.
 */
function codeColumns(spec: RepresentationSpec): { values: (Float64Array | null)[]; g: Int32Array[]; P: number } {
  const sizes = spec.factorSizes;
  const P = checkedGridSize(sizes);
  const g = grid(sizes);
  const values = spec.codes.map((code) => {
    if (code.kind === 'noise') return null;
    const out = new Float64Array(P);
    for (let p = 0; p < P; p++) out[p] = codeValue(code, sizes, (i) => (g[i] as Int32Array)[p] as number) as number;
    return out;
  });
  return { values, g, P };
}

function noiseVariance(spec: RepresentationSpec, j: number): number {
  const c = spec.codes[j];
  if (c?.kind !== 'noise') return 0;
  return c.dist === 'normal' ? c.scale * c.scale : (c.scale * c.scale) / 12;
}

function variance(xs: ArrayLike<number>, idx?: readonly number[]): number {
  const n = idx ? idx.length : xs.length;
  let s = 0;
  for (let t = 0; t < n; t++) s += xs[idx ? (idx[t] as number) : t] as number;
  const m = s / n;
  let ss = 0;
  for (let t = 0; t < n; t++) ss += ((xs[idx ? (idx[t] as number) : t] as number) - m) ** 2;
  return ss / n;
}

export interface FactorVaeLimit {
  accuracy: number;
  /** The least-varying active code for each factor value, per factor. */
  choices: number[][];
}

/** The FactorVAE score in the limit of large batches and many points. */
export function factorVaeLimit(spec: RepresentationSpec, pruneThreshold = 0.05): FactorVaeLimit {
  const { values, g, P } = codeColumns(spec);
  const K = spec.factorSizes.length;
  const global = values.map((v, j) => (v ? variance(v) : noiseVariance(spec, j)));
  const active = global.flatMap((v, j) => (Math.sqrt(v) >= pruneThreshold && v > 0 ? [j] : []));
  if (active.length === 0) return { accuracy: 0, choices: [] };
  const votes = Array.from({ length: K }, () => new Float64Array(spec.codes.length));
  const choices = spec.factorSizes.map((n, k) =>
    Array.from({ length: n }, (_, v) => {
      const idx: number[] = [];
      for (let p = 0; p < P; p++) if ((g[k] as Int32Array)[p] === v) idx.push(p);
      let best = active[0] as number;
      let bestRatio = Infinity;
      for (const j of active) {
        const col = values[j];
        const local = col ? variance(col, idx) : noiseVariance(spec, j);
        const ratio = local / (global[j] as number);
        if (ratio < bestRatio - 1e-9 * Math.max(1, bestRatio === Infinity ? 1 : bestRatio)) {
          bestRatio = ratio;
          best = j;
        }
      }
      (votes[k] as Float64Array)[best]! += 1 / (K * n);
      return best;
    }),
  );
  let right = 0;
  for (let d = 0; d < spec.codes.length; d++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (((votes[k] as Float64Array)[d] as number) > ((votes[best] as Float64Array)[d] as number)) best = k;
    right += (votes[best] as Float64Array)[d] as number;
  }
  return { accuracy: right, choices };
}

export interface BetaVaeLimit {
  /** mu[k][j] = E|Z_j − Z'_j| over pairs sharing factor k. */
  means: number[][];
  /** The smallest distance between two class means (0: two classes coincide). */
  minDistance: number;
  accuracy: number;
}

/** The BetaVAE feature means per class and the limiting accuracy. */
export function betaVaeLimit(spec: RepresentationSpec): BetaVaeLimit {
  const { values, g, P } = codeColumns(spec);
  const K = spec.factorSizes.length;
  const means = spec.factorSizes.map((n, k) =>
    values.map((col, j) => {
      const c = spec.codes[j];
      if (!col) return c?.kind === 'noise' ? (c.dist === 'normal' ? (2 * c.scale) / Math.sqrt(Math.PI) : c.scale / 3) : 0;
      let total = 0;
      for (let v = 0; v < n; v++) {
        const idx: number[] = [];
        for (let p = 0; p < P; p++) if ((g[k] as Int32Array)[p] === v) idx.push(p);
        let s = 0;
        for (const a of idx) for (const b of idx) s += Math.abs((col[a] as number) - (col[b] as number));
        total += s / (idx.length * idx.length);
      }
      return total / n;
    }),
  );
  let minDistance = Infinity;
  const group = means.map((_, k) => k);
  for (let a = 0; a < K; a++) {
    for (let b = a + 1; b < K; b++) {
      const d = Math.sqrt((means[a] as number[]).reduce((s, x, j) => s + (x - ((means[b] as number[])[j] as number)) ** 2, 0));
      minDistance = Math.min(minDistance, d);
      if (d <= 1e-12) group[b] = group[a] as number;
    }
  }
  if (!Number.isFinite(minDistance)) minDistance = 0;
  // classes with coinciding means are one cell: the classifier gets one of them right
  return { means, minDistance, accuracy: K > 0 ? new Set(group).size / K : 0 };
}
