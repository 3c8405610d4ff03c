import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';

/**
 * The C_N toy of research/equivariance.md §3.5 (T3), a tfjs analogue of Veefkind & Cesa's
 * learned degree of equivariance: f(x) = xᵀ M x with M = N^{-1} Σ_h λ(h) P_hᵀ Q P_h,
 * λ = N·softmax(θ) (a likelihood on C_N with mean 1) and a free matrix Q. Trained with Adam
 * on normalised MSE + γ·KL(λ‖U) + wd·‖Q‖² + α·(max_h log λ(h) − log λ(e)), from θ = 0 (λ uniform) and a small random Q;
 * the last quarter of the steps runs at a tenth of the learning rate.
 */
export type C8Target = 'alternating' | 'invariant' | 'single';

export interface C8Options {
  N: number;
  samples: number;
  steps: number;
  lr: number;
  gamma: number;
  weightDecay: number;
  /** Weight α of the alignment loss max_h log λ(h) − log λ(e) (Veefkind & Cesa's code: 5; 0 = off). */
  alignment: number;
  target: C8Target;
}

export interface C8Result {
  /** The learned likelihood λ(h), h = 0..N−1 (mean 1). */
  lambda: number[];
  /** Final normalised MSE (1 = predicting zero). */
  nmse: number;
  /** ‖Q‖_F at the end. */
  qNorm: number;
}

/** y for each target: Σ_j (−1)^j x_j², Σ_j x_j², or x_0². */
function targetOf(x: Float32Array, N: number, samples: number, target: C8Target): Float32Array {
  const y = new Float32Array(samples);
  for (let s = 0; s < samples; s++) {
    let v = 0;
    for (let j = 0; j < N; j++) {
      const x2 = x[s * N + j]! ** 2;
      if (target === 'alternating') v += j % 2 === 0 ? x2 : -x2;
      else if (target === 'invariant') v += x2;
      else if (j === 0) v += x2;
    }
    y[s] = v;
  }
  return y;
}

/**
 * The linear map q ↦ vec(P_hᵀ Q P_h) for every shift h, stacked: [N·N², N²] with
 * (P_hᵀ Q P_h)_{ij} = Q_{i+h, j+h}.
 */
function conjugationOperators(N: number): Float32Array {
  const N2 = N * N;
  const K = new Float32Array(N * N2 * N2);
  for (let h = 0; h < N; h++) for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) K[(h * N2 + i * N + j) * N2 + ((i + h) % N) * N + ((j + h) % N)] = 1;
  return K;
}

/** The last quarter of the steps runs at lr / FINE. */
const FINE = 10;

export function trainC8Toy(opts: C8Options, rng: Rng): C8Result {
  const { N, samples } = opts;
  const xData = rng.normals(samples * N);
  const yData = targetOf(xData, N, samples, opts.target);
  const theta = tf.tidy(() => tf.variable(tf.zeros([N]) as tf.Tensor1D));
  const qInit = rng.normals(N * N, 0.1);
  const Q = tf.tidy(() => tf.variable(tf.tensor2d(qInit, [N, N])));
  const opt = tf.train.adam(opts.lr);
  const fine = tf.train.adam(opts.lr / FINE);
  const N2 = N * N;
  // f(x_s) = Σ_h λ(h)/N · vec(x_s x_sᵀ) · vec(P_hᵀ Q P_h): one matMul chain per step.
  const outer = new Float32Array(samples * N2);
  for (let s = 0; s < samples; s++) for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) outer[s * N2 + i * N + j] = xData[s * N + i]! * xData[s * N + j]!;
  const XX = tf.tensor2d(outer, [samples, N2]);
  const K = tf.tensor2d(conjugationOperators(N), [N * N2, N2]);
  const model = () => {
    const lambda = tf.mul(tf.softmax(theta), N);
    const conj = tf.reshape(tf.matMul(K, tf.reshape(Q, [N2, 1])), [N, N2]);
    const f = tf.reshape(tf.matMul(tf.matMul(XX, conj, false, true), tf.reshape(tf.div(lambda, N), [N, 1])), [samples]);
    return { lambda, f };
  };
  try {
    const y = tf.tensor1d(yData);
    const yVar = tf.tidy(() => tf.mean(tf.square(y)));
    const loss = () =>
      tf.tidy(() => {
        const { lambda, f } = model();
        const nmse = tf.div(tf.mean(tf.square(tf.sub(f, y))), yVar);
        const kl = tf.mean(tf.mul(lambda, tf.log(lambda)));
        // max_h log λ(h) − log λ(e) = max_h θ_h − θ_0 (≥ 0, zero iff e is a mode of λ).
        const align = tf.sub(tf.max(theta), tf.slice(theta, [0], [1]).reshape([]));
        return tf.addN([nmse, tf.mul(kl, opts.gamma), tf.mul(tf.sum(tf.square(Q)), opts.weightDecay), tf.mul(align, opts.alignment)]) as tf.Scalar;
      });
    // Three quarters of the steps at lr, the rest at lr/FINE (a fresh Adam) to settle the oscillation.
    const coarse = Math.ceil(0.75 * opts.steps);
    for (let s = 0; s < coarse; s++) opt.minimize(loss, false, [theta, Q]);
    for (let s = coarse; s < opts.steps; s++) fine.minimize(loss, false, [theta, Q]);
    const out = tf.tidy(() => {
      const { lambda, f } = model();
      return {
        lambda: Array.from(lambda.dataSync()),
        nmse: tf.div(tf.mean(tf.square(tf.sub(f, y))), yVar).dataSync()[0]!,
        qNorm: tf.norm(Q).dataSync()[0]!,
      };
    });
    tf.dispose([y, yVar]);
    return out;
  } finally {
    opt.dispose();
    fine.dispose();
    tf.dispose([theta, Q, XX, K]);
  }
}
