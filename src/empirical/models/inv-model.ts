import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';

/**
 * The shape every model of the invariance experiments shares: trainable variables and a
 * logit function over images [N, H, W, C]. `invariant` says whether the model is exactly
 * C4-invariant by construction (weight tying or orbit averaging), whatever its weights.
 */
export interface InvModel {
  kind: string;
  invariant: boolean;
  variables: tf.Variable[];
  apply(x: tf.Tensor4D): tf.Tensor2D;
  dispose(): void;
}

/** A trainable variable of Gaussian entries with standard deviation `std`, from `rng`. */
export function gaussianVariable(rng: Rng, shape: number[], std: number): tf.Variable {
  const size = shape.reduce((a, b) => a * b, 1);
  return tf.tidy(() => tf.variable(tf.tensor(rng.normals(size, std), shape)));
}

/** A trainable variable of zeros. */
export function zerosVariable(shape: number[]): tf.Variable {
  return tf.tidy(() => tf.variable(tf.zeros(shape)));
}

/** The activation functions the models use. */
export type Activation = 'tanh' | 'relu' | 'swish';

export function activate(x: tf.Tensor, act: Activation): tf.Tensor {
  switch (act) {
    case 'tanh':
      return tf.tanh(x);
    case 'relu':
      return tf.relu(x);
    case 'swish':
      return tf.mul(x, tf.sigmoid(x));
  }
}
