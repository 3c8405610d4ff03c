import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import type { CodesAndFactors } from './arrays.js';
import { discreteInfo, topTwo, type DiscreteInfo } from './discrete-info.js';
import { generateBatchFactorCode } from './sampling.js';

/**
 * Mutual Information Gap (Chen et al. 2018) as disentanglement_lib computes it:
 * MIG = mean_i (m_(1),i − m_(2),i) / H_i over the two codes with the largest MI with factor i,
 * on 20-bin histogram codes. Where the library divides by zero (a factor with H_i = 0) that
 * factor is left out of the mean; with a single code the runner-up MI is 0.
 */
export interface MigOptions {
  numTrain: number;
  batchSize: number;
  numBins: number;
}

export const MIG_DEFAULTS: Readonly<MigOptions> = Object.freeze({ numTrain: 10000, batchSize: 16, numBins: 20 });

export interface MigResult {
  score: number;
  /** (m_(1) − m_(2)) / H per factor (0 for a constant factor). */
  perFactor: number[];
  info: DiscreteInfo;
}

/** MIG from an MI matrix and the factor entropies. */
export function migFromInfo(info: DiscreteInfo): MigResult {
  const perFactor: number[] = [];
  let sum = 0;
  let counted = 0;
  info.entropies.forEach((h, i) => {
    const { first, second } = topTwo(info.mi.map((row) => row[i] as number));
    const gap = h > 0 ? (first - second) / h : 0;
    perFactor.push(gap);
    if (h > 0) {
      sum += gap;
      counted++;
    }
  });
  return { score: counted > 0 ? sum / counted : 0, perFactor, info };
}

/** MIG of given codes and factors. */
export function mig(data: CodesAndFactors, numBins = 20): MigResult {
  return migFromInfo(discreteInfo(data, numBins));
}

/** MIG on num_train points sampled from a ground-truth set. */
export function migOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<MigOptions> = {}): MigResult {
  const o = { ...MIG_DEFAULTS, ...opts };
  return mig(generateBatchFactorCode(data, rep, o.numTrain, rng, o.batchSize), o.numBins);
}
