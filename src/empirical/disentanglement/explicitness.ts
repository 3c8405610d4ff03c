import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import { meanVar, type CodesAndFactors } from './arrays.js';
import { fitLogisticRegression } from './classifiers/logistic-regression.js';
import { macroAuc } from './classifiers/roc-auc.js';
import { generateBatchFactorCode } from './sampling.js';

/**
 * Explicitness (Ridgeway & Mozer 2018) as disentanglement_lib computes it: codes
 * standardised with the training mean and population std, one LogisticRegression() per
 * factor on all codes, the macro ROC-AUC of its class probabilities against one-hot labels,
 * averaged over factors, on train and on test. Where the library crashes we stay finite: a
 * constant code standardises to 0 (not NaN), classes absent from a split are left out of the
 * AUC average, and a factor with a single value is left out (score 0 if none remains).
 */
export interface ExplicitnessOptions {
  numTrain: number;
  numTest: number;
  batchSize: number;
}

export const EXPLICITNESS_DEFAULTS: Readonly<ExplicitnessOptions> = Object.freeze({ numTrain: 10000, numTest: 5000, batchSize: 16 });

export interface ExplicitnessResult {
  train: number;
  test: number;
  /** Test AUC per factor (null where undefined). */
  perFactor: (number | null)[];
}

/** Standardise codes with a mean and std (std 0 → the code becomes 0). */
export function standardize(codes: readonly Float64Array[], stats: readonly { mean: number; std: number }[]): Float64Array[] {
  return codes.map((c, j) => {
    const { mean, std } = stats[j] as { mean: number; std: number };
    return Float64Array.from(c, (v) => (std > 0 ? (v - mean) / std : 0));
  });
}

/** Explicitness from a train and a test split. */
export function explicitness(train: CodesAndFactors, test: CodesAndFactors): ExplicitnessResult {
  const stats = train.codes.map((c) => {
    const { mean, variance } = meanVar(c);
    return { mean, std: Math.sqrt(variance) };
  });
  const xTrain = standardize(train.codes, stats);
  const xTest = standardize(test.codes, stats);
  const trainScores: number[] = [];
  const testScores: number[] = [];
  const perFactor = train.factors.map((y, i) => {
    const model = fitLogisticRegression(xTrain, y);
    if (model.classes.length < 2) return null;
    const a = macroAuc(model.predictProba(xTrain), model.classes, y);
    const b = macroAuc(model.predictProba(xTest), model.classes, test.factors[i] as Float64Array);
    if (a !== null) trainScores.push(a);
    if (b !== null) testScores.push(b);
    return b;
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : 0);
  return { train: mean(trainScores), test: mean(testScores), perFactor };
}

/** Explicitness on num_train + num_test points sampled from a ground-truth set. */
export function explicitnessOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<ExplicitnessOptions> = {}): ExplicitnessResult {
  const o = { ...EXPLICITNESS_DEFAULTS, ...opts };
  const train = generateBatchFactorCode(data, rep, o.numTrain, rng, o.batchSize);
  const test = generateBatchFactorCode(data, rep, o.numTest, rng, o.batchSize);
  return explicitness(train, test);
}
