import type { Rng } from '../../core/rng.js';
import { glyphDataset } from '../data/glyphs.js';
import { createLieCnn } from '../models/lie-cnn.js';
import { createLieMlp, type LieModel } from '../models/lie-mlp.js';
import { accuracy, trainClassifier } from '../models/lie-train.js';
import { imagePolarization } from './liegg-images.js';
import { lieggSpectrum, nullSpaceReport, type LieggSpectrum, type NullSpaceReport } from './liegg-spectrum.js';

/**
 * LieGG on procedural rotated glyphs (research/invariance.md §2.6, B): a classifier trained
 * with softmax cross-entropy, then per-class polarization (4 columns, L2-normalised logits,
 * central differences, centred coordinates) on held-out glyphs; the bottom direction is
 * compared with so(2). The untrained network is the control.
 */
export interface GlyphLieggConfig {
  size: number;
  model: 'mlp' | 'cnn';
  depth: number;
  width: number;
  trainCount: number;
  epochs: number;
  evalCount: number;
  /** Training data rotation ('none' is the "trained without rotations" control). */
  rotation?: 'continuous' | 'none';
  batchSize?: number;
  learningRate?: number;
}

export interface GlyphLieggResult {
  trained: NullSpaceReport;
  untrained: NullSpaceReport;
  spectrum: LieggSpectrum;
  untrainedSpectrum: LieggSpectrum;
  accuracy: number;
  params: number;
  ms: number;
}

function buildModel(rng: Rng, cfg: GlyphLieggConfig): LieModel {
  const D = cfg.size * cfg.size;
  return cfg.model === 'cnn'
    ? createLieCnn(rng, { size: cfg.size, channels: cfg.width, classes: 4 })
    : createLieMlp(rng, { inputDim: D, outputDim: 4, depth: cfg.depth, width: cfg.width, activation: 'tanh', bias: true });
}

export function glyphLieggExperiment(rng: Rng, cfg: GlyphLieggConfig): GlyphLieggResult {
  const t0 = performance.now();
  const H = cfg.size;
  const train = glyphDataset(rng.fork('train'), { count: cfg.trainCount, size: H, rotation: cfg.rotation ?? 'continuous' });
  const test = glyphDataset(rng.fork('test'), { count: cfg.evalCount, size: H, rotation: 'continuous' });
  const model = buildModel(rng.fork('init'), cfg);
  try {
    const spectrumOf = () => lieggSpectrum(imagePolarization(model.apply, test.images, H, { output: 'l2', perOutput: true }));
    const untrainedSpectrum = spectrumOf();
    trainClassifier(model, train.images, train.labels, 4, H * H, {
      epochs: cfg.epochs,
      batchSize: cfg.batchSize ?? 64,
      learningRate: cfg.learningRate ?? 1e-3,
      rng: rng.fork('batches'),
    });
    const spectrum = spectrumOf();
    return {
      trained: nullSpaceReport(spectrum, 1),
      untrained: nullSpaceReport(untrainedSpectrum, 1),
      spectrum,
      untrainedSpectrum,
      accuracy: accuracy(model, test.images, test.labels, H * H),
      params: model.paramCount,
      ms: performance.now() - t0,
    };
  } finally {
    model.dispose();
  }
}
