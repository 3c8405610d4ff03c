import * as tf from '@tensorflow/tfjs';

/**
 * A 'same'-padded, stride-1 2-D convolution built from pad, slice, concat and matMul, so
 * that it trains on every backend (the wasm backend has no Conv2DBackpropFilter kernel;
 * research/backends-and-tooling.md §1). Exact: the same sums as tf.conv2d.
 *
 * x: [batch, h, w, cIn]; kernel: [k, k, cIn, cOut] (k odd).
 */
export function conv2dIm2col(x: tf.Tensor4D, kernel: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [b, h, w, c] = x.shape;
    const [k, k2, cIn, cOut] = kernel.shape;
    if (k !== k2 || k % 2 !== 1) throw new RangeError(`conv2dIm2col: kernel must be k x k with k odd, got ${k} x ${k2}`);
    if (cIn !== c) throw new RangeError(`conv2dIm2col: kernel expects ${cIn} input channels, input has ${c}`);
    const p = (k - 1) / 2;
    const padded = tf.pad(x, [[0, 0], [p, p], [p, p], [0, 0]]);
    const columns: tf.Tensor4D[] = [];
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) columns.push(tf.slice(padded, [0, i, j, 0], [b, h, w, c]));
    const patches = tf.reshape(tf.concat(columns, 3), [b * h * w, k * k * c]);
    return tf.reshape(tf.matMul(patches, tf.reshape(kernel, [k * k * c, cOut])), [b, h, w, cOut]) as tf.Tensor4D;
  });
}
