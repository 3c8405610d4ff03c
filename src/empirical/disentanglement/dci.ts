import { deriveSeed, type Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import type { CodesAndFactors } from './arrays.js';
import { fitGradientBoosting, type GbtOptions } from './classifiers/gradient-boosting.js';
import { accuracy } from './classifiers/logistic-regression.js';
import { generateBatchFactorCode } from './sampling.js';

/**
 * DCI (Eastwood & Williams 2018) as disentanglement_lib's `dci`: importances R[j][i] =
 * feature importances of GradientBoostingClassifier() predicting factor i from all codes.
 * D = Σ_j ρ_j (1 − H_K(P_j·)), P_ji ∝ R_ji + 1e-11, ρ_j = Σ_i R_ji / ΣR (all-ones R for the
 * weights when ΣR = 0); C = Σ_i w_i (1 − H_D(P̃_·i)) likewise over codes; informativeness =
 * mean GBT accuracy over factors (train and test). Entropies in base K (D for C); with a
 * single factor (code) the base-1 entropy is taken as 0, so every code (factor) scores 1.
 */
export interface DciOptions {
  numTrain: number;
  numTest: number;
  batchSize: number;
  gbt: Partial<GbtOptions>;
}

export const DCI_DEFAULTS: Readonly<DciOptions> = Object.freeze({ numTrain: 10000, numTest: 5000, batchSize: 16, gbt: {} });

export interface DciResult {
  disentanglement: number;
  completeness: number;
  informativenessTrain: number;
  informativenessTest: number;
  /** R[code][factor]. */
  importance: number[][];
}

/** 1 − entropy of (p + 1e-11) normalised, in the given base (scipy.stats.entropy). */
function oneMinusEntropy(p: readonly number[], base: number): number {
  if (base <= 1) return 1;
  const q = p.map((v) => v + 1e-11);
  const s = q.reduce((a, b) => a + b, 0);
  let h = 0;
  for (const v of q) {
    const r = v / s;
    if (r > 0) h -= r * Math.log(r);
  }
  return 1 - h / Math.log(base);
}

/** DCI disentanglement of an importance matrix [codes × factors]. */
export function dciDisentanglement(R: readonly (readonly number[])[]): number {
  const K = R[0]?.length ?? 0;
  const perCode = R.map((row) => oneMinusEntropy(row, K));
  const total = R.flat().reduce((a, b) => a + b, 0);
  const weights = R.map((row) => (total > 0 ? row.reduce((a, b) => a + b, 0) / total : 1 / R.length));
  return perCode.reduce((a, d, j) => a + d * (weights[j] as number), 0);
}

/** DCI completeness of an importance matrix [codes × factors]. */
export function dciCompleteness(R: readonly (readonly number[])[]): number {
  const K = R[0]?.length ?? 0;
  const Dn = R.length;
  const total = R.flat().reduce((a, b) => a + b, 0);
  let c = 0;
  for (let i = 0; i < K; i++) {
    const col = R.map((row) => row[i] as number);
    const w = total > 0 ? col.reduce((a, b) => a + b, 0) / total : 1 / K;
    c += w * oneMinusEntropy(col, Dn);
  }
  return c;
}

/** Importances and accuracies from GBTs, one per factor. */
export function gbtImportance(train: CodesAndFactors, test: CodesAndFactors, gbt: Partial<GbtOptions> = {}): { importance: number[][]; trainAcc: number; testAcc: number } {
  const importance = train.codes.map(() => train.factors.map(() => 0));
  let trainAcc = 0;
  let testAcc = 0;
  train.factors.forEach((y, i) => {
    const model = fitGradientBoosting(train.codes, y, { ...gbt, seed: deriveSeed(gbt.seed ?? 0, 'dci', i) });
    model.featureImportances.forEach((v, j) => ((importance[j] as number[])[i] = Math.abs(v)));
    trainAcc += accuracy(model.predict(train.codes), y);
    testAcc += accuracy(model.predict(test.codes), test.factors[i] as Float64Array);
  });
  const K = Math.max(1, train.factors.length);
  return { importance, trainAcc: trainAcc / K, testAcc: testAcc / K };
}

/** DCI of given train and test codes and factors. */
export function dci(train: CodesAndFactors, test: CodesAndFactors, gbt: Partial<GbtOptions> = {}): DciResult {
  const { importance, trainAcc, testAcc } = gbtImportance(train, test, gbt);
  return {
    disentanglement: dciDisentanglement(importance),
    completeness: dciCompleteness(importance),
    informativenessTrain: trainAcc,
    informativenessTest: testAcc,
    importance,
  };
}

/** DCI on num_train + num_test points sampled from a ground-truth set. */
export function dciOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<DciOptions> = {}): DciResult {
  const o = { ...DCI_DEFAULTS, ...opts };
  const train = generateBatchFactorCode(data, rep, o.numTrain, rng, o.batchSize);
  const test = generateBatchFactorCode(data, rep, o.numTest, rng, o.batchSize);
  return dci(train, test, o.gbt);
}
