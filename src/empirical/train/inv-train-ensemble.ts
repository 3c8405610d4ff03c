import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import type { MlpEnsemble } from '../models/inv-mlp.js';
import { rot90Hwc, type LabelledImages } from './inv-train.js';

/**
 * Train every member of an MLP ensemble at once, each on its own data set, batch order and
 * regulariser weight. The loss is the sum of the members' losses; since members share no
 * parameter and Adam is elementwise, this is exactly M independent trainings:
 *   L_m = CE(z_m(x), y) + λ_m · (1/3) Σ_{g≠e} mean_batch ‖z_m(g·x) − z_m(x)‖²,  g ∈ C4.
 * Members given equal order seeds see identical batches (and identical augmentation), so a
 * plain/regularised pair differs only in λ.
 */
export interface EnsembleTrainOptions {
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** λ per member (0: plain). */
  lambdas: readonly number[];
  /** Batch order (and augmentation) stream per member. */
  orders: readonly Rng[];
  /** Rotate each training image by a random multiple of 90°. */
  augment?: boolean;
  /** 'cosine': learning rate decays from learningRate to 5% of it over the run (default 'constant'). */
  schedule?: 'constant' | 'cosine';
}

/** Adam whose learning rate can be changed between steps (for a schedule). */
class ScheduledAdam extends tf.AdamOptimizer {
  setRate(rate: number): void {
    this.learningRate = rate;
  }
}

export interface EnsembleTrainResult {
  steps: number;
  /** Per member: cross-entropy and penalty of the last step. */
  finalLoss: number[];
  finalPenalty: number[];
  diverged: boolean[];
}

export function trainEnsemble(ens: MlpEnsemble, data: readonly LabelledImages[], opts: EnsembleTrainOptions): EnsembleTrainResult {
  const M = ens.members;
  if (data.length !== M || opts.lambdas.length !== M || opts.orders.length !== M) {
    throw new RangeError(`trainEnsemble: need ${M} data sets, lambdas and orders`);
  }
  const first = data[0]!;
  const { size, channels, classes, count } = first;
  if (data.some((d) => d.count !== count || d.size !== size || d.channels !== channels)) {
    throw new RangeError('trainEnsemble: every member needs a data set of the same count and image shape');
  }
  const D = size * size * channels;
  const regularised = opts.lambdas.some((l) => l !== 0);
  const copies = regularised ? 4 : 1;
  const lambdas = tf.tensor1d(opts.lambdas as number[]);
  const optimizer = new ScheduledAdam(opts.learningRate, 0.9, 0.999);
  const totalSteps = opts.epochs * Math.ceil(count / opts.batchSize);
  const orders = data.map(() => Array.from({ length: count }, (_, i) => i));
  const tmp = new Float32Array(D);
  let steps = 0;
  let finalLoss: number[] = new Array<number>(M).fill(NaN);
  let finalPenalty: number[] = new Array<number>(M).fill(0);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    orders.forEach((o, m) => opts.orders[m]!.shuffle(o));
    for (let start = 0; start < count; start += opts.batchSize) {
      const B = Math.min(opts.batchSize, count - start);
      const xs = new Float32Array(M * copies * B * D);
      const ys = new Int32Array(M * B);
      for (let m = 0; m < M; m++) {
        for (let b = 0; b < B; b++) {
          const n = orders[m]![start + b]!;
          let img = data[m]!.images.subarray(n * D, (n + 1) * D);
          if (opts.augment) {
            rot90Hwc(img, size, channels, opts.orders[m]!.int(0, 3), tmp);
            img = tmp;
          }
          ys[m * B + b] = data[m]!.labels[n]!;
          for (let k = 0; k < copies; k++) {
            const at = ((m * copies + k) * B + b) * D;
            if (k === 0) xs.set(img, at);
            else rot90Hwc(img, size, channels, k, xs.subarray(at, at + D));
          }
        }
      }
      const last = epoch === opts.epochs - 1 && start + opts.batchSize >= count;
      if (opts.schedule === 'cosine') {
        optimizer.setRate(opts.learningRate * (0.05 + 0.475 * (1 + Math.cos((Math.PI * steps) / totalSteps))));
      }
      const x = tf.tensor3d(xs, [M, copies * B, D]);
      const y = tf.tidy(() => tf.reshape(tf.oneHot(tf.tensor1d(ys, 'int32'), classes).toFloat(), [M, B, classes]));
      let parts: tf.Tensor[] = [];
      optimizer.minimize(
        () => {
          const z = ens.applyAll(x);
          const z0 = tf.slice(z, [0, 0, 0], [M, B, classes]);
          const ce = tf.div(tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(z0)), [1, 2])), B);
          let total = tf.sum(ce);
          let pen: tf.Tensor | null = null;
          if (regularised) {
            const rest = tf.reshape(tf.slice(z, [0, B, 0], [M, 3 * B, classes]), [M, 3, B, classes]);
            pen = tf.div(tf.sum(tf.square(tf.sub(rest, tf.expandDims(z0, 1))), [1, 2, 3]), 3 * B);
            total = tf.add(total, tf.sum(tf.mul(lambdas, pen)));
          }
          if (last) parts = [tf.keep(tf.clone(ce)), ...(pen ? [tf.keep(tf.clone(pen))] : [])];
          return total as tf.Scalar;
        },
        false,
        ens.variables,
      );
      steps++;
      if (parts.length) {
        finalLoss = Array.from(parts[0]!.dataSync());
        if (parts[1]) finalPenalty = Array.from(parts[1].dataSync());
        tf.dispose(parts);
      }
      tf.dispose([x, y]);
    }
  }
  optimizer.dispose();
  lambdas.dispose();
  return { steps, finalLoss, finalPenalty, diverged: finalLoss.map((l) => !Number.isFinite(l)) };
}
