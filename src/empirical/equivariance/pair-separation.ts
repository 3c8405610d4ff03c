import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import type { Activation } from '../../theory/equivariance/activations.js';
import { circularCnnFeatures, randomCircularCnn } from '../models/eqv-circular-cnn.js';
import { tfActivation } from './tf-activations.js';

/**
 * Train a small sum-pooled circular CNN to tell two sequences apart (design X1.3 of
 * research/equivariance.md): Adam ascends (f(x) − f(y))² / (1 + f(x)² + f(y)²) with
 * f = a · pooled features. For a pair the architecture cannot separate, every step keeps
 * |f(x) − f(y)| at float32 noise; for a separable pair the gap grows.
 */
export interface PairTrainingOptions {
  k: number;
  depth: number;
  width: number;
  steps: number;
  lr: number;
  activation: Activation;
}

export interface PairTrainingResult {
  /** |f(x) − f(y)| after training. */
  finalGap: number;
  /** The largest |f(x) − f(y)| seen at any step (including the start). */
  maxGap: number;
}

export function trainPairSeparation(x: readonly number[], y: readonly number[], opts: PairTrainingOptions, rng: Rng): PairTrainingResult {
  const init = randomCircularCnn({ k: opts.k, depth: opts.depth, width: opts.width }, rng);
  const layers = init.map((l) =>
    tf.tidy(() => ({
      kernel: tf.variable(tf.tensor2d(l.kernel, [opts.k * l.cIn, l.cOut])),
      bias: tf.variable(tf.tensor1d(l.bias)),
    })),
  );
  const readoutInit = rng.normals(opts.width, 1 / Math.sqrt(opts.width));
  const readout = tf.tidy(() => tf.variable(tf.tensor2d(readoutInit, [opts.width, 1])));
  const act = tfActivation(opts.activation);
  const input = tf.tensor2d([...x, ...y], [2, x.length]);
  const opt = tf.train.adam(opts.lr);
  const vars = [...layers.flatMap((l) => [l.kernel, l.bias]), readout];
  const outputs = () => tf.reshape(tf.matMul(circularCnnFeatures(input, layers, opts.k, act), readout), [2]);
  const gapNow = () =>
    tf.tidy(() => {
      const f = outputs().dataSync();
      return Math.abs(f[0]! - f[1]!);
    });
  try {
    let maxGap = gapNow();
    for (let s = 0; s < opts.steps; s++) {
      opt.minimize(
        () =>
          tf.tidy(() => {
            const f = outputs();
            const [fx, fy] = tf.split(f, 2) as [tf.Tensor, tf.Tensor];
            const num = tf.square(tf.sub(fx, fy));
            const den = tf.add(1, tf.add(tf.square(fx), tf.square(fy)));
            return tf.neg(tf.sum(tf.div(num, den))) as tf.Scalar;
          }),
        false,
        vars,
      );
      maxGap = Math.max(maxGap, gapNow());
    }
    return { finalGap: gapNow(), maxGap };
  } finally {
    opt.dispose();
    tf.dispose([input, readout, ...layers.flatMap((l) => [l.kernel, l.bias])]);
  }
}
