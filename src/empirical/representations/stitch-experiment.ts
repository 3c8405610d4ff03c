import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { createMlp, disposeMlp, trainClassifier } from '../models/eqv-mlp.js';
import { spirals } from './spirals.js';
import { stitchAllLayers, type StitchLayer } from './stitching.js';

/**
 * The stitching experiment X2.2: two ReLU MLPs 2 → w → w → w → 3 trained on spirals from
 * different seeds (same data), then stitched at every hidden layer (full, G_ReLU, none).
 */
export interface StitchExperimentOptions {
  width: number;
  perClass: number;
  steps: number;
  lr: number;
}

export interface StitchExperiment {
  accA: number;
  accB: number;
  layers: StitchLayer[];
}

export function runStitchExperiment(opts: StitchExperimentOptions, rng: Rng): StitchExperiment {
  const train = spirals(opts.perClass, 3, rng.fork('train'));
  const test = spirals(opts.perClass, 3, rng.fork('test'));
  const x = tf.tensor2d(train.x, [train.n, 2]);
  const xt = tf.tensor2d(test.x, [test.n, 2]);
  const y = tf.tidy(() => tf.oneHot(tf.tensor1d(train.labels, 'int32'), 3) as tf.Tensor2D);
  const act = (t: tf.Tensor) => tf.relu(t);
  const widths = [2, opts.width, opts.width, opts.width, 3];
  const a = createMlp(widths, rng.fork('A'));
  const b = createMlp(widths, rng.fork('B'));
  try {
    trainClassifier(a, x, y, act, opts.steps, opts.lr);
    trainClassifier(b, x, y, act, opts.steps, opts.lr);
    return stitchAllLayers(a, b, act, x, xt, test.labels);
  } finally {
    disposeMlp(a);
    disposeMlp(b);
    tf.dispose([x, xt, y]);
  }
}
