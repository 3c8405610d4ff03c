import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { createImageGroup, rot90Tensor } from '../../../../src/empirical/symmetry/invariance-group.js';
import { jacobianSingularValues } from '../../../../src/empirical/symmetry/invariance-spectrum.js';
import { measureInvariance } from '../../../../src/empirical/symmetry/invariance-probe.js';
import { useWasm } from '../../../helpers/run-claim.js';

const size = 6;
const D = size * size;
const batch = (n: number, seed: number) => ({ data: new Rng(seed).normals(n * D), count: n, size, channels: 1 });

describe('measureInvariance', () => {
  it('should report an exactly invariant function as PDI 1, LIE 0, SIS 1', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    // z = (Σx, Σx², Σx³, −Σx): invariant under any pixel permutation
    const f = (x: tf.Tensor4D) => tf.tidy(() => {
      const flat = tf.reshape(x, [x.shape[0], D]);
      const s = [tf.sum(flat, 1), tf.sum(tf.square(flat), 1), tf.sum(tf.pow(flat, 3), 1), tf.neg(tf.sum(flat, 1))];
      return tf.stack(s, 1) as tf.Tensor2D;
    });
    const g = createImageGroup('c4', size);
    const r = measureInvariance(f, batch(5, 1), g, { keep: 2 });
    expect(r.meanLie).toBeLessThan(1e-6);
    expect(r.pdi).toBeGreaterThan(1 - 1e-9);
    expect(r.agreement).toBe(1);
    expect(r.sis!).toBeGreaterThan(0.99999);
    expect(r.saliency.length).toBe(2);
    expect(r.saliency[0]!.maps.length).toBe(4);
    expect(r.logits.length).toBe(5 * 4);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should measure a linear model exactly: constant Jacobian spectrum, saliency cosine with the rotated weights', async () => {
    await useWasm();
    const W = new Rng(2).normals(D * 3);
    const w = tf.tensor2d(W, [D, 3]);
    const f = (x: tf.Tensor4D): tf.Tensor2D => tf.tidy(() => tf.matMul(tf.reshape(x, [x.shape[0], D]), w) as tf.Tensor2D);
    const g = createImageGroup('c4', size);
    const r = measureInvariance(f, batch(4, 3), g);
    // centred Jacobian rows: w_k − mean_j w_j, the same for every input
    const rows = [0, 1, 2].map((k) => Array.from({ length: D }, (_, d) => W[d * 3 + k]! - (W[d * 3]! + W[d * 3 + 1]! + W[d * 3 + 2]!) / 3));
    const expected = jacobianSingularValues(rows);
    r.spectrum.forEach((s, i) => expect(s).toBeCloseTo(expected[i]!, 3));
    expect(r.spectrum[2]!).toBeLessThan(1e-3);
    expect(r.meanLie).toBeGreaterThan(0.1);
    expect(r.sis!).toBeLessThan(0.9);
    // a single input: its saliency for g = rot90 is ρᵀ w_c, aligned back by autodiff
    const one = measureInvariance(f, batch(1, 4), g, { keep: 1 });
    const c = one.saliency[0]!.cls;
    const wc = tf.tensor4d(Array.from({ length: D }, (_, d) => W[d * 3 + c]!), [1, size, size, 1]);
    const back = rot90Tensor(wc, 3).dataSync();
    one.saliency[0]!.maps[1]!.forEach((v, i) => expect(v).toBeCloseTo(back[i]!, 4));
    tf.dispose([w, wc]);
  });

  it('should skip gradient metrics when asked, and use only the first gradient inputs', async () => {
    await useWasm();
    const f = (x: tf.Tensor4D) => tf.tidy(() => tf.reshape(tf.slice(tf.reshape(x, [x.shape[0], D]), [0, 0], [-1, 3]), [x.shape[0], 3]) as tf.Tensor2D);
    const g = createImageGroup('c4', size);
    const none = measureInvariance(f, batch(3, 5), g, { gradientInputs: 0 });
    expect(none.sis).toBeNull();
    expect(none.jacobianTop).toBeNull();
    expect(none.spectrum).toEqual([]);
    const some = measureInvariance(f, batch(6, 5), g, { gradientInputs: 2 });
    expect(some.gradientInputs).toBe(2);
    expect(some.perInput.sis.length).toBe(2);
    expect(some.perInput.lie.length).toBe(6);
  });
});
