import * as tf from '@tensorflow/tfjs';
import { maxWeightMatching } from './hungarian.js';
import { nuclearNorm } from './sym-eig.js';

/**
 * Procrustes dissimilarities between activation matrices H1, H2 (samples × units), after
 * Godfrey et al.'s released code (research/equivariance.md §2.4):
 * - G_ReLU-Procrustes: unit columns normalised to norm 1 (removes positive scales), the best
 *   permutation by the Hungarian algorithm on C = Ĥ1ᵀĤ2, and
 *   d² = (‖Ĥ1‖² + ‖Ĥ2‖² − 2 Σ_i C[i, π(i)]) / (4n); invariant under H ↦ H P D, D > 0;
 * - orthogonal Procrustes: both matrices normalised to Frobenius norm 1 and
 *   d² = (‖H1‖² + ‖H2‖² − 2‖H1ᵀH2‖_*) / 4; invariant under H ↦ c H Q;
 * - the permutation-restricted distance under that same Frobenius normalisation, which is
 *   never below the orthogonal one (the best matched trace is at most the nuclear norm).
 * Unequal widths are zero-padded. Distances are returned squared (compare d², not d).
 */
export interface ProcrustesResult {
  /** G_ReLU-Procrustes d² (unit-normalised columns, permutation). */
  greluD2: number;
  /** The matching: unit i of H1 ↔ unit perm[i] of H2. */
  perm: number[];
  /** Orthogonal Procrustes d² (Frobenius-normalised). */
  orthD2: number;
  /** Permutation-restricted d² under the same Frobenius normalisation as orthD2. */
  permFrobD2: number;
}

function padColumns(h: tf.Tensor2D, width: number): tf.Tensor2D {
  const extra = width - h.shape[1];
  return extra > 0 ? tf.pad(h, [[0, 0], [0, extra]]) : h;
}

/** Columns scaled to unit ℓ2 norm (zero columns stay zero). */
export function normaliseColumns(h: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const norms = tf.sqrt(tf.sum(tf.square(h), 0, true));
    return tf.div(h, tf.maximum(norms, 1e-30)) as tf.Tensor2D;
  });
}

function toRows(t: tf.Tensor2D): number[][] {
  return t.arraySync();
}

function matchedTrace(C: number[][], perm: number[]): number {
  return perm.reduce((s, j, i) => s + C[i]![j]!, 0);
}

/** All three Procrustes quantities for H1, H2 (tensors are not disposed). */
export function procrustes(h1: tf.Tensor2D, h2: tf.Tensor2D): ProcrustesResult {
  if (h1.shape[0] !== h2.shape[0]) throw new RangeError(`procrustes: ${h1.shape[0]} vs ${h2.shape[0]} samples`);
  const n = Math.max(h1.shape[1], h2.shape[1]);
  const { cUnit, sq1, sq2, cFrob } = tf.tidy(() => {
    const a = padColumns(h1, n);
    const b = padColumns(h2, n);
    const an = normaliseColumns(a);
    const bn = normaliseColumns(b);
    const af = tf.div(a, tf.maximum(tf.norm(a), 1e-30)) as tf.Tensor2D;
    const bf = tf.div(b, tf.maximum(tf.norm(b), 1e-30)) as tf.Tensor2D;
    return {
      cUnit: toRows(tf.matMul(an, bn, true, false)),
      sq1: tf.sum(tf.square(an)).arraySync() as number,
      sq2: tf.sum(tf.square(bn)).arraySync() as number,
      cFrob: toRows(tf.matMul(af, bf, true, false)),
    };
  });
  const perm = maxWeightMatching(cUnit);
  const greluD2 = Math.max(0, (sq1 + sq2 - 2 * matchedTrace(cUnit, perm)) / (4 * n));
  const orthD2 = Math.max(0, (2 - 2 * nuclearNorm(cFrob)) / 4);
  const permFrob = maxWeightMatching(cFrob);
  const permFrobD2 = Math.max(0, (2 - 2 * matchedTrace(cFrob, permFrob)) / 4);
  return { greluD2, perm, orthD2, permFrobD2 };
}
