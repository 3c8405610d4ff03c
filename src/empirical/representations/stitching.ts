import * as tf from '@tensorflow/tfjs';
import { solveSym } from '../../theory/equivariance/intertwiner.js';
import { accuracy, mlpFrom, mlpLayers, type EqvMlp } from '../models/eqv-mlp.js';
import { maxWeightMatching } from './hungarian.js';
import { normaliseColumns } from './procrustes.js';

/**
 * Model stitching (Godfrey et al. 2022 §4, the CPU design X2.2 of research/equivariance.md):
 * run model A up to hidden layer l, map its post-activations into B's layer-l space, and let
 * B finish. Three maps, all fitted on training data:
 * - full: an affine map fitted by least squares to B's activations (GL_n plus bias);
 * - G_ReLU: a permutation from the Hungarian matching of unit-normalised activations, then a
 *   non-negative scale per unit by one-dimensional non-negative least squares;
 * - none: the identity.
 * The penalty is B's test accuracy minus the stitched model's, in percentage points.
 */
export interface StitchLayer {
  layer: number;
  /** Test accuracy of the stitched model with each map. */
  accFull: number;
  accGrelu: number;
  accNone: number;
  /** Penalties in points (accuracy of B minus stitched). */
  penaltyFull: number;
  penaltyGrelu: number;
  penaltyNone: number;
}

/** Least-squares affine map [H_A, 1] M ≈ H_B (float64 normal equations). */
function fitAffine(ha: number[][], hb: number[][]): number[][] {
  const p = (ha[0]?.length ?? 0) + 1;
  const q = hb[0]?.length ?? 0;
  const G = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const R = Array.from({ length: p }, () => new Array<number>(q).fill(0));
  ha.forEach((row, s) => {
    const a = [...row, 1];
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) G[i]![j]! += a[i]! * a[j]!;
      for (let j = 0; j < q; j++) R[i]![j]! += a[i]! * hb[s]![j]!;
    }
  });
  const cols = Array.from({ length: q }, (_, j) => solveSym(G, R.map((r) => r[j]!)));
  return Array.from({ length: p }, (_, i) => cols.map((c) => c[i]!));
}

/** The G_ReLU map as a dense matrix M with H_A M ≈ H_B (one non-negative entry per column). */
function fitGrelu(haT: tf.Tensor2D, hbT: tf.Tensor2D): number[][] {
  const C = tf.tidy(() => tf.matMul(normaliseColumns(haT), normaliseColumns(hbT), true, false).arraySync() as number[][]);
  const n = C.length;
  // perm[i] = j: A-unit i ↔ B-unit j.
  const perm = maxWeightMatching(C);
  const ha = haT.arraySync();
  const hb = hbT.arraySync();
  const M = Array.from({ length: n }, () => new Array<number>(hbT.shape[1]).fill(0));
  perm.forEach((j, i) => {
    let ab = 0;
    let aa = 0;
    ha.forEach((row, s) => {
      ab += row[i]! * hb[s]![j]!;
      aa += row[i]! ** 2;
    });
    M[i]![j] = aa > 0 ? Math.max(0, ab / aa) : 0;
  });
  return M;
}

/** Stitch A into B at every hidden layer; data tensors are not disposed. */
export function stitchAllLayers(
  a: EqvMlp,
  b: EqvMlp,
  act: (t: tf.Tensor) => tf.Tensor,
  train: tf.Tensor2D,
  test: tf.Tensor2D,
  testLabels: Int32Array,
): { accA: number; accB: number; layers: StitchLayer[] } {
  const hidden = a.weights.length - 1;
  const accOf = (logits: tf.Tensor2D) => {
    const v = accuracy(logits, testLabels);
    logits.dispose();
    return v;
  };
  const accA = accOf(tf.tidy(() => mlpFrom(a, test, 0, act)));
  const accB = accOf(tf.tidy(() => mlpFrom(b, test, 0, act)));
  const layers: StitchLayer[] = [];
  for (let l = 1; l <= hidden; l++) {
    const [haT, hbT, haTest] = tf.tidy(() => [mlpLayers(a, train, act)[l - 1]!, mlpLayers(b, train, act)[l - 1]!, mlpLayers(a, test, act)[l - 1]!]);
    const full = fitAffine(haT.arraySync(), hbT.arraySync());
    const grelu = fitGrelu(haT, hbT);
    const width = haT.shape[1];
    const accFull = accOf(
      tf.tidy(() => {
        const M = tf.tensor2d(full.slice(0, width));
        const c = tf.tensor1d(full[width]!);
        return mlpFrom(b, tf.add(tf.matMul(haTest, M), c) as tf.Tensor2D, l, act);
      }),
    );
    const accGrelu = accOf(tf.tidy(() => mlpFrom(b, tf.matMul(haTest, tf.tensor2d(grelu)), l, act)));
    const accNone = accOf(tf.tidy(() => mlpFrom(b, haTest, l, act)));
    tf.dispose([haT, hbT, haTest]);
    const pts = (acc: number) => 100 * (accB - acc);
    layers.push({ layer: l, accFull, accGrelu, accNone, penaltyFull: pts(accFull), penaltyGrelu: pts(accGrelu), penaltyNone: pts(accNone) });
  }
  return { accA, accB, layers };
}
