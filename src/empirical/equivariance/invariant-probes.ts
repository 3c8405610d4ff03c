import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import type { Activation } from '../../theory/equivariance/activations.js';
import { act, type PermGroup } from '../../theory/equivariance/perm-groups.js';
import { tfActivation } from './tf-activations.js';

/**
 * Random invariant probe networks on R^n (float32, tfjs), each channel one invariant function:
 * - shallow block R^{G/H}: f_c(x) = Σ_{g∈G} σ(⟨w_c, g^{-1}x⟩ + b_c) with w_c = P_H u_c ∈ V^H
 *   (each coset gH appears |H| times, a constant factor);
 * - DeepSets: f_c(x) = Σ_i σ(w_c x_i + b_c), invariant under every permutation.
 * Inputs are rows of `xs`; the result is row-major [items × channels].
 */
export interface ProbeOptions {
  channels: number;
  activation: Activation;
  gain?: number;
  biasStd?: number;
}

/** Features of a shallow R^{G/H} network with random weights. */
export function shallowBlockFeatures(xs: readonly (readonly number[])[], G: PermGroup, H: PermGroup, opts: ProbeOptions, rng: Rng): Float32Array {
  const n = G.degree;
  const c = opts.channels;
  const gain = opts.gain ?? 1;
  // ⟨w, g^{-1}x⟩ = ⟨g·w, x⟩: one column per (g, c).
  const cols: number[][] = [];
  const ws = Array.from({ length: c }, () => {
    const u = Array.from({ length: n }, () => rng.normal(0, gain / Math.sqrt(n)));
    const w = new Array<number>(n).fill(0);
    for (const h of H.elements) act(h, u).forEach((v, i) => (w[i]! += v / H.elements.length));
    return w;
  });
  const bias = Array.from({ length: c }, () => rng.normal(0, opts.biasStd ?? 1));
  for (const g of G.elements) for (const w of ws) cols.push(act(g, w));
  const sigma = tfActivation(opts.activation);
  return readAndDispose(() => {
    const X = tf.tensor2d(xs.flat(), [xs.length, n]);
    const W = tf.transpose(tf.tensor2d(cols.flat(), [cols.length, n]));
    const b = tf.tile(tf.tensor1d(bias), [G.elements.length]);
    const z = sigma(tf.add(tf.matMul(X, W), b));
    return tf.sum(tf.reshape(z, [xs.length, G.elements.length, c]), 1);
  });
}

/** Run a tensor computation in a tidy scope and return its values, disposing the result. */
function readAndDispose(f: () => tf.Tensor): Float32Array {
  const t = tf.tidy(f);
  const v = t.dataSync() as Float32Array;
  t.dispose();
  return v;
}

/** Features of a DeepSets network Σ_i σ(w_c x_i + b_c) with random weights. */
export function deepSetsFeatures(xs: readonly (readonly number[])[], opts: ProbeOptions, rng: Rng): Float32Array {
  const n = xs[0]?.length ?? 0;
  const c = opts.channels;
  const w = Array.from({ length: c }, () => rng.normal(0, opts.gain ?? 1));
  const bias = Array.from({ length: c }, () => rng.normal(0, opts.biasStd ?? 1));
  const sigma = tfActivation(opts.activation);
  return readAndDispose(() => {
    const X = tf.reshape(tf.tensor2d(xs.flat(), [xs.length, n]), [xs.length * n, 1]);
    const z = sigma(tf.add(tf.matMul(X, tf.tensor2d(w, [1, c])), tf.tensor1d(bias)));
    return tf.sum(tf.reshape(z, [xs.length, n, c]), 1);
  });
}
