import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';

/**
 * A small fully connected network as tfjs variables (x ↦ xW + b per layer, σ after every
 * layer but the last), seeded from an Rng, with the pieces stitching needs: hidden
 * post-activations, and the forward pass resumed from a hidden layer.
 */
export interface EqvMlp {
  weights: tf.Variable<tf.Rank.R2>[];
  biases: tf.Variable<tf.Rank.R1>[];
}

/** He-initialised weights N(0, 2/fan_in), zero biases. */
export function createMlp(widths: readonly number[], rng: Rng): EqvMlp {
  const weights: tf.Variable<tf.Rank.R2>[] = [];
  const biases: tf.Variable<tf.Rank.R1>[] = [];
  for (let i = 0; i + 1 < widths.length; i++) {
    const [fanIn, fanOut] = [widths[i]!, widths[i + 1]!];
    const init = rng.normals(fanIn * fanOut, Math.sqrt(2 / fanIn));
    weights.push(tf.tidy(() => tf.variable(tf.tensor2d(init, [fanIn, fanOut]))));
    biases.push(tf.tidy(() => tf.variable(tf.zeros([fanOut]) as tf.Tensor1D)));
  }
  return { weights, biases };
}

/** Hidden post-activations h_1..h_{L−1} and the output (last element). */
export function mlpLayers(mlp: EqvMlp, x: tf.Tensor2D, act: (t: tf.Tensor) => tf.Tensor): tf.Tensor2D[] {
  const out: tf.Tensor2D[] = [];
  let h: tf.Tensor2D = x;
  mlp.weights.forEach((W, i) => {
    const z = tf.add(tf.matMul(h, W), mlp.biases[i]!) as tf.Tensor2D;
    h = i < mlp.weights.length - 1 ? (act(z) as tf.Tensor2D) : z;
    out.push(h);
  });
  return out;
}

/** The output computed from the post-activation h of hidden layer `layer` (1-based). */
export function mlpFrom(mlp: EqvMlp, h: tf.Tensor2D, layer: number, act: (t: tf.Tensor) => tf.Tensor): tf.Tensor2D {
  let cur = h;
  for (let i = layer; i < mlp.weights.length; i++) {
    const z = tf.add(tf.matMul(cur, mlp.weights[i]!), mlp.biases[i]!) as tf.Tensor2D;
    cur = i < mlp.weights.length - 1 ? (act(z) as tf.Tensor2D) : z;
  }
  return cur;
}

/** Full-batch Adam on softmax cross-entropy; returns the final training loss. */
export function trainClassifier(mlp: EqvMlp, x: tf.Tensor2D, yOneHot: tf.Tensor2D, act: (t: tf.Tensor) => tf.Tensor, steps: number, lr: number): number {
  const opt = tf.train.adam(lr);
  const vars = [...mlp.weights, ...mlp.biases];
  let last = NaN;
  for (let s = 0; s < steps; s++) {
    const loss = opt.minimize(() => tf.losses.softmaxCrossEntropy(yOneHot, mlpFrom(mlp, x, 0, act)) as tf.Scalar, s === steps - 1, vars);
    if (loss) {
      last = loss.dataSync()[0]!;
      loss.dispose();
    }
  }
  opt.dispose();
  return last;
}

/** Fraction of rows whose arg-max logit is the label. */
export function accuracy(logits: tf.Tensor2D, labels: Int32Array): number {
  const t = tf.argMax(logits, 1);
  const pred = t.dataSync();
  t.dispose();
  let ok = 0;
  labels.forEach((y, i) => {
    if (pred[i] === y) ok++;
  });
  return ok / labels.length;
}

export function disposeMlp(mlp: EqvMlp): void {
  for (const v of [...mlp.weights, ...mlp.biases]) v.dispose();
}
