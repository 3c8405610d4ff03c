import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import type { LieModel } from './lie-mlp.js';

/**
 * Mini-batch Adam training of a LieModel: MSE regression or softmax cross-entropy
 * classification (on logits: tfjs-layers' categoricalCrossentropy expects probabilities,
 * research/invariance.md §7). Batches are drawn by a seeded shuffle; every tensor is disposed.
 */
export interface LieTrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  rng: Rng;
}

function shuffled(rng: Rng, n: number): Int32Array {
  const idx = Array.from({ length: n }, (_, i) => i);
  return Int32Array.from(rng.shuffle(idx));
}

function fit(model: LieModel, X: tf.Tensor2D, Y: tf.Tensor2D, loss: (pred: tf.Tensor2D, y: tf.Tensor2D) => tf.Scalar, opts: LieTrainOptions): void {
  const n = X.shape[0];
  const optimizer = tf.train.adam(opts.learningRate);
  try {
    for (let e = 0; e < opts.epochs; e++) {
      const order = shuffled(opts.rng, n);
      for (let start = 0; start < n; start += opts.batchSize) {
        tf.tidy(() => {
          const idx = tf.tensor1d(order.subarray(start, Math.min(n, start + opts.batchSize)), 'int32');
          const xb = tf.gather(X, idx);
          const yb = tf.gather(Y, idx);
          optimizer.minimize(() => loss(model.apply(xb), yb), false, model.variables);
        });
      }
    }
  } finally {
    optimizer.dispose();
  }
}

/** Train on (X, y) with the MSE loss; returns the final mean squared error on the training set. */
export function trainRegression(model: LieModel, X: Float32Array, y: Float32Array, inputDim: number, opts: LieTrainOptions): { mse: number } {
  const n = y.length;
  const Xt = tf.tensor2d(X, [n, inputDim]);
  const Yt = tf.tensor2d(y, [n, 1]);
  try {
    fit(model, Xt, Yt, (p, t) => tf.losses.meanSquaredError(t, p) as tf.Scalar, opts);
    return { mse: regressionMse(model, X, y, inputDim) };
  } finally {
    Xt.dispose();
    Yt.dispose();
  }
}

/** Mean squared error of a scalar-output model on (X, y). */
export function regressionMse(model: LieModel, X: Float32Array, y: Float32Array, inputDim: number): number {
  return tf.tidy(() => tf.losses.meanSquaredError(tf.tensor2d(y, [y.length, 1]), model.apply(tf.tensor2d(X, [y.length, inputDim]))).dataSync()[0]!);
}

/** Train a classifier (logit outputs) with softmax cross-entropy; returns the final training loss. */
export function trainClassifier(model: LieModel, X: Float32Array, labels: Int32Array, classes: number, inputDim: number, opts: LieTrainOptions): { loss: number } {
  const n = labels.length;
  const Xt = tf.tensor2d(X, [n, inputDim]);
  const Yt = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(labels, 'int32'), classes), 'float32') as tf.Tensor2D);
  try {
    const ce = (p: tf.Tensor2D, t: tf.Tensor2D) => tf.losses.softmaxCrossEntropy(t, p) as tf.Scalar;
    fit(model, Xt, Yt, ce, opts);
    return { loss: tf.tidy(() => ce(model.apply(Xt), Yt).dataSync()[0]!) };
  } finally {
    Xt.dispose();
    Yt.dispose();
  }
}

/** Fraction of rows whose argmax logit is the label. */
export function accuracy(model: LieModel, X: Float32Array, labels: Int32Array, inputDim: number): number {
  const pred = tf.tidy(() => tf.argMax(model.apply(tf.tensor2d(X, [labels.length, inputDim])), 1).dataSync());
  let hit = 0;
  labels.forEach((l, i) => (hit += pred[i] === l ? 1 : 0));
  return labels.length ? hit / labels.length : 0;
}
