import * as tf from '@tensorflow/tfjs';
import type { P4Cnn } from './inv-p4cnn.js';

/**
 * Export a p4 group-pooled CNN as a plain tfjs LayersModel (savable with model.save):
 * each tied convolution becomes a Conv2D layer holding its expanded kernel, the pooling over
 * rotations and space becomes GlobalAveragePooling2D followed by a Dense layer whose kernel
 * is tied across the four rotation channels of each feature (so it averages over them).
 * Standard layers only: any tfjs program can load it, and `theorycheck invariance` can
 * confirm its invariance (up to the round-off of tfjs-layers' one-pass spatial mean).
 */
export function p4ToLayersModel(model: P4Cnn, opts: { size: number; channels: number }): tf.Sequential {
  const { kernels, biases, dense, denseBias } = model.expanded();
  try {
    const seq = tf.sequential();
    kernels.forEach((k, l) => {
      const [kh, kw, , cout] = k.shape;
      seq.add(
        tf.layers.conv2d({
          filters: cout,
          kernelSize: [kh, kw],
          padding: 'same',
          activation: model.activation,
          ...(l === 0 ? { inputShape: [opts.size, opts.size, opts.channels] } : {}),
        }),
      );
    });
    seq.add(tf.layers.globalAveragePooling2d({}));
    seq.add(tf.layers.dense({ units: dense.shape[1] }));
    const values: tf.Tensor[] = [];
    kernels.forEach((k, l) => values.push(k, biases[l]!));
    values.push(dense, denseBias);
    seq.setWeights(values);
    return seq;
  } finally {
    tf.dispose([...kernels, ...biases, dense, denseBias]);
  }
}
