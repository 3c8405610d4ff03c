import * as tf from '@tensorflow/tfjs';
import type { GcnnArch } from '../../theory/vc/gcnn-arch.js';
import { gcnnScores64, type GroupFunction } from '../models/gcnn-exact.js';
import { GcnnProgram } from '../models/gcnn.js';

/**
 * Evaluate explicit constructions deterministically: given one parameter vector per labeling,
 * run the tfjs GCNN (float32, the active backend) and the float64 forward pass, and report
 * how many labelings come out right with margin >= γ and the smallest margin y·s seen.
 * No optimiser is involved, so a failure here is a failure of the construction (or the code).
 */
export interface ExplicitEvaluation {
  labelings: number;
  /** Labelings with min_i y_i s_i >= γ in the tfjs float32 evaluation. */
  realised: number;
  /** Smallest y_i s_i over all labelings and points (float32, tfjs). */
  minMargin: number;
  /** The same two numbers from the float64 forward pass. */
  realised64: number;
  minMargin64: number;
  /** Per labeling: smallest y_i s_i (float32). */
  margins: number[];
}

export function evaluateExplicit(
  arch: GcnnArch,
  inputs: readonly GroupFunction[],
  thetas: readonly ArrayLike<number>[],
  labels: readonly (readonly number[])[],
  gamma: number,
): ExplicitEvaluation {
  const B = thetas.length;
  const n = inputs.length;
  const program = new GcnnProgram(arch, inputs);
  const W = program.layout.size;
  const flat = new Float32Array(B * W);
  thetas.forEach((t, k) => flat.set(Array.from(t), k * W));
  let scores: Float32Array;
  try {
    scores = tf.tidy(() => program.scores(tf.tensor2d(flat, [B, W])).dataSync() as Float32Array);
  } finally {
    program.dispose();
  }
  const margins: number[] = [];
  let realised = 0;
  let realised64 = 0;
  let minMargin64 = Infinity;
  for (let k = 0; k < B; k++) {
    let m32 = Infinity;
    for (let i = 0; i < n; i++) m32 = Math.min(m32, labels[k]![i]! * scores[k * n + i]!);
    margins.push(m32);
    if (m32 >= gamma) realised++;
    const s64 = gcnnScores64(arch, thetas[k]!, inputs);
    const m64 = Math.min(...s64.map((s, i) => labels[k]![i]! * s));
    if (m64 >= gamma) realised64++;
    minMargin64 = Math.min(minMargin64, m64);
  }
  return { labelings: B, realised, minMargin: Math.min(...margins), realised64, minMargin64, margins };
}
