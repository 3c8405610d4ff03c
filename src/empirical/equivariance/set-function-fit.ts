import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { createMlp, disposeMlp, mlpFrom } from '../models/eqv-mlp.js';

/**
 * Fit a permutation-invariant set function to a target on a finite point set (float32, Adam,
 * full batch), in one of two universality classes of equal separation power:
 * - 'additive' (filter-1 CNN / DeepSets without context): F(x) = Σ_i h(x_i);
 * - 'pointnet': F(x) = Σ_i h(x_i, s), s = Σ_j x_j.
 * h is a tanh MLP. Returns the grid MSE and sup error of the trained F.
 */
export type SetForm = 'additive' | 'pointnet';

export interface SetFitOptions {
  form: SetForm;
  hidden: number;
  steps: number;
  lr: number;
}

export interface SetFitResult {
  mse: number;
  sup: number;
  /** F at every point (for plots). */
  predictions: number[];
}

/** points: [N][n]; target: N values. */
export function fitSetFunction(points: readonly (readonly number[])[], target: readonly number[], opts: SetFitOptions, rng: Rng): SetFitResult {
  const N = points.length;
  const n = points[0]?.length ?? 0;
  const inDim = opts.form === 'additive' ? 1 : 2;
  const h = createMlp([inDim, opts.hidden, opts.hidden, 1], rng);
  const act = (t: tf.Tensor) => tf.tanh(t);
  const opt = tf.train.adam(opts.lr);
  const x = tf.tensor2d(points.flat(), [N, n]);
  const y = tf.tensor1d(target as number[]);
  // h's inputs, centred and scaled to unit spread (h absorbs any affine change of its inputs).
  const elementInputs = tf.tidy(() => {
    const xi = tf.reshape(x, [N * n, 1]);
    const raw = opts.form === 'additive' ? xi : tf.concat([xi, tf.reshape(tf.tile(tf.sum(x, 1, true), [1, n]), [N * n, 1])], 1);
    const { mean, variance } = tf.moments(raw, 0, true);
    return tf.div(tf.sub(raw, mean), tf.sqrt(tf.add(variance, 1e-12)));
  }) as tf.Tensor2D;
  const F = () => tf.sum(tf.reshape(mlpFrom(h, elementInputs, 0, act), [N, n]), 1);
  try {
    const vars = [...h.weights, ...h.biases];
    for (let s = 0; s < opts.steps; s++) opt.minimize(() => tf.tidy(() => tf.mean(tf.square(tf.sub(F(), y))) as tf.Scalar), false, vars);
    return tf.tidy(() => {
      const f = F();
      const err = tf.sub(f, y);
      return {
        mse: tf.mean(tf.square(err)).dataSync()[0]!,
        sup: tf.max(tf.abs(err)).dataSync()[0]!,
        predictions: Array.from(f.dataSync()),
      };
    });
  } finally {
    opt.dispose();
    disposeMlp(h);
    tf.dispose([x, y, elementInputs]);
  }
}
