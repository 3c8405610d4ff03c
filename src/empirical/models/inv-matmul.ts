import * as tf from '@tensorflow/tfjs';

/**
 * Matrix products whose gradients use explicit transposes. On the tfjs wasm backend a
 * matMul with transposeA/transposeB set (what tf.matMul's own gradient uses) and a batched
 * (rank-3) matMul are an order of magnitude slower than transpose + plain 2-D matMul
 * (measured: 1200x256 by 256x64, 18 ms vs 1.6 ms). Same values, same gradients.
 */
const fastProduct = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [a, b, save] = args as [tf.Tensor2D, tf.Tensor2D, tf.GradSaveFunc];
  save([a, b]);
  return {
    value: tf.matMul(a, b),
    gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
      const [sa, sb] = saved as [tf.Tensor2D, tf.Tensor2D];
      return [tf.matMul(dy as tf.Tensor2D, tf.transpose(sb)), tf.matMul(tf.transpose(sa), dy as tf.Tensor2D)];
    },
  };
});

/** a · b for 2-D tensors, with a transpose-explicit gradient. */
export function matMulFast(a: tf.Tensor2D, b: tf.Tensor2D): tf.Tensor2D {
  return fastProduct(a, b) as tf.Tensor2D;
}

/** [M, B, I] x [M, I, O] -> [M, B, O] as M plain 2-D products (see matMulFast). */
export function batchMatMulFast(a: tf.Tensor3D, b: tf.Tensor3D): tf.Tensor3D {
  return tf.tidy(() => {
    if (a.shape[0] === 1) return tf.expandDims(matMulFast(tf.squeeze(a, [0]) as tf.Tensor2D, tf.squeeze(b, [0]) as tf.Tensor2D), 0) as tf.Tensor3D;
    // slices, not tf.unstack: the wasm Unpack kernel is slow (~10 ms for a few hundred KB)
    const [M, rows, inner] = a.shape;
    const cols = b.shape[2];
    const products = Array.from({ length: M }, (_, m) =>
      matMulFast(tf.reshape(tf.slice(a, [m, 0, 0], [1, rows, inner]), [rows, inner]), tf.reshape(tf.slice(b, [m, 0, 0], [1, inner, cols]), [inner, cols])),
    );
    return tf.stack(products) as tf.Tensor3D;
  });
}
