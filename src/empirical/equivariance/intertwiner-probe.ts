import * as tf from '@tensorflow/tfjs';
import type { Activation } from '../../theory/equivariance/activations.js';
import { rowResidual } from '../../theory/equivariance/intertwiner.js';
import { tfActivation } from './tf-activations.js';

/**
 * Float32 measurements of intertwining on the active tfjs backend, for samples X (n × m):
 * the gap between σ(AX) and Bσ(X), and the least-squares residual of σ(AX) against σ(X)
 * (σ evaluated by tfjs, the least squares in float64).
 */
export interface CommutationGap {
  /** max |σ(AX) − Bσ(X)|. */
  maxAbs: number;
  /** max |σ(AX) − Bσ(X)| / max(1, |σ(AX)|) entry-wise. */
  maxRel: number;
}

export function commutationGap(a: Activation, A: number[][], B: number[][], X: number[][]): CommutationGap {
  const sigma = tfActivation(a);
  return tf.tidy(() => {
    const x = tf.tensor2d(X);
    const left = sigma(tf.matMul(tf.tensor2d(A), x));
    const right = tf.matMul(tf.tensor2d(B), sigma(x));
    const diff = tf.abs(tf.sub(left, right));
    const rel = tf.div(diff, tf.maximum(tf.abs(left), 1));
    return { maxAbs: tf.max(diff).dataSync()[0]!, maxRel: tf.max(rel).dataSync()[0]! };
  });
}

/** The row residual of σ(AX) against σ(X), σ in float32 on tfjs. */
export function residualFloat32(a: Activation, A: number[][], X: number[][]): number {
  const sigma = tfActivation(a);
  const [Y, S] = tf.tidy(() => {
    const x = tf.tensor2d(X);
    return [sigma(tf.matMul(tf.tensor2d(A), x)).arraySync() as number[][], sigma(x).arraySync() as number[][]];
  });
  return rowResidual(Y, S);
}

/** Forward pass of an MLP given as float weights (out × in) in float32: hidden post-activations and output. */
export function mlpForwardFloat32(weights: number[][][], biases: number[][], a: Activation, X: number[][]): { hidden: number[][][]; out: number[][] } {
  const sigma = tfActivation(a);
  return tf.tidy(() => {
    // Columns are samples: H_i = σ(W_i H_{i−1} + b_i).
    let h: tf.Tensor = tf.tensor2d(X);
    const hidden: number[][][] = [];
    weights.forEach((W, i) => {
      const z = tf.add(tf.matMul(tf.tensor2d(W), h), tf.tensor2d(biases[i]!, [biases[i]!.length, 1]));
      h = i < weights.length - 1 ? sigma(z) : z;
      if (i < weights.length - 1) hidden.push(h.arraySync() as number[][]);
    });
    return { hidden, out: h.arraySync() as number[][] };
  });
}
