import { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import { takeColumns, type CodesAndFactors } from './arrays.js';
import { betaVae } from './betavae.js';
import { dcimigFromInfo } from './dcimig.js';
import { dci } from './dci.js';
import { discreteInfo } from './discrete-info.js';
import { explicitness } from './explicitness.js';
import { factorVae } from './factorvae.js';
import { irs } from './irs.js';
import { migFromInfo } from './mig.js';
import { modularityFromMi } from './modularity.js';
import { sap } from './sap.js';
import { empiricalSampler, generateBatchFactorCode, generativeSampler, type InterventionSampler } from './sampling.js';

/**
 * Every metric at once, on a ground-truth set (each metric draws its own sample from a fresh
 * stream of the same seed, as the library runs each metric with RandomState(seed)) or on
 * given arrays (all rows for the MI metrics, a seeded 2:1 train/test split for the
 * model-based ones, rows sharing a factor value for the intervention metrics).
 */
export const METRIC_NAMES = ['mig', 'dcimig', 'sap', 'sap_continuous', 'modularity', 'explicitness', 'irs', 'betavae', 'factorvae', 'dci'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface DciScores {
  disentanglement: number;
  completeness: number;
  informativeness: number;
}

/** Scores by metric name (dci is a triple); only the requested metrics are present. */
export type MetricScores = Partial<Record<Exclude<MetricName, 'dci'>, number>> & { dci?: DciScores };

/** Sample sizes of every metric. */
export interface MetricSizes {
  /** MIG, DCIMIG, Modularity, IRS and the train split of SAP, DCI, Explicitness. */
  numTrain: number;
  /** Test split of SAP, DCI, Explicitness. */
  numTest: number;
  /** Chunk size of generate_batch_factor_code. */
  batchSize: number;
  /** BetaVAE / FactorVAE training and evaluation points, and their batch. */
  interventionTrain: number;
  interventionEval: number;
  interventionBatch: number;
  numVarianceEstimate: number;
  /** DCI's own train/test sizes (GBT is the slowest part). */
  dciTrain: number;
  dciTest: number;
}

/** disentanglement_lib's unsupervised_study_v1 defaults. */
export const LIBRARY_SIZES: Readonly<MetricSizes> = Object.freeze({
  numTrain: 10000,
  numTest: 5000,
  batchSize: 16,
  interventionTrain: 10000,
  interventionEval: 5000,
  interventionBatch: 64,
  numVarianceEstimate: 10000,
  dciTrain: 10000,
  dciTest: 5000,
});

/** The reduced sizes of the notes' §5 runs for the model-based metrics (verdicts unchanged). */
export const REDUCED_SIZES: Readonly<MetricSizes> = Object.freeze({
  numTrain: 10000,
  numTest: 5000,
  batchSize: 16,
  interventionTrain: 2000,
  interventionEval: 1000,
  interventionBatch: 64,
  numVarianceEstimate: 10000,
  dciTrain: 2000,
  dciTest: 1000,
});

/** Compute the requested metrics from train/test splits and an intervention sampler. */
function computeAll(
  whole: () => CodesAndFactors,
  train: () => CodesAndFactors,
  test: () => CodesAndFactors,
  dciSplit: () => [CodesAndFactors, CodesAndFactors],
  sampler: InterventionSampler,
  rngFor: (metric: MetricName) => Rng,
  sizes: MetricSizes,
  which: readonly MetricName[],
): MetricScores {
  const out: MetricScores = {};
  const want = new Set(which);
  if (want.has('mig') || want.has('dcimig') || want.has('modularity')) {
    const info = discreteInfo(whole());
    if (want.has('mig')) out.mig = migFromInfo(info).score;
    if (want.has('dcimig')) out.dcimig = dcimigFromInfo(info).score;
    if (want.has('modularity')) out.modularity = modularityFromMi(info.mi).score;
  }
  if (want.has('irs')) out.irs = irs(whole()).score;
  if (want.has('sap')) out.sap = sap(train(), test(), false).score;
  if (want.has('sap_continuous')) out.sap_continuous = sap(whole(), null, true).score;
  if (want.has('explicitness')) out.explicitness = explicitness(train(), test()).test;
  if (want.has('dci')) {
    const [a, b] = dciSplit();
    const r = dci(a, b);
    out.dci = { disentanglement: r.disentanglement, completeness: r.completeness, informativeness: r.informativenessTest };
  }
  const iv = { batchSize: sizes.interventionBatch, numTrain: sizes.interventionTrain, numEval: sizes.interventionEval };
  if (want.has('betavae')) out.betavae = betaVae(sampler, rngFor('betavae'), iv).score;
  if (want.has('factorvae')) out.factorvae = factorVae(sampler, rngFor('factorvae'), { ...iv, numVarianceEstimate: sizes.numVarianceEstimate }).score;
  return out;
}

/** Every requested metric on a ground-truth set through a representation. */
export function allMetricsOnGroundTruth(data: GroundTruthData, rep: Representation, seed: number, sizes: MetricSizes = LIBRARY_SIZES, which: readonly MetricName[] = METRIC_NAMES): MetricScores {
  // One draw serves every metric that uses num_train (+ num_test) points from a fresh stream,
  // exactly what each would draw on its own.
  let cached: [CodesAndFactors, CodesAndFactors] | undefined;
  const split = (): [CodesAndFactors, CodesAndFactors] => {
    if (!cached) {
      const rng = new Rng(seed);
      const a = generateBatchFactorCode(data, rep, sizes.numTrain, rng, sizes.batchSize);
      cached = [a, generateBatchFactorCode(data, rep, sizes.numTest, rng, sizes.batchSize)];
    }
    return cached;
  };
  const dciSplit = (): [CodesAndFactors, CodesAndFactors] => {
    const rng = new Rng(seed);
    const a = generateBatchFactorCode(data, rep, sizes.dciTrain, rng, sizes.batchSize);
    return [a, generateBatchFactorCode(data, rep, sizes.dciTest, rng, sizes.batchSize)];
  };
  return computeAll(() => split()[0], () => split()[0], () => split()[1], dciSplit, generativeSampler(data, rep), () => new Rng(seed), sizes, which);
}

/** Every requested metric on given codes and factors (the `theorycheck metrics` path). */
export function allMetricsOnArrays(
  data: CodesAndFactors,
  seed: number,
  sizes: MetricSizes = LIBRARY_SIZES,
  which: readonly MetricName[] = METRIC_NAMES,
  opts: { shuffle?: boolean } = {},
): MetricScores {
  const n = data.codes[0]?.length ?? 0;
  const rows = Array.from({ length: n }, (_, i) => i);
  // rows may come ordered (dSprites is stored lexicographically): split a seeded shuffle
  const order = opts.shuffle === false ? rows : new Rng(seed).shuffle(rows);
  const cut = Math.ceil((2 * n) / 3);
  const pick = (idx: number[]): CodesAndFactors => ({ codes: takeColumns(data.codes, idx), factors: takeColumns(data.factors, idx) });
  const train = pick(order.slice(0, cut));
  const test = pick(order.slice(cut));
  return computeAll(() => data, () => train, () => test, () => [train, test], empiricalSampler(data), () => new Rng(seed), sizes, which);
}
