import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';

/**
 * A circular CNN on sequences of length n (G = Z_n acting by shifts): L layers of circular
 * convolution with filter size k (im2col from slice/concat/matMul, so it trains on wasm),
 * a point-wise activation after each, then sum-pooling over positions. Every pooled channel
 * is a Z_n-invariant function of the input.
 */
export interface CircularCnnLayer {
  /** [k · cIn, cOut]: row j·cIn + c multiplies channel c at offset j. */
  kernel: Float32Array;
  bias: Float32Array;
  cIn: number;
  cOut: number;
}

export interface CircularCnnSpec {
  k: number;
  depth: number;
  width: number;
  /** Std of the bias entries (default 1: "complete bias"). */
  biasStd?: number;
  /** Multiplies the He-style weight std 1/sqrt(k·cIn) (default 1). */
  gain?: number;
}

/** Random weights: N(0, gain²/(k·cIn)) kernels, N(0, biasStd²) biases, all from rng. */
export function randomCircularCnn(spec: CircularCnnSpec, rng: Rng): CircularCnnLayer[] {
  const layers: CircularCnnLayer[] = [];
  let cIn = 1;
  for (let l = 0; l < spec.depth; l++) {
    const fan = spec.k * cIn;
    layers.push({
      kernel: rng.normals(fan * spec.width, (spec.gain ?? 1) / Math.sqrt(fan)),
      bias: rng.normals(spec.width, spec.biasStd ?? 1),
      cIn,
      cOut: spec.width,
    });
    cIn = spec.width;
  }
  return layers;
}

/** One circular convolution: h [B, n, cIn] → [B, n, cOut] (pre-activation). */
export function circularConv(h: tf.Tensor3D, kernel: tf.Tensor2D, bias: tf.Tensor1D, k: number): tf.Tensor3D {
  return tf.tidy(() => {
    const [B, n, c] = h.shape;
    const cols: tf.Tensor3D[] = [];
    for (let j = 0; j < k; j++) {
      const s = j % n;
      cols.push(s === 0 ? h : tf.concat([tf.slice(h, [0, s, 0], [B, n - s, c]), tf.slice(h, [0, 0, 0], [B, s, c])], 1));
    }
    const patches = tf.reshape(tf.concat(cols, 2), [B * n, k * c]);
    return tf.reshape(tf.add(tf.matMul(patches, kernel), bias), [B, n, kernel.shape[1]]) as tf.Tensor3D;
  });
}

/** Sum-pooled features [B, cOut] of x [B, n] through the given layers (tensors, e.g. variables). */
export function circularCnnFeatures(
  x: tf.Tensor2D,
  layers: ReadonlyArray<{ kernel: tf.Tensor2D; bias: tf.Tensor1D }>,
  k: number,
  act: (t: tf.Tensor) => tf.Tensor,
): tf.Tensor2D {
  return tf.tidy(() => {
    let h = tf.expandDims(x, 2) as tf.Tensor3D;
    for (const layer of layers) h = act(circularConv(h, layer.kernel, layer.bias, k)) as tf.Tensor3D;
    return tf.sum(h, 1) as tf.Tensor2D;
  });
}

/** Pooled features of plain-array weights (random probes): [B, width] as a tensor. */
export function probeCircularCnn(x: tf.Tensor2D, layers: readonly CircularCnnLayer[], k: number, act: (t: tf.Tensor) => tf.Tensor): tf.Tensor2D {
  return tf.tidy(() =>
    circularCnnFeatures(
      x,
      layers.map((l) => ({ kernel: tf.tensor2d(l.kernel, [k * l.cIn, l.cOut]), bias: tf.tensor1d(l.bias) })),
      k,
      act,
    ),
  );
}
