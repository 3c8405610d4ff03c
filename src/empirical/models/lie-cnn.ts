import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { conv2dIm2col } from './conv-im2col.js';
import { denseWeight, variableOf, type LieModel } from './lie-mlp.js';

/**
 * A small CNN that trains on the wasm backend (no Conv2DBackpropFilter there): two 3 x 3
 * 'same' convolutions built by im2col (conv-im2col.ts), tanh, 2 x 2 average pooling by
 * reshape-and-mean, and a dense read-out. Input: flattened H x H images, H divisible by 4.
 */
export interface LieCnnConfig {
  size: number;
  channels: number;
  classes: number;
}

function pool2(x: tf.Tensor4D): tf.Tensor4D {
  const [b, h, w, c] = x.shape;
  return tf.mean(tf.reshape(x, [b, h / 2, 2, w / 2, 2, c]), [2, 4]) as tf.Tensor4D;
}

export function createLieCnn(rng: Rng, cfg: LieCnnConfig): LieModel {
  const { size: H, channels: C, classes } = cfg;
  if (H % 4 !== 0) throw new RangeError(`createLieCnn: image size ${H} is not divisible by 4`);
  const k1 = variableOf(tf.tensor4d(rng.normals(9 * C, 1 / 3), [3, 3, 1, C]));
  const k2 = variableOf(tf.tensor4d(rng.normals(9 * C * C, 1 / Math.sqrt(9 * C)), [3, 3, C, C]));
  const b1 = variableOf(tf.zeros([C]));
  const b2 = variableOf(tf.zeros([C]));
  const flat = (H / 4) * (H / 4) * C;
  const W = denseWeight(rng, flat, classes);
  const bOut = variableOf(tf.zeros([classes]));
  const variables = [k1, k2, b1, b2, W, bOut];
  return {
    apply: (x) =>
      tf.tidy(() => {
        const img = tf.reshape(x, [-1, H, H, 1]) as tf.Tensor4D;
        const h1 = pool2(tf.tanh(tf.add(conv2dIm2col(img, k1 as tf.Tensor4D), b1)) as tf.Tensor4D);
        const h2 = pool2(tf.tanh(tf.add(conv2dIm2col(h1, k2 as tf.Tensor4D), b2)) as tf.Tensor4D);
        return tf.add(tf.matMul(tf.reshape(h2, [-1, flat]) as tf.Tensor2D, W as tf.Tensor2D), bOut) as tf.Tensor2D;
      }),
    variables,
    paramCount: variables.reduce((s, v) => s + v.size, 0),
    dispose: () => variables.forEach((v) => v.dispose()),
  };
}
