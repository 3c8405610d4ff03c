import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import type { InvModel } from '../models/inv-model.js';
import { rot90Tensor } from '../symmetry/invariance-group.js';

/**
 * The training loop of the invariance experiments: Adam on softmax cross-entropy, with
 * optional explicit C4 augmentation and the invariance-error regulariser
 *   L = CE(z(x), y) + λ · (1/(|G|−1)) Σ_{g≠e} mean_batch ‖z(g·x) − z(x)‖²,  G = C4
 * (research/invariance.md §3.2; the paper's exact form was not available). Deterministic
 * for a seed: batches come from `rng`, weights from the model's own seeded initialiser.
 */
export interface LabelledImages {
  /** N x H x W x C, channels last. */
  images: Float32Array;
  labels: Int32Array;
  count: number;
  size: number;
  channels: number;
  classes: number;
}

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Weight λ of the invariance-error regulariser (0 or absent: plain training). */
  lambda?: number;
  /** Rotate each training image by a random multiple of 90° (explicit C4 augmentation). */
  augment?: boolean;
  rng: Rng;
}

export interface TrainResult {
  steps: number;
  /** Cross-entropy and penalty of the last step. */
  finalLoss: number;
  finalPenalty: number;
  diverged: boolean;
}

const permutations = new Map<string, Int32Array>();

/**
 * The source index of every output entry of rot90^times on an H x W x C image (cached):
 * one quarter turn is dst[r, c] = src[c, H−1−r], as data/glyphs.ts's rot90.
 */
export function rot90Permutation(size: number, channels: number, times: number): Int32Array {
  const t = ((times % 4) + 4) % 4;
  const key = `${size}/${channels}/${t}`;
  let perm = permutations.get(key);
  if (!perm) {
    perm = new Int32Array(size * size * channels);
    for (let i = 0; i < size; i++) {
      for (let j = 0; j < size; j++) {
        let r = i;
        let c = j;
        for (let s = 0; s < t; s++) [r, c] = [c, size - 1 - r];
        for (let ch = 0; ch < channels; ch++) perm[(i * size + j) * channels + ch] = (r * size + c) * channels + ch;
      }
    }
    permutations.set(key, perm);
  }
  return perm;
}

/** rot90 (counter-clockwise, `times` times) of one H x W x C image, written into `out`. */
export function rot90Hwc(src: ArrayLike<number>, size: number, channels: number, times: number, out: Float32Array): void {
  const perm = rot90Permutation(size, channels, times);
  for (let i = 0; i < perm.length; i++) out[i] = src[perm[i]!]!;
}

/** Train `model` in place. */
export function trainClassifier(model: InvModel, data: LabelledImages, opts: TrainOptions): TrainResult {
  const { size, channels, classes } = data;
  const D = size * size * channels;
  const lambda = opts.lambda ?? 0;
  const optimizer = tf.train.adam(opts.learningRate);
  const order = Array.from({ length: data.count }, (_, i) => i);
  let steps = 0;
  let finalLoss = NaN;
  let finalPenalty = 0;
  const tmp = new Float32Array(D);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    opts.rng.shuffle(order);
    for (let start = 0; start < data.count; start += opts.batchSize) {
      const idx = order.slice(start, start + opts.batchSize);
      const xs = new Float32Array(idx.length * D);
      const ys = new Int32Array(idx.length);
      idx.forEach((n, b) => {
        const img = data.images.subarray(n * D, (n + 1) * D);
        if (opts.augment) {
          rot90Hwc(img, size, channels, opts.rng.int(0, 3), tmp);
          xs.set(tmp, b * D);
        } else xs.set(img, b * D);
        ys[b] = data.labels[n]!;
      });
      const last = epoch === opts.epochs - 1 && start + opts.batchSize >= data.count;
      const x = tf.tensor4d(xs, [idx.length, size, size, channels]);
      const y = tf.tidy(() => tf.oneHot(tf.tensor1d(ys, 'int32'), classes).toFloat());
      let penaltyValue: tf.Scalar | null = null;
      const cost = optimizer.minimize(
        () => {
          if (lambda === 0) return tf.losses.softmaxCrossEntropy(y, model.apply(x)) as tf.Scalar;
          const n = idx.length;
          const z = model.apply(tf.concat([0, 1, 2, 3].map((k) => rot90Tensor(x, k)), 0));
          const z0 = tf.slice(z, [0, 0], [n, -1]);
          const rest = tf.reshape(tf.slice(z, [n, 0], [3 * n, -1]), [3, n, -1]);
          const penalty = tf.div(tf.sum(tf.square(tf.sub(rest, tf.expandDims(z0, 0)))), 3 * n) as tf.Scalar;
          if (last) penaltyValue = tf.keep(tf.clone(penalty));
          return tf.add(tf.losses.softmaxCrossEntropy(y, z0), tf.mul(lambda, penalty)) as tf.Scalar;
        },
        last,
        model.variables,
      );
      steps++;
      if (cost) {
        finalLoss = cost.dataSync()[0]!;
        cost.dispose();
      }
      if (penaltyValue) {
        const p = penaltyValue as tf.Scalar;
        finalPenalty = p.dataSync()[0]!;
        finalLoss -= lambda * finalPenalty;
        p.dispose();
      }
      tf.dispose([x, y]);
    }
  }
  optimizer.dispose();
  return { steps, finalLoss, finalPenalty, diverged: !Number.isFinite(finalLoss) };
}

/** Fraction of images whose argmax logit is the label. */
export function accuracy(model: InvModel, data: LabelledImages, chunk = 512): number {
  const D = data.size * data.size * data.channels;
  let correct = 0;
  for (let start = 0; start < data.count; start += chunk) {
    const n = Math.min(chunk, data.count - start);
    const pred = tf.tidy(() => {
      const x = tf.tensor4d(data.images.subarray(start * D, (start + n) * D), [n, data.size, data.size, data.channels]);
      return tf.argMax(model.apply(x), 1);
    });
    const p = pred.dataSync();
    pred.dispose();
    for (let i = 0; i < n; i++) if (p[i] === data.labels[start + i]) correct++;
  }
  return correct / data.count;
}
