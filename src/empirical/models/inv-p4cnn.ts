import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { conv2dIm2col } from './conv-im2col.js';
import { activate, gaussianVariable, zerosVariable, type Activation, type InvModel } from './inv-model.js';

/**
 * A C4 group-pooled G-CNN (Cohen & Welling's p4 lifting + group convolution, then mean
 * pooling over rotations and space), written as ordinary 'same' convolutions whose kernels
 * are tied copies of free parameters, so it trains on wasm (im2col) and exports to plain
 * tfjs layers. Channel layout of a p4 feature map: index c·4 + r (r = rotation).
 *
 * With ρ the rot90 of the spatial axes and conv(ρx, w) = ρ conv(x, ρ⁻¹w) for odd k:
 * - lifting: out_r = conv(x, ρ^r ψ), so x ↦ ρx sends out_r to ρ out_{r−1};
 * - group conv: out_s = Σ_{r'} conv(F_{r'}, ρ^s Ψ[(r' − s) mod 4]), equivariant the same way;
 * - pooling: the mean over space and r is then exactly invariant.
 * Exactness needs stride 1, odd k and a square grid (symmetric zero padding).
 */
export interface P4CnnOptions {
  size: number;
  channels: number;
  /** Free kernels of the lifting layer and of each group-conv layer. */
  filters: readonly number[];
  kernel: number;
  classes: number;
  activation?: Activation;
}

/** rot90 of the two leading (spatial) axes of a kernel [k, k, ...], `times` times. */
export function rotKernel(w: tf.Tensor, times: number): tf.Tensor {
  const t = ((times % 4) + 4) % 4;
  return tf.tidy(() => {
    const [k, k2, ...rest] = w.shape;
    let y: tf.Tensor3D = tf.reshape(w, [k!, k2!, rest.reduce((a, b) => a * b, 1)]);
    for (let i = 0; i < t; i++) y = tf.transpose(tf.reverse(y, 1), [1, 0, 2]);
    return tf.reshape(y, w.shape);
  });
}

/** Lifting kernel [k, k, Cin, C·4] from the free kernel ψ [k, k, Cin, C]. */
export function liftingKernel(psi: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [k, , cin, c] = psi.shape;
    return tf.reshape(tf.stack([0, 1, 2, 3].map((r) => rotKernel(psi, r)), 4), [k, k, cin, c * 4]) as tf.Tensor4D;
  });
}

/** Group-conv kernel [k, k, Cin·4, C·4] from the free kernel Ψ [k, k, Cin, 4, C]. */
export function groupConvKernel(psi: tf.Tensor5D): tf.Tensor4D {
  return tf.tidy(() => {
    const [k, , cin, , c] = psi.shape;
    const copies = [0, 1, 2, 3].map((s) => {
      // roll the input-rotation axis by s: out[r'] = Ψ[(r' − s) mod 4]
      const rolled = s === 0 ? psi : tf.concat([tf.slice(psi, [0, 0, 0, 4 - s, 0], [-1, -1, -1, s, -1]), tf.slice(psi, [0, 0, 0, 0, 0], [-1, -1, -1, 4 - s, -1])], 3);
      return rotKernel(rolled, s);
    });
    return tf.reshape(tf.stack(copies, 5), [k, k, cin * 4, c * 4]) as tf.Tensor4D;
  });
}

/** Each bias entry repeated over the 4 rotations: [C] -> [C·4]. */
export function tiedBias(b: tf.Tensor1D): tf.Tensor1D {
  return tf.tidy(() => tf.reshape(tf.tile(tf.reshape(b, [-1, 1]), [1, 4]), [-1]) as tf.Tensor1D);
}

/** The free parameters of a p4 CNN, with the tied full kernels they expand to. */
export interface P4Cnn extends InvModel {
  activation: Activation;
  /** Full (tied) conv kernels and biases, then the dense head [C·4, K] and its bias. */
  expanded(): { kernels: tf.Tensor4D[]; biases: tf.Tensor1D[]; dense: tf.Tensor2D; denseBias: tf.Tensor1D };
}

export function createP4Cnn(rng: Rng, opts: P4CnnOptions): P4Cnn {
  const act = opts.activation ?? 'tanh';
  const k = opts.kernel;
  if (k % 2 !== 1) throw new RangeError(`p4 CNN: kernel size must be odd for exact invariance, got ${k}`);
  const kernels: tf.Variable[] = [];
  const biases: tf.Variable[] = [];
  let cin = opts.channels;
  opts.filters.forEach((c, l) => {
    const fanIn = k * k * cin * (l === 0 ? 1 : 4);
    kernels.push(gaussianVariable(rng, l === 0 ? [k, k, cin, c] : [k, k, cin, 4, c], Math.sqrt(1 / fanIn)));
    biases.push(zerosVariable([c]));
    cin = c;
  });
  const dense = gaussianVariable(rng, [cin, opts.classes], Math.sqrt(2 / (cin + opts.classes)));
  const denseBias = zerosVariable([opts.classes]);
  const expanded = () =>
    tf.tidy(() => ({
      kernels: kernels.map((w, l) => (l === 0 ? liftingKernel(w as tf.Variable<tf.Rank.R4>) : groupConvKernel(w as tf.Variable<tf.Rank.R5>))),
      biases: biases.map((b) => tiedBias(b as tf.Variable<tf.Rank.R1>)),
      // mean over the 4 rotation channels, then the dense layer
      dense: tf.reshape(tf.tile(tf.reshape(tf.div(dense, 4), [cin, 1, opts.classes]), [1, 4, 1]), [cin * 4, opts.classes]) as tf.Tensor2D,
      denseBias: tf.clone(denseBias) as tf.Tensor1D,
    }));
  return {
    kind: 'p4-cnn',
    invariant: true,
    activation: act,
    variables: [...kernels, ...biases, dense, denseBias],
    expanded,
    apply(x) {
      return tf.tidy(() => {
        let h: tf.Tensor4D = x;
        kernels.forEach((w, l) => {
          const full = l === 0 ? liftingKernel(w as tf.Variable<tf.Rank.R4>) : groupConvKernel(w as tf.Variable<tf.Rank.R5>);
          h = activate(tf.add(conv2dIm2col(h, full), tiedBias(biases[l] as tf.Variable<tf.Rank.R1>)), act) as tf.Tensor4D;
        });
        const [n, hh, ww, cc] = h.shape;
        // mean over columns, then rows, then rotations: short sums keep the round-off that a
        // rotation (which reorders them) can change near u·(H + W) instead of u·H·W
        const pooled = tf.mean(tf.mean(tf.mean(tf.reshape(h, [n, hh, ww, cc / 4, 4]), 2), 1), 2);
        return tf.add(tf.matMul(pooled as tf.Tensor2D, dense as tf.Variable<tf.Rank.R2>), denseBias) as tf.Tensor2D;
      });
    },
    dispose: () => tf.dispose([...kernels, ...biases, dense, denseBias]),
  };
}
