import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import type { CodesAndFactors } from './arrays.js';
import { histogramDiscretize } from './histogram.js';
import { generateBatchFactorCode } from './sampling.js';

/**
 * Interventional Robustness Score (Suter et al. 2019) as disentanglement_lib computes it:
 * factors discretised into 20 equal-width bins; constant codes dropped (score 0 if none
 * is left); M_j = max_n |z_nj − mean z_j|; for each factor i and each of its binned values v,
 * q_v = the 99th percentile (numpy's linear interpolation) of |z − E[z | g_i = v]| per code;
 * IRS[j][i] = 1 − mean_v q_v / M_j; score = Σ_j M_j max_i IRS[j][i] / Σ_j M_j.
 * A code counts as constant when its max equals its min (the library tests var > 0).
 */
export interface IrsOptions {
  numTrain: number;
  batchSize: number;
  numBins: number;
  diffQuantile: number;
}

export const IRS_DEFAULTS: Readonly<IrsOptions> = Object.freeze({ numTrain: 10000, batchSize: 16, numBins: 20, diffQuantile: 0.99 });

export interface IrsResult {
  score: number;
  /** max_i IRS[j][i] per active code. */
  perCode: number[];
  /** Indices of the codes that were kept. */
  activeCodes: number[];
  numActive: number;
}

/** numpy.percentile(values, 100·q) with the default linear method (values are sorted in place). */
export function percentileLinear(values: Float64Array, q: number): number {
  const n = values.length;
  if (n === 0) return 0;
  values.sort();
  const virtual = q * (n - 1);
  const lo = Math.floor(virtual);
  const hi = Math.min(lo + 1, n - 1);
  const t = virtual - lo;
  const a = values[lo] as number;
  const b = values[hi] as number;
  const d = b - a;
  return t >= 0.5 ? b - d * (1 - t) : a + d * t;
}

/** IRS of given codes and factors. */
export function irs(data: CodesAndFactors, diffQuantile = IRS_DEFAULTS.diffQuantile, numBins = IRS_DEFAULTS.numBins): IrsResult {
  const activeCodes: number[] = [];
  data.codes.forEach((c, j) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of c) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (hi > lo) activeCodes.push(j);
  });
  if (activeCodes.length === 0) return { score: 0, perCode: [], activeCodes, numActive: 0 };
  const codes = activeCodes.map((j) => data.codes[j] as Float64Array);
  const n = codes[0]?.length ?? 0;
  const maxDev = codes.map((c) => {
    let s = 0;
    for (const v of c) s += v;
    const mean = s / n;
    let m = 0;
    for (const v of c) m = Math.max(m, Math.abs(v - mean));
    return m;
  });
  const irsMatrix = codes.map(() => new Float64Array(data.factors.length));
  data.factors.forEach((f, i) => {
    const binned = histogramDiscretize(f, numBins);
    const groups = new Map<number, number[]>();
    binned.forEach((b, idx) => {
      const g = groups.get(b);
      if (g) g.push(idx);
      else groups.set(b, [idx]);
    });
    codes.forEach((c, j) => {
      let cum = 0;
      for (const rows of groups.values()) {
        let s = 0;
        for (const r of rows) s += c[r] as number;
        const e = s / rows.length;
        const diffs = Float64Array.from(rows, (r) => Math.abs((c[r] as number) - e));
        cum += percentileLinear(diffs, diffQuantile);
      }
      (irsMatrix[j] as Float64Array)[i] = 1 - cum / groups.size / (maxDev[j] as number);
    });
  });
  const perCode = irsMatrix.map((row) => (row.length ? Math.max(...row) : 0));
  const totalDev = maxDev.reduce((a, b) => a + b, 0);
  const score = totalDev > 0 ? perCode.reduce((a, v, j) => a + v * (maxDev[j] as number), 0) / totalDev : perCode.reduce((a, b) => a + b, 0) / perCode.length;
  return { score, perCode, activeCodes, numActive: activeCodes.length };
}

/** IRS on num_train points sampled from a ground-truth set. */
export function irsOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<IrsOptions> = {}): IrsResult {
  const o = { ...IRS_DEFAULTS, ...opts };
  return irs(generateBatchFactorCode(data, rep, o.numTrain, rng, o.batchSize), o.diffQuantile, o.numBins);
}
