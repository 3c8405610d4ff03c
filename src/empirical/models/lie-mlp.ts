import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';

/**
 * Small MLPs for the LieGG experiments, built from plain tfjs variables so that they
 * train on every backend (matMul and elementwise ops only). Weights are drawn from the
 * experiment's seeded Rng: N(0, 1/fan_in), biases zero.
 */
export type LieActivation = 'swish' | 'tanh' | 'relu';

/** A differentiable model with its trainable variables. */
export interface LieModel {
  /** [batch, inputDim] → [batch, outputDim]. */
  apply(x: tf.Tensor2D): tf.Tensor2D;
  variables: tf.Variable[];
  paramCount: number;
  dispose(): void;
}

export interface LieMlpConfig {
  inputDim: number;
  outputDim: number;
  /** Number of hidden layers (0: a linear model). */
  depth: number;
  width: number;
  activation?: LieActivation;
  /** Biases in the hidden and output layers (the LieGG models have none). */
  bias?: boolean;
}

export function activate(h: tf.Tensor2D, a: LieActivation): tf.Tensor2D {
  if (a === 'tanh') return tf.tanh(h);
  if (a === 'relu') return tf.relu(h);
  return tf.mul(h, tf.sigmoid(h));
}

/** A dense layer's weight variable drawn from N(0, 1/fanIn) with the seeded Rng. */
export function denseWeight(rng: Rng, fanIn: number, fanOut: number, std = 1 / Math.sqrt(fanIn)): tf.Variable {
  return variableOf(tf.tensor2d(rng.normals(fanIn * fanOut, std), [fanIn, fanOut]));
}

/** A variable initialised from `t`; `t` itself is disposed (a variable shares its data). */
export function variableOf(t: tf.Tensor): tf.Variable {
  const v = tf.variable(t);
  t.dispose();
  return v;
}

/** An MLP: depth x (dense + activation), then a linear read-out. */
export function createLieMlp(rng: Rng, cfg: LieMlpConfig): LieModel {
  const act = cfg.activation ?? 'swish';
  const weights: tf.Variable[] = [];
  const biases: tf.Variable[] = [];
  let fanIn = cfg.inputDim;
  for (let l = 0; l <= cfg.depth; l++) {
    const fanOut = l === cfg.depth ? cfg.outputDim : cfg.width;
    weights.push(denseWeight(rng, fanIn, fanOut));
    if (cfg.bias) biases.push(variableOf(tf.zeros([fanOut])));
    fanIn = fanOut;
  }
  const variables = [...weights, ...biases];
  return {
    apply: (x) =>
      tf.tidy(() => {
        let h: tf.Tensor2D = x;
        weights.forEach((W, l) => {
          h = tf.matMul(h, W as tf.Tensor2D);
          if (cfg.bias) h = tf.add(h, biases[l]!);
          if (l < cfg.depth) h = activate(h, act);
        });
        return h;
      }),
    variables,
    paramCount: variables.reduce((s, v) => s + v.size, 0),
    dispose: () => variables.forEach((v) => v.dispose()),
  };
}
