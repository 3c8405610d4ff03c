import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';

/**
 * Test inputs for representation measures: ReLU features relu(XW + b) of Gaussian inputs
 * (samples × units), and the transformations the measures should or should not ignore.
 */
export function reluFeatures(samples: number, units: number, rng: Rng, inputDim = 5): tf.Tensor2D {
  const X = rng.normals(samples * inputDim);
  const W = rng.normals(inputDim * units, 1 / Math.sqrt(inputDim));
  const b = rng.normals(units, 0.5);
  return tf.tidy(() => tf.relu(tf.add(tf.matMul(tf.tensor2d(X, [samples, inputDim]), tf.tensor2d(W, [inputDim, units])), tf.tensor1d(b))) as tf.Tensor2D);
}

/** A Haar-random orthogonal matrix (Gram–Schmidt on a Gaussian matrix, float64). */
export function randomOrthogonal(n: number, rng: Rng): number[][] {
  const Q: number[][] = [];
  while (Q.length < n) {
    const v = Array.from({ length: n }, () => rng.normal());
    for (const q of Q) {
      const d = v.reduce((s, x, i) => s + x * q[i]!, 0);
      for (let i = 0; i < n; i++) v[i]! -= d * q[i]!;
    }
    const norm = Math.hypot(...v);
    if (norm > 1e-8) Q.push(v.map((x) => x / norm));
  }
  return Q;
}

/** H P D as a matrix M with (H M)_{:, j} = d_j H_{:, π(j)}. */
export function permScaleMatrix(perm: readonly number[], scales: readonly number[]): number[][] {
  const n = perm.length;
  const M = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  perm.forEach((p, j) => {
    M[p]![j] = scales[j]!;
  });
  return M;
}
