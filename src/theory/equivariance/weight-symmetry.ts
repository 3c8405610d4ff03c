/**
 * The weight-space symmetry of an MLP (Godfrey et al. 2022, research/equivariance.md §2.3):
 * with g_i ∈ G_σ per hidden layer, W_1' = g_1 W_1, b_i' = g_i b_i,
 * W_i' = g_i W_i φ(g_{i−1})^{-1}, W_L' = W_L φ(g_{L−1})^{-1}, b_L' = b_L leaves f unchanged,
 * and hidden post-activations become h_i' = φ(g_i) h_i. Exact over rationals.
 */
import { matMul, matVec, type RatMatrix, type RatVector } from '../exact/matrix.js';
import { Rational } from '../exact/rational.js';
import type { Rng } from '../../core/rng.js';
import { activationExact, activationFloat, type Activation } from './activations.js';
import { phi, type IntertwinerEntry } from './intertwiner.js';
import { monomialInverse } from './monomial.js';

/** An MLP: weights[i] is (out × in), biases[i] has length out; σ after every layer but the last. */
export interface RatMlp {
  weights: RatMatrix[];
  biases: RatVector[];
}

/** Transform the weights by hidden-layer intertwiners gs (one per hidden layer). */
export function transformMlp(mlp: RatMlp, gs: readonly RatMatrix[], entry: IntertwinerEntry): RatMlp {
  const L = mlp.weights.length;
  if (gs.length !== L - 1) throw new RangeError(`transformMlp: ${L - 1} hidden layers need ${L - 1} intertwiners, got ${gs.length}`);
  const weights: RatMatrix[] = [];
  const biases: RatVector[] = [];
  for (let i = 0; i < L; i++) {
    let W = mlp.weights[i]!;
    let b = mlp.biases[i]!;
    if (i > 0) W = matMul(W, monomialInverse(phi(entry, gs[i - 1]!)));
    if (i < L - 1) {
      W = matMul(gs[i]!, W);
      b = matVec(gs[i]!, b);
    }
    weights.push(W);
    biases.push(b);
  }
  return { weights, biases };
}

/** Exact forward pass; returns the hidden post-activations and the output. */
export function forwardExact(mlp: RatMlp, a: Activation, x: RatVector): { hidden: RatVector[]; out: RatVector } {
  const sigma = activationExact(a);
  if (!sigma) throw new RangeError(`forwardExact: ${a.kind} does not map rationals to rationals`);
  const hidden: RatVector[] = [];
  let h = x;
  mlp.weights.forEach((W, i) => {
    const z = matVec(W, h).map((v, j) => v.add(mlp.biases[i]![j]!));
    h = i < mlp.weights.length - 1 ? z.map(sigma) : z;
    if (i < mlp.weights.length - 1) hidden.push(h);
  });
  return { hidden, out: h };
}

/** float64 forward pass of the same network. */
export function forwardFloat(mlp: RatMlp, a: Activation, x: readonly number[]): { hidden: number[][]; out: number[] } {
  const sigma = activationFloat(a);
  const hidden: number[][] = [];
  let h = x.slice();
  mlp.weights.forEach((W, i) => {
    const z = W.map((row, r) => row.reduce((acc, w, j) => acc + w.toNumber() * h[j]!, mlp.biases[i]![r]!.toNumber()));
    h = i < mlp.weights.length - 1 ? z.map(sigma) : z;
    if (i < mlp.weights.length - 1) hidden.push(h);
  });
  return { hidden, out: h };
}

/** A random rational MLP: entries k/den with k ~ round(den·N(0, 1/fan_in)). */
export function randomRatMlp(widths: readonly number[], rng: Rng, den = 16): RatMlp {
  const weights: RatMatrix[] = [];
  const biases: RatVector[] = [];
  for (let i = 0; i + 1 < widths.length; i++) {
    const fanIn = widths[i]!;
    const q = (std: number) => Rational.of(Math.round(rng.normal(0, std) * den), den);
    weights.push(Array.from({ length: widths[i + 1]! }, () => Array.from({ length: fanIn }, () => q(1 / Math.sqrt(fanIn)))));
    biases.push(Array.from({ length: widths[i + 1]! }, () => q(0.5)));
  }
  return { weights, biases };
}

/** Largest absolute entry-wise difference between two rational vectors (exact). */
export function maxAbsDiff(a: RatVector, b: RatVector): Rational {
  return a.reduce((m, v, i) => {
    const d = v.sub(b[i]!).abs();
    return d.cmp(m) > 0 ? d : m;
  }, Rational.ZERO);
}
