import type { Rng } from '../../core/rng.js';

/**
 * The O(5)-invariant regression task of LieGG / EMLP (research/invariance.md §2.1):
 * x = (x1, x2) ~ N(0, I_10), y = sin‖x1‖ − ½‖x2‖³ + ⟨x1, x2⟩/(‖x1‖‖x2‖). Invariant under a
 * simultaneous rotation of x1 and x2; fully procedural. The gradient is known in closed form
 * (float64), and its polarization rows are symmetric matrices, so the null space is so(5).
 */
export const O5_INPUT_DIM = 10;

/** The O(5) invariants of a point: a = |x1|, b = |x2|, c = <x1, x2>. */
function o5Invariants(x: ArrayLike<number>): { a: number; b: number; c: number } {
  let a2 = 0;
  let b2 = 0;
  let c = 0;
  for (let i = 0; i < 5; i++) {
    a2 += x[i]! ** 2;
    b2 += x[5 + i]! ** 2;
    c += x[i]! * x[5 + i]!;
  }
  return { a: Math.sqrt(a2), b: Math.sqrt(b2), c };
}

/** The target at one point (x1 = x[0..5), x2 = x[5..10)), float64. */
export function o5Target(x: ArrayLike<number>): number {
  const { a, b, c } = o5Invariants(x);
  return Math.sin(a) - 0.5 * b ** 3 + c / (a * b);
}

/** The analytic gradient (∂y/∂x1, ∂y/∂x2) as one length-10 vector, float64. */
export function o5Gradient(x: ArrayLike<number>): Float64Array {
  const { a, b, c } = o5Invariants(x);
  const k1 = Math.cos(a) / a - c / (a ** 3 * b);
  const k2 = -1.5 * b - c / (a * b ** 3);
  const k12 = 1 / (a * b);
  const g = new Float64Array(10);
  for (let i = 0; i < 5; i++) {
    g[i] = k1 * x[i]! + k12 * x[5 + i]!;
    g[5 + i] = k2 * x[5 + i]! + k12 * x[i]!;
  }
  return g;
}

export interface O5Dataset {
  /** N x 10, row-major. */
  inputs: Float32Array;
  /** Raw targets y. */
  targets: Float32Array;
  /** Targets standardised to mean 0, std 1 (the LieGG wrapper de-standardises outputs). */
  standardized: Float32Array;
  mean: number;
  std: number;
  count: number;
}

/** Draw N points of the task with the seeded Rng. */
export function o5Dataset(rng: Rng, count: number): O5Dataset {
  const inputs = new Float32Array(count * O5_INPUT_DIM);
  const targets = new Float32Array(count);
  for (let n = 0; n < count; n++) {
    for (let j = 0; j < O5_INPUT_DIM; j++) inputs[n * O5_INPUT_DIM + j] = rng.normal();
    targets[n] = o5Target(inputs.subarray(n * O5_INPUT_DIM, (n + 1) * O5_INPUT_DIM));
  }
  let mean = 0;
  targets.forEach((t) => (mean += t / count));
  let v = 0;
  targets.forEach((t) => (v += (t - mean) ** 2 / count));
  const std = Math.sqrt(v) || 1;
  return { inputs, targets, standardized: targets.map((t) => (t - mean) / std), mean, std, count };
}
