import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { createMlp, disposeMlp, mlpLayers } from '../../../../src/empirical/models/eqv-mlp.js';
import { spirals } from '../../../../src/empirical/representations/spirals.js';
import { stitchAllLayers } from '../../../../src/empirical/representations/stitching.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('stitching (and models/eqv-mlp)', () => {
  it('should stitch a network into a permuted-and-scaled copy of itself at no cost', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const rng = new Rng(2);
    const data = spirals(30, 3, rng);
    const x = tf.tensor2d(data.x, [data.n, 2]);
    const act = (t: tf.Tensor) => tf.relu(t);
    const a = createMlp([2, 6, 6, 3], rng);
    // B = g·A with g = P D on the first hidden layer (D > 0): the same function.
    const perm = [2, 0, 1, 5, 3, 4];
    const d = [0.5, 2, 1, 3, 0.25, 1.5];
    const b = createMlp([2, 6, 6, 3], rng);
    const W0 = a.weights[0]!.arraySync();
    const b0 = a.biases[0]!.arraySync();
    const W1 = a.weights[1]!.arraySync();
    tf.tidy(() => {
      b.weights[0]!.assign(tf.tensor2d(W0.map((row) => perm.map((p, j) => row[p]! * d[j]!))));
      b.biases[0]!.assign(tf.tensor1d(perm.map((p, j) => b0[p]! * d[j]!)));
      b.weights[1]!.assign(tf.tensor2d(perm.map((p, j) => W1[p]!.map((w) => w / d[j]!))));
      b.biases[1]!.assign(a.biases[1]!);
      b.weights[2]!.assign(a.weights[2]!);
      b.biases[2]!.assign(a.biases[2]!);
    });
    const same = tf.tidy(() => tf.max(tf.abs(tf.sub(mlpLayers(a, x, act)[2]!, mlpLayers(b, x, act)[2]!))).dataSync()[0]!);
    expect(same).toBeLessThan(1e-5);
    const r = stitchAllLayers(a, b, act, x, x, data.labels);
    expect(r.layers[0]!.penaltyGrelu).toBe(0);
    expect(r.layers[0]!.penaltyFull).toBeLessThanOrEqual(1e-9);
    disposeMlp(a);
    disposeMlp(b);
    x.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should generate balanced spirals', () => {
    const s = spirals(10, 3, new Rng(1));
    expect(s.n).toBe(30);
    expect(Array.from(s.labels).filter((l) => l === 2)).toHaveLength(10);
  });
});
