import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { createLieMlp, type LieActivation, type LieModel } from './lie-mlp.js';

/**
 * Invariant-feature networks: exactly O(n)-invariant by construction. The input holds m
 * vectors of R^n; the network sees only their pairwise inner products ⟨x_a, x_b⟩ (a <= b),
 * which a simultaneous orthogonal map g leaves unchanged, then any MLP. Its LieGG null space
 * is so(n) up to float32 round-off (research/invariance.md §6, P5).
 */
export interface InvariantNetConfig {
  vectors: number;
  dim: number;
  depth: number;
  width: number;
  outputDim?: number;
  activation?: LieActivation;
}

/** The m(m+1)/2 inner products of the m vectors in each row of x ([batch, m·n]). */
export function gramFeatures(x: tf.Tensor2D, vectors: number, dim: number): tf.Tensor2D {
  return tf.tidy(() => {
    const v = tf.reshape(x, [-1, vectors, dim]);
    const G = tf.matMul(v, v, false, true); // [batch, m, m]
    const cols: tf.Tensor[] = [];
    for (let a = 0; a < vectors; a++) for (let b = a; b < vectors; b++) cols.push(tf.slice(G, [0, a, b], [-1, 1, 1]).reshape([-1, 1]));
    return tf.concat(cols, 1) as tf.Tensor2D;
  });
}

export function createInvariantFeatureNet(rng: Rng, cfg: InvariantNetConfig): LieModel {
  const features = (cfg.vectors * (cfg.vectors + 1)) / 2;
  const mlp = createLieMlp(rng, { inputDim: features, outputDim: cfg.outputDim ?? 1, depth: cfg.depth, width: cfg.width, activation: cfg.activation ?? 'tanh', bias: true });
  return { ...mlp, apply: (x) => tf.tidy(() => mlp.apply(gramFeatures(x, cfg.vectors, cfg.dim))) };
}
