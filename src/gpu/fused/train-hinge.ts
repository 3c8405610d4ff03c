import type { TrainOptions, TrainResult } from '../../empirical/train/batched-trainer.js';
import { fusedParamCount, fusedUnsupported, type FusedArch } from './arch.js';
import { FusedBatch } from './batch.js';
import { fusedUnavailable } from './module.js';

/** A model family the fused kernel can train: its architecture and its n shared input points. */
export interface FusedProblem {
  arch: FusedArch;
  /** n points of r·c_0 values each (GroupFunction layout: f[g·c_0 + c]). */
  inputs: readonly ArrayLike<number>[];
}

/** Why `trainHingeFused` cannot run this problem here (module or architecture), or null. */
export function fusedUnavailableFor(problem: FusedProblem): string | null {
  return fusedUnavailable() ?? fusedUnsupported(problem.arch);
}

/**
 * The engine's trainHinge (src/empirical/train/batched-trainer.ts) on the fused kernel: the
 * same contract and the same semantics: summed hinge loss, Adam with the same step-size
 * formula, a model leaves the batch at the first check (every `checkEvery` steps, and at the
 * last step) where min_i y_i s_i >= stopMargin over its labelled points, and its parameters at
 * that step are returned. Only the arithmetic differs (float32 in a different summation
 * order), so results agree with the tfjs path to float32 rounding, not bit for bit.
 *
 * θ0 is [B·W] row-major in gcnnLayout order, labels [B·n] (±1, 0 = ignored point).
 * `runtime` says where it ran ('wasm-simd128', or 'native-<isa>' when the addon is built).
 */
export function trainHingeFused(problem: FusedProblem, theta0: Float32Array, labels: Float32Array, opts: TrainOptions): TrainResult & { runtime: string } {
  const B = theta0.length / fusedParamCount(problem.arch);
  const batch = new FusedBatch(problem.arch, problem.inputs, Math.max(1, Math.ceil(B)), 'hinge');
  return { ...runHinge(batch, theta0, labels, opts), runtime: batch.runtime };
}

function runHinge(batch: FusedBatch, theta0: Float32Array, labels: Float32Array, opts: TrainOptions): TrainResult {
  const W = batch.W;
  const n = batch.n;
  const B = theta0.length / W;
  if (!Number.isInteger(B) || labels.length !== B * n) throw new RangeError(`trainHingeFused: θ has ${theta0.length} values and labels ${labels.length} for W = ${W}, n = ${n}`);
  const result = Float32Array.from(theta0);
  const trained = new Int32Array(B);
  let modelSteps = 0;
  if (B === 0 || opts.steps <= 0) return { theta: result, steps: trained, modelSteps };
  const checkEvery = Math.max(1, opts.checkEvery ?? 10);
  const stopMargin = opts.stopMargin ?? 1;
  const adam = { lr: opts.lr, beta1: opts.beta1 ?? 0.9, beta2: opts.beta2 ?? 0.999, epsilon: opts.epsilon ?? 1e-8 };
  batch.load(theta0, labels, B);
  if (opts.gradMask) batch.setGradMask(opts.gradMask);
  let rows = Int32Array.from({ length: B }, (_, i) => i);
  let Y = labels;
  for (let t = 0; t < opts.steps; ) {
    const next = Math.min(opts.steps, (Math.floor(t / checkEvery) + 1) * checkEvery);
    batch.train(next - t, adam);
    modelSteps += (next - t) * rows.length;
    t = next;
    const scores = batch.scores();
    const theta = batch.params();
    const keep: number[] = [];
    for (let k = 0; k < rows.length; k++) {
      let margin = Infinity;
      for (let i = 0; i < n; i++) {
        const y = Y[k * n + i]!;
        if (y !== 0) margin = Math.min(margin, y * scores[k * n + i]!);
      }
      if (margin >= stopMargin || t === opts.steps) {
        result.set(theta.subarray(k * W, (k + 1) * W), rows[k]! * W);
        trained[rows[k]!] = t;
      } else keep.push(k);
    }
    if (keep.length === 0) break;
    if (keep.length < rows.length) {
      batch.keep(keep);
      rows = Int32Array.from(keep, (k) => rows[k]!);
      Y = Float32Array.from({ length: keep.length * n }, (_, j) => Y[keep[Math.floor(j / n)]! * n + (j % n)]!);
    }
  }
  return { theta: result, steps: trained, modelSteps };
}
