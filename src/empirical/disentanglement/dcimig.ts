import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import type { CodesAndFactors } from './arrays.js';
import { discreteInfo, topTwo, type DiscreteInfo } from './discrete-info.js';
import { generateBatchFactorCode } from './sampling.js';

/**
 * DCIMIG (Sepliarskaia, Kiseleva & de Rijke; also "3CharM"), on the library's MI matrix:
 * per code j, gap_j = m_j(1) − m_j(2) over factors, credited to the factor of m_j(1) (ties:
 * the lowest index); D_i = the largest gap credited to factor i (0 if none);
 * DCIMIG = Σ_i D_i / Σ_i H_i (0 when every factor is constant).
 */
export interface DcimigOptions {
  numTrain: number;
  batchSize: number;
  numBins: number;
}

export const DCIMIG_DEFAULTS: Readonly<DcimigOptions> = Object.freeze({ numTrain: 10000, batchSize: 16, numBins: 20 });

export interface DcimigResult {
  score: number;
  /** D_i per factor. */
  perFactor: number[];
  /** gap_j and the factor it is credited to, per code. */
  gaps: { gap: number; factor: number }[];
  info: DiscreteInfo;
}

/** DCIMIG from an MI matrix and the factor entropies. */
export function dcimigFromInfo(info: DiscreteInfo): DcimigResult {
  const perFactor = info.entropies.map(() => 0);
  const gaps = info.mi.map((row) => {
    const { first, second, argmax } = topTwo(row);
    const gap = argmax < 0 ? 0 : first - second;
    if (argmax >= 0 && gap > (perFactor[argmax] as number)) perFactor[argmax] = gap;
    return { gap, factor: argmax };
  });
  const total = info.entropies.reduce((a, b) => a + b, 0);
  const score = total > 0 ? perFactor.reduce((a, b) => a + b, 0) / total : 0;
  return { score, perFactor, gaps, info };
}

/** DCIMIG of given codes and factors. */
export function dcimig(data: CodesAndFactors, numBins = 20): DcimigResult {
  return dcimigFromInfo(discreteInfo(data, numBins));
}

/** DCIMIG on num_train points sampled from a ground-truth set. */
export function dcimigOnGroundTruth(data: GroundTruthData, rep: Representation, rng: Rng, opts: Partial<DcimigOptions> = {}): DcimigResult {
  const o = { ...DCIMIG_DEFAULTS, ...opts };
  return dcimig(generateBatchFactorCode(data, rep, o.numTrain, rng, o.batchSize), o.numBins);
}
