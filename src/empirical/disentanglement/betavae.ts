import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import { accuracy, fitLogisticRegression } from './classifiers/logistic-regression.js';
import { generativeSampler, type InterventionSampler } from './sampling.js';

/**
 * BetaVAE score (Higgins et al. 2017) as disentanglement_lib's `beta_vae_sklearn`: for each
 * point draw k uniformly, two batches whose i-th members share factor k, and use the
 * per-code mean |z¹ − z²| over the batch as the feature and k as the label; fit
 * LogisticRegression() on num_train points, score the accuracy on num_eval new points drawn
 * afterwards from the same stream. Defaults: batch 64, 10000 / 5000.
 */
export interface BetaVaeOptions {
  batchSize: number;
  numTrain: number;
  numEval: number;
}

export const BETAVAE_DEFAULTS: Readonly<BetaVaeOptions> = Object.freeze({ batchSize: 64, numTrain: 10000, numEval: 5000 });

export interface BetaVaeResult {
  trainAccuracy: number;
  evalAccuracy: number;
  /** The score reported by the library: eval accuracy. */
  score: number;
}

/** Features (D columns of numPoints) and labels of the BetaVAE classification problem. */
export function betaVaeFeatures(sampler: InterventionSampler, batchSize: number, numPoints: number, rng: Rng): { x: Float64Array[]; y: Float64Array } {
  const y = new Float64Array(numPoints);
  let x: Float64Array[] = [];
  for (let p = 0; p < numPoints; p++) {
    const k = sampler.numFactors > 1 ? rng.int(0, sampler.numFactors - 1) : 0;
    const [z1, z2] = sampler.pairedBatches(k, batchSize, rng);
    if (p === 0) x = z1.map(() => new Float64Array(numPoints));
    z1.forEach((a, j) => {
      const b = z2[j] as Float64Array;
      let s = 0;
      for (let i = 0; i < a.length; i++) s += Math.abs((a[i] as number) - (b[i] as number));
      (x[j] as Float64Array)[p] = s / a.length;
    });
    y[p] = k;
  }
  return { x, y };
}

/** The classifier part: fit on the training features, accuracy on both sets. */
export function betaVaeFromFeatures(train: { x: Float64Array[]; y: Float64Array }, evaluation: { x: Float64Array[]; y: Float64Array }): BetaVaeResult {
  const model = fitLogisticRegression(train.x, train.y);
  const trainAccuracy = accuracy(model.predict(train.x), train.y);
  const evalAccuracy = accuracy(model.predict(evaluation.x), evaluation.y);
  return { trainAccuracy, evalAccuracy, score: evalAccuracy };
}

/** BetaVAE score through an intervention sampler (generative or empirical). */
export function betaVae(sampler: InterventionSampler, rng: Rng, opts: Partial<BetaVaeOptions> = {}): BetaVaeResult {
  const o = { ...BETAVAE_DEFAULTS, ...opts };
  const train = betaVaeFeatures(sampler, o.batchSize, o.numTrain, rng);
  const evaluation = betaVaeFeatures(sampler, o.batchSize, o.numEval, rng);
  return betaVaeFromFeatures(train, evaluation);
}

/** BetaVAE score on a ground-truth set and a representation. */
export function betaVaeOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<BetaVaeOptions> = {}): BetaVaeResult {
  return betaVae(generativeSampler(data, rep), rng, opts);
}
