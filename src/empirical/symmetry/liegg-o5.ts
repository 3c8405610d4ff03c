import type { Rng } from '../../core/rng.js';
import { O5_INPUT_DIM, o5Dataset } from '../data/o5.js';
import { createLieMlp, type LieActivation } from '../models/lie-mlp.js';
import { regressionMse, trainRegression } from '../models/lie-train.js';
import { vectorPolarization } from './liegg.js';
import { lieggSpectrum, nullSpaceReport, type LieggSpectrum, type NullSpaceReport } from './liegg-spectrum.js';

/**
 * The LieGG O(5) experiment (research/invariance.md §2.4, §2.6): an MLP (swish, no bias)
 * trained with Adam on standardised targets, then polarization on fresh points (2 vectors
 * of R^5), its spectrum and its bottom-10 directions against so(5); the same network before
 * training is the control.
 */
export interface O5LieggConfig {
  depth: number;
  width: number;
  trainCount: number;
  epochs: number;
  evalCount: number;
  batchSize?: number;
  learningRate?: number;
  activation?: LieActivation;
}

export interface O5LieggResult {
  trained: NullSpaceReport;
  untrained: NullSpaceReport;
  spectrum: LieggSpectrum;
  untrainedSpectrum: LieggSpectrum;
  /** MSE on standardised targets (1 = predicting the mean). */
  trainMse: number;
  testMse: number;
  params: number;
  ms: number;
}

/** so(5) has dimension 10: the null space LieGG should find. */
export const SO5_DIM = 10;

export function o5LieggExperiment(rng: Rng, cfg: O5LieggConfig): O5LieggResult {
  const t0 = performance.now();
  const train = o5Dataset(rng.fork('train'), cfg.trainCount);
  const test = o5Dataset(rng.fork('test'), cfg.evalCount);
  const model = createLieMlp(rng.fork('init'), { inputDim: O5_INPUT_DIM, outputDim: 1, depth: cfg.depth, width: cfg.width, activation: cfg.activation ?? 'swish' });
  try {
    const spectrumOf = () => lieggSpectrum(vectorPolarization(model.apply, test.inputs, O5_INPUT_DIM, 2));
    const untrainedSpectrum = spectrumOf();
    const fit = trainRegression(model, train.inputs, train.standardized, O5_INPUT_DIM, {
      epochs: cfg.epochs,
      batchSize: cfg.batchSize ?? 250,
      learningRate: cfg.learningRate ?? 3e-3,
      rng: rng.fork('batches'),
    });
    const testStd = test.targets.map((t) => (t - train.mean) / train.std);
    const testMse = regressionMse(model, test.inputs, testStd, O5_INPUT_DIM);
    const spectrum = spectrumOf();
    return {
      trained: nullSpaceReport(spectrum, SO5_DIM),
      untrained: nullSpaceReport(untrainedSpectrum, SO5_DIM),
      spectrum,
      untrainedSpectrum,
      trainMse: fit.mse,
      testMse,
      params: model.paramCount,
      ms: performance.now() - t0,
    };
  } finally {
    model.dispose();
  }
}
