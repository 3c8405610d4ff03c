import * as tf from '@tensorflow/tfjs';
import { outputGradients, type ModelFn } from './liegg.js';
import { imageVelocity } from './liegg-images.js';

/**
 * The Lie derivative L_A F(x) = d/dt F(exp(tA)·x) at t = 0 (Gruver et al. 2023), by
 * autodiff and by central finite differences, for vector inputs (m blocks of R^n acted on
 * diagonally) and for images (the flow I ∘ exp(−tA)). Outputs are [N][K] float64, sample-major.
 * tfjs has no forward mode, so autodiff uses one reverse pass per output: ∇F_k · v(x).
 */

/** ∇F_k(x_i) · (A x_i) blockwise, for every sample i and output k. */
export function lieDerivativeAutodiff(model: ModelFn, inputs: Float32Array, inputDim: number, A: readonly (readonly number[])[], vectors = 1): Float64Array {
  const n = inputDim / vectors;
  const N = inputs.length / inputDim;
  const velocity = new Float64Array(inputs.length);
  for (let s = 0; s < N; s++)
    for (let v = 0; v < vectors; v++)
      for (let i = 0; i < n; i++) {
        let acc = 0;
        for (let j = 0; j < n; j++) acc += A[i]![j]! * inputs[s * inputDim + v * n + j]!;
        velocity[s * inputDim + v * n + i] = acc;
      }
  return directionalAutodiff(model, inputs, inputDim, velocity);
}

/** ∇F_k(x_i) · v_i for a given velocity field v (same layout as the inputs). */
export function directionalAutodiff(model: ModelFn, inputs: Float32Array, inputDim: number, velocity: ArrayLike<number>): Float64Array {
  const N = inputs.length / inputDim;
  const x = tf.tensor2d(inputs, [N, inputDim]);
  try {
    const grads = outputGradients(model, x, true);
    const K = grads.length;
    const out = new Float64Array(N * K);
    grads.forEach((g, k) => {
      for (let s = 0; s < N; s++) {
        let acc = 0;
        for (let e = 0; e < inputDim; e++) acc += g[s * inputDim + e]! * velocity[s * inputDim + e]!;
        out[s * K + k] = acc;
      }
    });
    return out;
  } finally {
    x.dispose();
  }
}

/** Apply the n x n matrix g to every block of every input row (float64 arithmetic, float32 result). */
export function actOnInputs(g: readonly (readonly number[])[], inputs: Float32Array, inputDim: number, vectors = 1): Float32Array {
  const n = inputDim / vectors;
  const out = new Float32Array(inputs.length);
  for (let base = 0; base < inputs.length; base += n)
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let j = 0; j < n; j++) acc += g[i]![j]! * inputs[base + j]!;
      out[base + i] = acc;
    }
  return out;
}

/** Model outputs as float64, [N][K] sample-major. */
export function evaluate(model: ModelFn, inputs: Float32Array, inputDim: number): Float64Array {
  const y = tf.tidy(() => model(tf.tensor2d(inputs, [inputs.length / inputDim, inputDim])));
  const out = Float64Array.from(y.dataSync());
  y.dispose();
  return out;
}

/** (F(x₊) − F(x₋)) / (2ε) for two transformed copies of the inputs. */
export function centralDifference(model: ModelFn, plus: Float32Array, minus: Float32Array, inputDim: number, eps: number): Float64Array {
  const fp = evaluate(model, plus, inputDim);
  const fm = evaluate(model, minus, inputDim);
  return fp.map((v, i) => (v - fm[i]!) / (2 * eps));
}

/** Finite-difference Lie derivative with the group elements exp(±εA) supplied (float64). */
export function lieDerivativeFD(
  model: ModelFn,
  inputs: Float32Array,
  inputDim: number,
  expPlus: readonly (readonly number[])[],
  expMinus: readonly (readonly number[])[],
  eps: number,
  vectors = 1,
): Float64Array {
  return centralDifference(model, actOnInputs(expPlus, inputs, inputDim, vectors), actOnInputs(expMinus, inputs, inputDim, vectors), inputDim, eps);
}

/** Image Lie derivative by autodiff along the discretised flow: ∂F/∂I · (−∇I · A p̃). */
export function imageLieDerivativeAutodiff(model: ModelFn, images: Float32Array, H: number, A: readonly (readonly number[])[]): Float64Array {
  const D = H * H;
  const N = images.length / D;
  const velocity = new Float64Array(images.length);
  for (let s = 0; s < N; s++) velocity.set(imageVelocity(images.subarray(s * D, (s + 1) * D), H, A), s * D);
  return directionalAutodiff(model, images, D, velocity);
}

/** Image Lie derivative by central differences along the same discretised flow: I ± ε v. */
export function imageLieDerivativeFD(model: ModelFn, images: Float32Array, H: number, A: readonly (readonly number[])[], eps: number): Float64Array {
  const D = H * H;
  const plus = new Float32Array(images.length);
  const minus = new Float32Array(images.length);
  for (let s = 0; s < images.length / D; s++) {
    const img = images.subarray(s * D, (s + 1) * D);
    const v = imageVelocity(img, H, A);
    for (let p = 0; p < D; p++) {
      plus[s * D + p] = img[p]! + eps * v[p]!;
      minus[s * D + p] = img[p]! - eps * v[p]!;
    }
  }
  return centralDifference(model, plus, minus, D, eps);
}
