import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { conv2dIm2col } from './conv-im2col.js';
import { activate, gaussianVariable, zerosVariable, type Activation, type InvModel } from './inv-model.js';

/**
 * A plain CNN: 'same' convolutions with free kernels (im2col, trainable on wasm), global
 * average pooling and a dense head. Translation-invariant after pooling, but rotation
 * invariance can only be learned: the counterpart of the p4 CNN without weight tying.
 */
export interface CnnOptions {
  size: number;
  channels: number;
  filters: readonly number[];
  kernel: number;
  classes: number;
  activation?: Activation;
}

export function createCnn(rng: Rng, opts: CnnOptions): InvModel {
  const act = opts.activation ?? 'tanh';
  const k = opts.kernel;
  const kernels: tf.Variable[] = [];
  const biases: tf.Variable[] = [];
  let cin = opts.channels;
  for (const c of opts.filters) {
    kernels.push(gaussianVariable(rng, [k, k, cin, c], Math.sqrt(1 / (k * k * cin))));
    biases.push(zerosVariable([c]));
    cin = c;
  }
  const dense = gaussianVariable(rng, [cin, opts.classes], Math.sqrt(2 / (cin + opts.classes)));
  const denseBias = zerosVariable([opts.classes]);
  return {
    kind: 'cnn',
    invariant: false,
    variables: [...kernels, ...biases, dense, denseBias],
    apply(x) {
      return tf.tidy(() => {
        let h: tf.Tensor4D = x;
        kernels.forEach((w, l) => {
          h = activate(tf.add(conv2dIm2col(h, w as tf.Variable<tf.Rank.R4>), biases[l]!), act) as tf.Tensor4D;
        });
        const pooled = tf.mean(h, [1, 2]) as tf.Tensor2D;
        return tf.add(tf.matMul(pooled, dense as tf.Variable<tf.Rank.R2>), denseBias) as tf.Tensor2D;
      });
    },
    dispose: () => tf.dispose([...kernels, ...biases, dense, denseBias]),
  };
}
