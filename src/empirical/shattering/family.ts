import type { Rng } from '../../core/rng.js';
import type { TrainableFamily } from '../train/batched-trainer.js';

/**
 * A model family on a fixed point set, as the shattering engine needs it: batched scores
 * for training (tfjs), an exact float64 forward pass for acceptance, an initialiser, and,
 * where the class is closed under complement (a linear read-out with a bias), the
 * parameters of the complementary labeling. A labeling is a bitmask: bit i set means
 * point i is labelled +1, and a model labels point i +1 iff its score is > 0.
 */
export interface ShatterFamily extends TrainableFamily {
  readonly name: string;
  /** Initial parameters for `count` models, [count·W] row-major. */
  init(count: number, rng: Rng): Float32Array;
  /** Float64 scores of the model whose parameters start at θ[offset], on all points. */
  exactScores(theta: ArrayLike<number>, offset: number): number[];
  /** Parameters (length W) whose scores are exactly the negated scores, if the class has them. */
  negate?(theta: ArrayLike<number>, offset: number): Float32Array;
  /** 1 for trainable parameters, 0 for fixed ones. */
  readonly gradMask?: Float32Array;
  /** Release tensors the family holds. */
  dispose(): void;
}

/** The ±1 label of point i under a labeling mask. */
export function labelOf(mask: number, i: number): 1 | -1 {
  return (mask >>> i) & 1 ? 1 : -1;
}

/** min_i y_i s_i: the labeling is realised with margin γ iff this is >= γ. */
export function signedMargin(scores: readonly number[], mask: number): number {
  let min = Infinity;
  scores.forEach((s, i) => (min = Math.min(min, labelOf(mask, i) * s)));
  return min;
}
