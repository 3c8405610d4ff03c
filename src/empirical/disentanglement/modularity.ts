import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import type { CodesAndFactors } from './arrays.js';
import { discreteInfo, type DiscreteInfo } from './discrete-info.js';
import { generateBatchFactorCode } from './sampling.js';

/**
 * Modularity (Ridgeway & Mozer 2018) as disentanglement_lib computes it from the MI matrix
 * of 20-bin codes: per code, θ_j = max_i m_ji², δ_j = (Σ_i m_ji² − θ_j) / (θ_j (K − 1)),
 * modularity_j = 1 − δ_j, and 0 for a code with θ_j = 0 (a constant code counts as 0);
 * the score is the mean over codes. With a single factor every informative code scores 1.
 * (The library computes it together with explicitness, which is in explicitness.ts.)
 */
export interface ModularityOptions {
  numTrain: number;
  batchSize: number;
  numBins: number;
}

export const MODULARITY_DEFAULTS: Readonly<ModularityOptions> = Object.freeze({ numTrain: 10000, batchSize: 16, numBins: 20 });

export interface ModularityResult {
  score: number;
  perCode: number[];
  info: DiscreteInfo;
}

/** Modularity of an MI matrix [codes × factors]. */
export function modularityFromMi(mi: readonly (readonly number[])[]): { score: number; perCode: number[] } {
  const perCode = mi.map((row) => {
    const sq = row.map((m) => m * m);
    const theta = sq.length ? Math.max(...sq) : 0;
    if (theta === 0) return 0;
    if (sq.length === 1) return 1;
    const delta = (sq.reduce((a, b) => a + b, 0) - theta) / (theta * (sq.length - 1));
    return 1 - delta;
  });
  return { score: perCode.length ? perCode.reduce((a, b) => a + b, 0) / perCode.length : 0, perCode };
}

/** Modularity of given codes and factors. */
export function modularity(data: CodesAndFactors, numBins = 20): ModularityResult {
  const info = discreteInfo(data, numBins);
  return { ...modularityFromMi(info.mi), info };
}

/** Modularity on num_train points sampled from a ground-truth set. */
export function modularityOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<ModularityOptions> = {}): ModularityResult {
  const o = { ...MODULARITY_DEFAULTS, ...opts };
  return modularity(generateBatchFactorCode(data, rep, o.numTrain, rng, o.batchSize), o.numBins);
}
