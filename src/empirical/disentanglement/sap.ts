import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import type { CodesAndFactors } from './arrays.js';
import { fitLinearSvc1d } from './classifiers/linear-svc.js';
import { generateBatchFactorCode } from './sampling.js';

/**
 * SAP score (Kumar et al. 2018) as disentanglement_lib's `sap_score`: a score matrix
 * S[j][i] per (code, factor) and SAP = mean_i of the gap between the two largest S[·][i].
 * Continuous: S = Cov(z_j, f_i)² / (Var z_j · Var f_i) on the training set, 0 when
 * Var z_j <= 1e-12 (and, where the library would divide by zero, when Var f_i <= 1e-12).
 * Discrete (the library default): S = test accuracy of LinearSVC(C=0.01, balanced) trained
 * on z_j alone to predict f_i. Defaults: 10000 train / 5000 test points, batch 16.
 */
export interface SapOptions {
  numTrain: number;
  numTest: number;
  batchSize: number;
  continuous: boolean;
}

export const SAP_DEFAULTS: Readonly<SapOptions> = Object.freeze({ numTrain: 10000, numTest: 5000, batchSize: 16, continuous: false });

export interface SapResult {
  score: number;
  /** S[code][factor]. */
  matrix: number[][];
}

/** Cov²/(Var·Var) with ddof 1 (which cancels). */
function squaredCorrelation(z: Float64Array, f: Float64Array): number {
  const n = z.length;
  if (n < 2) return 0;
  let mz = 0;
  let mf = 0;
  for (let i = 0; i < n; i++) {
    mz += z[i] as number;
    mf += f[i] as number;
  }
  mz /= n;
  mf /= n;
  let czf = 0;
  let czz = 0;
  let cff = 0;
  for (let i = 0; i < n; i++) {
    const a = (z[i] as number) - mz;
    const b = (f[i] as number) - mf;
    czf += a * b;
    czz += a * a;
    cff += b * b;
  }
  const varZ = czz / (n - 1);
  const varF = cff / (n - 1);
  if (!(varZ > 1e-12) || !(varF > 1e-12)) return 0;
  const cov = czf / (n - 1);
  return Math.min(1, (cov * cov) / (varZ * varF));
}

/** The library's `compute_avg_diff_top_two`: mean over factors of S_(1) − S_(2) over codes. */
export function avgDiffTopTwo(matrix: readonly (readonly number[])[]): number {
  const factors = matrix[0]?.length ?? 0;
  if (factors === 0) return 0;
  let total = 0;
  for (let i = 0; i < factors; i++) {
    const col = matrix.map((row) => row[i] as number).sort((a, b) => b - a);
    total += (col[0] ?? 0) - (col[1] ?? 0);
  }
  return total / factors;
}

/** The score matrix S[code][factor]. */
export function sapMatrix(train: CodesAndFactors, test: CodesAndFactors | null, continuous: boolean): number[][] {
  return train.codes.map((z, j) =>
    train.factors.map((f, i) => {
      if (continuous || test === null) return squaredCorrelation(z, f);
      const model = fitLinearSvc1d(z, f, 0.01);
      const pred = model.predict(test.codes[j] as Float64Array);
      const truth = test.factors[i] as Float64Array;
      let ok = 0;
      for (let n = 0; n < truth.length; n++) if (pred[n] === truth[n]) ok++;
      return truth.length ? ok / truth.length : 0;
    }),
  );
}

/** SAP of given train (and, for the discrete score, test) codes and factors. */
export function sap(train: CodesAndFactors, test: CodesAndFactors | null, continuous = false): SapResult {
  const matrix = sapMatrix(train, test, continuous);
  return { score: avgDiffTopTwo(matrix), matrix };
}

/** SAP on num_train + num_test points sampled from a ground-truth set. */
export function sapOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<SapOptions> = {}): SapResult {
  const o = { ...SAP_DEFAULTS, ...opts };
  const train = generateBatchFactorCode(data, rep, o.numTrain, rng, o.batchSize);
  const test = generateBatchFactorCode(data, rep, o.numTest, rng, o.batchSize);
  return sap(train, test, o.continuous);
}
