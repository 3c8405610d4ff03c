import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import { fitMajorityVote, voteAccuracy } from './classifiers/majority-vote.js';
import { generativeSampler, type InterventionSampler } from './sampling.js';

/**
 * FactorVAE score (Kim & Mnih 2018) as disentanglement_lib computes it: global variances
 * (ddof 1) of each code over num_variance_estimate points drawn in one batch; codes with
 * std < threshold pruned (0 when none is left); for each point draw k, a batch with factor k
 * fixed to the first member's value, and vote for argmin over active codes of local/global
 * variance (ties: the lowest); a per-code majority vote classifies, scored on num_eval new
 * points. Defaults: batch 64, 10000 / 5000, 10000 points for the variances, threshold 0.05.
 */
export interface FactorVaeOptions {
  batchSize: number;
  numTrain: number;
  numEval: number;
  numVarianceEstimate: number;
  pruneThreshold: number;
}

export const FACTORVAE_DEFAULTS: Readonly<FactorVaeOptions> = Object.freeze({
  batchSize: 64,
  numTrain: 10000,
  numEval: 5000,
  numVarianceEstimate: 10000,
  pruneThreshold: 0.05,
});

export interface FactorVaeResult {
  trainAccuracy: number;
  evalAccuracy: number;
  score: number;
  numActive: number;
}

/** Sample variance with ddof = 1 (0 for fewer than 2 values). */
function variance1(x: Float64Array): number {
  const n = x.length;
  if (n < 2) return 0;
  let s = 0;
  for (const v of x) s += v;
  const m = s / n;
  let ss = 0;
  for (const v of x) ss += (v - m) * (v - m);
  return ss / (n - 1);
}

/** Votes[k][d]: how often fixing factor k made active code d the least varying. */
export function factorVaeVotes(sampler: InterventionSampler, globalVariances: readonly number[], active: readonly number[], batchSize: number, numPoints: number, rng: Rng): Float64Array[] {
  const votes = Array.from({ length: sampler.numFactors }, () => new Float64Array(globalVariances.length));
  for (let p = 0; p < numPoints; p++) {
    const k = sampler.numFactors > 1 ? rng.int(0, sampler.numFactors - 1) : 0;
    const codes = sampler.fixedFactorBatch(k, batchSize, rng);
    let best = 0;
    let bestRatio = Infinity;
    active.forEach((j, a) => {
      const ratio = variance1(codes[j] as Float64Array) / (globalVariances[j] as number);
      if (ratio < bestRatio) {
        bestRatio = ratio;
        best = a;
      }
    });
    (votes[k] as Float64Array)[best]! += 1;
  }
  return votes;
}

/** FactorVAE score through an intervention sampler (generative or empirical). */
export function factorVae(sampler: InterventionSampler, rng: Rng, opts: Partial<FactorVaeOptions> = {}): FactorVaeResult {
  const o = { ...FACTORVAE_DEFAULTS, ...opts };
  const globalVariances = sampler.sample(o.numVarianceEstimate, rng).map(variance1);
  const active = globalVariances.flatMap((v, j) => (Math.sqrt(v) >= o.pruneThreshold && v > 0 ? [j] : []));
  if (active.length === 0) return { trainAccuracy: 0, evalAccuracy: 0, score: 0, numActive: 0 };
  const train = factorVaeVotes(sampler, globalVariances, active, o.batchSize, o.numTrain, rng);
  const model = fitMajorityVote(train);
  const evaluation = factorVaeVotes(sampler, globalVariances, active, o.batchSize, o.numEval, rng);
  const evalAccuracy = voteAccuracy(model, evaluation);
  return { trainAccuracy: voteAccuracy(model, train), evalAccuracy, score: evalAccuracy, numActive: active.length };
}

/** FactorVAE score on a ground-truth set and a representation. */
export function factorVaeOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<FactorVaeOptions> = {}): FactorVaeResult {
  return factorVae(generativeSampler(data, rep), rng, opts);
}
