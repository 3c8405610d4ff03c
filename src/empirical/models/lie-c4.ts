import * as tf from '@tensorflow/tfjs';
import type { LieModel } from './lie-mlp.js';

/**
 * C4 orbit averaging on square images: z(x) = ¼ Σ_k f(rot90^k x). Exactly invariant under
 * rot90 (an exact pixel permutation on a symmetric grid), a stand-in for a group-pooled
 * G-CNN (research/invariance.md §3.3). It is not continuously rotation invariant.
 */

/** rot90 (counter-clockwise, as glyphs.rot90) of flattened H x H images [batch, H·H]. */
export function rot90Flat(x: tf.Tensor2D, H: number, times = 1): tf.Tensor2D {
  return tf.tidy(() => {
    let img = tf.reshape(x, [-1, H, H]);
    for (let t = 0; t < ((times % 4) + 4) % 4; t++) img = tf.reverse(tf.transpose(img, [0, 2, 1]), 1);
    return tf.reshape(img, [-1, H * H]) as tf.Tensor2D;
  });
}

/** The C4 orbit average of a model on flattened H x H images (shares its variables). */
export function c4OrbitAverage(model: LieModel, H: number): LieModel {
  return {
    ...model,
    apply: (x) =>
      tf.tidy(() => {
        const outs = [0, 1, 2, 3].map((k) => model.apply(k ? rot90Flat(x, H, k) : x));
        return tf.div(tf.addN(outs), 4) as tf.Tensor2D;
      }),
  };
}
