import * as tf from '@tensorflow/tfjs';

/**
 * Train many independent small models as one tensor program: parameters θ [B, W], the loss
 * is the sum over models of each model's hinge loss Σ_i max(0, 1 − y_i·s_i), so gradients
 * decouple and Adam (elementwise) treats every model separately. Labels are ±1, or 0 for a
 * point a model ignores (per-model data sets padded to a common size).
 *
 * Per-model early stop: every `checkEvery` steps the models whose every labelled point has
 * y·s >= `stopMargin` (hinge loss 0: they would not move again) leave the batch, which is
 * compacted. Training proves nothing by itself: callers accept a model only after an exact
 * forward pass with a margin.
 */
export interface TrainableFamily {
  /** Parameters per model, W. */
  readonly numParams: number;
  /** Points per model, n. */
  readonly numPoints: number;
  /**
   * Scores [B, n] of the models θ [B, W]; `rows[k]` is the index (in the job) of the model in
   * row k, for families whose data differ per model. Differentiable in θ.
   */
  scores(theta: tf.Tensor2D, rows: Int32Array): tf.Tensor2D;
}

export interface TrainOptions {
  steps: number;
  lr: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** Steps between early-stop checks (default 10). */
  checkEvery?: number;
  /** Hinge target: a model leaves once min_i y_i s_i >= stopMargin (default 1). */
  stopMargin?: number;
  /** 1 for trainable parameters, 0 for fixed ones (default: all trainable). */
  gradMask?: Float32Array;
}

export interface TrainResult {
  /** Final θ, [B·W] row-major. */
  theta: Float32Array;
  /** Steps each model was trained for. */
  steps: Int32Array;
  /** Σ over models of steps trained (the work done). */
  modelSteps: number;
}

export function trainHinge(family: TrainableFamily, theta0: Float32Array, labels: Float32Array, opts: TrainOptions): TrainResult {
  const W = family.numParams;
  const n = family.numPoints;
  const B = theta0.length / W;
  if (!Number.isInteger(B) || labels.length !== B * n) throw new RangeError(`trainHinge: θ has ${theta0.length} values and labels ${labels.length} for W = ${W}, n = ${n}`);
  const { steps, lr } = opts;
  const b1 = opts.beta1 ?? 0.9;
  const b2 = opts.beta2 ?? 0.999;
  const eps = opts.epsilon ?? 1e-8;
  const checkEvery = Math.max(1, opts.checkEvery ?? 10);
  const stopMargin = opts.stopMargin ?? 1;
  const result = Float32Array.from(theta0);
  const trained = new Int32Array(B);
  let modelSteps = 0;
  if (B === 0 || steps <= 0) return { theta: result, steps: trained, modelSteps };

  let rows = Int32Array.from({ length: B }, (_, i) => i);
  let theta = tf.tensor2d(theta0, [B, W]);
  let m = tf.zeros([B, W]) as tf.Tensor2D;
  let v = tf.zeros([B, W]) as tf.Tensor2D;
  let Y = tf.tensor2d(labels, [B, n]);
  const mask = opts.gradMask ? tf.tensor2d(opts.gradMask, [1, W]) : null;

  const writeBack = (th: Float32Array, which: number[], t: number) => {
    for (const k of which) {
      result.set(th.subarray(k * W, (k + 1) * W), rows[k]! * W);
      trained[rows[k]!] = t;
    }
  };

  try {
    for (let t = 1; t <= steps; t++) {
      const next = tf.tidy(() => {
        const loss = (th: tf.Tensor) => tf.sum(tf.relu(tf.sub(1, tf.mul(Y, family.scores(th as tf.Tensor2D, rows)))));
        let g = tf.grad(loss)(theta);
        if (mask) g = tf.mul(g, mask);
        const m2 = tf.add(tf.mul(m, b1), tf.mul(g, 1 - b1));
        const v2 = tf.add(tf.mul(v, b2), tf.mul(tf.square(g), 1 - b2));
        const stepSize = (lr * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
        const th2 = tf.sub(theta, tf.div(tf.mul(m2, stepSize), tf.add(tf.sqrt(v2), eps)));
        return [th2, m2, v2] as tf.Tensor2D[];
      });
      theta.dispose();
      m.dispose();
      v.dispose();
      [theta, m, v] = next as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      modelSteps += rows.length;
      if (t % checkEvery !== 0 && t !== steps) continue;

      const margins = tf.tidy(() => {
        const ys = tf.mul(Y, family.scores(theta, rows));
        // ignored points (y = 0) must not decide the minimum
        return tf.min(tf.add(ys, tf.mul(tf.sub(1, tf.abs(Y)), 1e30)), 1).dataSync();
      });
      const done: number[] = [];
      const keep: number[] = [];
      margins.forEach((mg, k) => (mg >= stopMargin || t === steps ? done : keep).push(k));
      if (done.length === 0) continue;
      writeBack(theta.dataSync() as Float32Array, done, t);
      if (keep.length === 0) break;
      const idx = tf.tensor1d(keep, 'int32');
      const compact = (x: tf.Tensor2D) => {
        const y = tf.gather(x, idx) as tf.Tensor2D;
        x.dispose();
        return y;
      };
      theta = compact(theta);
      m = compact(m);
      v = compact(v);
      Y = compact(Y);
      idx.dispose();
      rows = Int32Array.from(keep, (k) => rows[k]!);
    }
  } finally {
    for (const x of [theta, m, v, Y]) x.dispose();
    mask?.dispose();
  }
  return { theta: result, steps: trained, modelSteps };
}
