import * as tf from '@tensorflow/tfjs';

/**
 * Float32 equivariance error of λ-twirled kernels on C_N (V6 of research/equivariance.md
 * §3.4): R_λ k = N^{-1} Σ_h λ(h) shift_h(k) applied to a batch of kernels as a circulant
 * matMul, then E_S(k) = max_{h ∈ S} ‖shift_h(k) − k‖ / ‖k‖ over a set S of shifts.
 */
function shiftRows(k: tf.Tensor2D, h: number): tf.Tensor2D {
  const N = k.shape[1];
  const s = ((h % N) + N) % N;
  if (s === 0) return k;
  // shift_h(k)_i = k_{i−h}: the last h entries move to the front.
  return tf.concat([tf.slice(k, [0, N - s], [-1, s]), tf.slice(k, [0, 0], [-1, N - s])], 1);
}

/** max over kernels and shifts in `shifts` of ‖shift_h(k) − k‖ / ‖k‖. */
export function equivarianceError(k: tf.Tensor2D, shifts: readonly number[]): number {
  return tf.tidy(() => {
    const norms = tf.norm(k, 'euclidean', 1);
    const errs = shifts.map((h) => tf.max(tf.div(tf.norm(tf.sub(shiftRows(k, h), k), 'euclidean', 1), norms)));
    return errs.length ? Math.max(...errs.map((e) => e.dataSync()[0]!)) : 0;
  });
}

/** R_λ applied to every row of `kernels` ([B, N]) in float32. */
export function twirl(kernels: tf.Tensor2D, lambda: readonly number[]): tf.Tensor2D {
  const N = lambda.length;
  return tf.tidy(() => {
    // (R k)_i = N^{-1} Σ_j λ(i − j) k_j, i.e. k ↦ k Mᵀ with M_{ij} = λ(i − j)/N.
    const M = Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => lambda[(((i - j) % N) + N) % N]! / N));
    return tf.matMul(kernels, tf.tensor2d(M), false, true) as tf.Tensor2D;
  });
}

/** Errors of the twirled kernels: on the shifts of K, on all of C_N, and of the raw kernels. */
export function twirlErrors(kernelData: Float32Array, N: number, lambda: readonly number[], kShifts: readonly number[]): { onK: number; onAll: number; raw: number } {
  const k = tf.tensor2d(kernelData, [kernelData.length / N, N]);
  const r = twirl(k, lambda);
  const all = Array.from({ length: N - 1 }, (_, i) => i + 1);
  const out = { onK: equivarianceError(r, kShifts), onAll: equivarianceError(r, all), raw: equivarianceError(k, all) };
  tf.dispose([k, r]);
  return out;
}
