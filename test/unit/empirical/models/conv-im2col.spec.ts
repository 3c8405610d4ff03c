import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { conv2dIm2col } from '../../../../src/empirical/models/conv-im2col.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('conv2dIm2col', () => {
  it('should equal tf.conv2d (same padding) and be trainable on wasm', async () => {
    await useWasm();
    const x = tf.randomNormal([2, 6, 6, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const k = tf.variable(tf.randomNormal([3, 3, 3, 4], 0, 1, 'float32', 2) as tf.Tensor4D);
    const ours = conv2dIm2col(x, k);
    const ref = tf.conv2d(x, k, 1, 'same');
    expect(tf.max(tf.abs(tf.sub(ours, ref))).dataSync()[0]).toBeLessThan(1e-4);
    const { grads } = tf.variableGrads(() => tf.sum(tf.square(conv2dIm2col(x, k))) as tf.Scalar);
    expect(grads[k.name]!.shape).toEqual([3, 3, 3, 4]);
    tf.dispose([x, k, ours, ref, ...Object.values(grads)]);
  });

  it('should reject even kernels and channel mismatches', async () => {
    await useWasm();
    const x = tf.zeros([1, 4, 4, 2]) as tf.Tensor4D;
    expect(() => conv2dIm2col(x, tf.zeros([2, 2, 2, 1]) as tf.Tensor4D)).toThrow(/k odd/);
    expect(() => conv2dIm2col(x, tf.zeros([3, 3, 1, 1]) as tf.Tensor4D)).toThrow(/input channels/);
    x.dispose();
  });
});
