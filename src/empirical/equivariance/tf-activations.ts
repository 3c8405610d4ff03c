import * as tf from '@tensorflow/tfjs';
import type { Activation } from '../../theory/equivariance/activations.js';

/**
 * The tfjs form of a point-wise activation (same names as the float64 and exact forms in
 * src/theory/equivariance/activations.ts). Every op here has a gradient on wasm.
 */
export function tfActivation(a: Activation): (x: tf.Tensor) => tf.Tensor {
  switch (a.kind) {
    case 'relu':
      return (x) => tf.relu(x);
    case 'leaky-relu':
      return (x) => tf.leakyRelu(x, a.slope);
    case 'tanh':
      return (x) => tf.tanh(x);
    case 'sigmoid':
      return (x) => tf.sigmoid(x);
    case 'gelu':
      return (x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2))));
    case 'rbf':
      return (x) => tf.exp(tf.neg(tf.square(x)));
    case 'softplus':
      return (x) => tf.softplus(x);
    case 'elu':
      return (x) => tf.elu(x);
    case 'power':
      return (x) => {
        let y = x;
        for (let i = 1; i < a.degree; i++) y = tf.mul(y, x);
        return y;
      };
  }
}
