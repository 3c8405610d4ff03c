import * as tf from '@tensorflow/tfjs';

/**
 * Evaluate the base-2 sin(ωx) construction for every labeling of m points at once, in
 * float32 on the active tfjs backend: a 2^m × m tensor of y_i · sin(ω x_i).
 * Two evaluations: 'reduced' takes the phase k·x mod 2 first (exact in float32 since
 * k < 2^24 and x = 2^{-i}), then sin(π·phase); 'direct' computes sin(ω·x) with ω = π·k
 * rounded to float32, as a naive implementation would.
 */
export interface SineProbe {
  m: number;
  labelings: number;
  /** Labelings whose every sign is right, and the smallest y·sin over all of them. */
  reduced: { realised: number; minMargin: number };
  direct: { realised: number; minMargin: number };
}

export function probeSineShattering(m: number): SineProbe {
  if (!Number.isInteger(m) || m < 1 || m > 20) throw new RangeError(`probeSineShattering: m must be an integer in [1, 20], got ${m}`);
  const L = 2 ** m;
  const ks = new Float32Array(L);
  const ys = new Float32Array(L * m);
  for (let mask = 0; mask < L; mask++) {
    let k = 1;
    for (let i = 0; i < m; i++) {
      const negative = (mask >>> i) & 1; // bit set: label −1
      if (negative) k += 2 ** (i + 1);
      ys[mask * m + i] = negative ? -1 : 1;
    }
    ks[mask] = k;
  }
  const xs = Float32Array.from({ length: m }, (_, i) => 2 ** -(i + 1));
  const [reduced, direct] = tf.tidy(() => {
    const k = tf.tensor2d(ks, [L, 1]);
    const x = tf.tensor2d(xs, [1, m]);
    const y = tf.tensor2d(ys, [L, m]);
    const phase = tf.mod(tf.mul(k, x), 2);
    const signedReduced = tf.mul(y, tf.sin(tf.mul(phase, Math.PI)));
    const omega = tf.mul(k, Math.PI);
    const signedDirect = tf.mul(y, tf.sin(tf.mul(omega, x)));
    return [tf.min(signedReduced, 1), tf.min(signedDirect, 1)] as [tf.Tensor, tf.Tensor];
  });
  const summarise = (t: tf.Tensor) => {
    const rowMin = t.dataSync();
    t.dispose();
    let realised = 0;
    let minMargin = Infinity;
    for (const v of rowMin) {
      if (v > 0) realised++;
      if (v < minMargin) minMargin = v;
    }
    return { realised, minMargin };
  };
  return { m, labelings: L, reduced: summarise(reduced), direct: summarise(direct) };
}
