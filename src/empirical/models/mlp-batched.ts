import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import type { TrainableFamily } from '../train/batched-trainer.js';

/**
 * B independent affine halfspaces x ↦ w·x + b (the zero-hidden-layer MLP), each on its own
 * data set: X is [J, N, d] for J jobs (data sets padded to N points; padded points get label
 * 0 in training). The trainer's `rows` pick each model's data set, so early-stopped models
 * can leave the batch. θ = (w_1..w_d, b).
 */
export class BatchedHalfspaces implements TrainableFamily {
  readonly numParams: number;
  readonly numPoints: number;
  private readonly X: tf.Tensor3D;

  constructor(
    readonly data: Float32Array,
    readonly jobs: number,
    readonly points: number,
    readonly d: number,
  ) {
    if (data.length !== jobs * points * d) throw new RangeError(`BatchedHalfspaces: ${data.length} values for [${jobs}, ${points}, ${d}]`);
    this.numParams = d + 1;
    this.numPoints = points;
    this.X = tf.tensor3d(data, [jobs, points, d]);
  }

  scores(theta: tf.Tensor2D, rows: Int32Array): tf.Tensor2D {
    return tf.tidy(() => {
      const B = theta.shape[0];
      const X = rows.length === this.jobs && rows.every((r, k) => r === k) ? this.X : tf.gather(this.X, tf.tensor1d(rows, 'int32'));
      const w = tf.slice(theta, [0, 0], [B, this.d]).reshape([B, 1, this.d]);
      const b = tf.slice(theta, [0, this.d], [B, 1]);
      return tf.add(tf.sum(tf.mul(X, w), 2), b) as tf.Tensor2D;
    });
  }

  /** N(0, 1/d) weights, zero bias. */
  init(count: number, rng: Rng): Float32Array {
    const out = new Float32Array(count * this.numParams);
    for (let k = 0; k < count; k++) for (let q = 0; q < this.d; q++) out[k * this.numParams + q] = rng.normal(0, 1 / Math.sqrt(this.d));
    return out;
  }

  /** Float64 score of model θ[offset..] on point x. */
  static score64(theta: ArrayLike<number>, offset: number, x: ArrayLike<number>, d: number): number {
    let s = theta[offset + d]!;
    for (let q = 0; q < d; q++) s += theta[offset + q]! * x[q]!;
    return s;
  }

  dispose(): void {
    this.X.dispose();
  }
}
