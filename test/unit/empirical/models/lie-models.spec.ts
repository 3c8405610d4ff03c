import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { glyphDataset, rot90 } from '../../../../src/empirical/data/glyphs.js';
import { c4OrbitAverage, rot90Flat } from '../../../../src/empirical/models/lie-c4.js';
import { createLieCnn } from '../../../../src/empirical/models/lie-cnn.js';
import { createInvariantFeatureNet, gramFeatures } from '../../../../src/empirical/models/lie-invariant.js';
import { createLieMlp } from '../../../../src/empirical/models/lie-mlp.js';
import { accuracy, regressionMse, trainClassifier, trainRegression } from '../../../../src/empirical/models/lie-train.js';
import { useWasm } from '../../../helpers/run-claim.js';

beforeAll(useWasm);

describe('lie-mlp and lie-train', () => {
  it('should be seeded, count its parameters and leak no tensors through training', () => {
    const before = tf.memory().numTensors;
    const a = createLieMlp(new Rng(1), { inputDim: 3, outputDim: 1, depth: 2, width: 8, bias: true });
    const b = createLieMlp(new Rng(1), { inputDim: 3, outputDim: 1, depth: 2, width: 8, bias: true });
    expect(a.paramCount).toBe(3 * 8 + 8 * 8 + 8 + 8 + 8 + 1);
    expect(Array.from(a.variables[0]!.dataSync())).toEqual(Array.from(b.variables[0]!.dataSync()));
    const rng = new Rng(2);
    const X = Float32Array.from({ length: 256 * 3 }, () => rng.normal());
    const y = Float32Array.from({ length: 256 }, (_, i) => X[3 * i]! * X[3 * i + 1]!);
    const start = regressionMse(a, X, y, 3);
    const { mse } = trainRegression(a, X, y, 3, { epochs: 30, batchSize: 64, learningRate: 1e-2, rng });
    expect(mse).toBeLessThan(start / 2);
    a.dispose();
    b.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should train a glyph classifier above chance', () => {
    const rng = new Rng(3);
    const data = glyphDataset(rng, { count: 400, size: 12 });
    const m = createLieMlp(rng, { inputDim: 144, outputDim: 4, depth: 1, width: 32, activation: 'tanh', bias: true });
    trainClassifier(m, data.images, data.labels, 4, 144, { epochs: 5, batchSize: 32, learningRate: 3e-3, rng });
    expect(accuracy(m, data.images, data.labels, 144)).toBeGreaterThan(0.6);
    m.dispose();
  });
});

describe('lie-c4', () => {
  it('should rotate flattened images like glyphs.rot90 and make any model exactly C4-invariant', () => {
    const H = 8;
    const rng = new Rng(4);
    const img = Float32Array.from({ length: 2 * H * H }, () => rng.uniform());
    const x = tf.tensor2d(img, [2, H * H]);
    for (const k of [1, 2, 3]) {
      const r = rot90Flat(x, H, k);
      expect(Array.from(r.dataSync().slice(0, H * H))).toEqual(Array.from(rot90(img.subarray(0, H * H), H, k)));
      r.dispose();
    }
    const f = createLieMlp(rng, { inputDim: H * H, outputDim: 3, depth: 1, width: 8, activation: 'tanh', bias: true });
    const z = c4OrbitAverage(f, H);
    const [z0, z1] = tf.tidy(() => [z.apply(x), z.apply(rot90Flat(x, H, 1))]);
    const a = z0!.dataSync();
    const b = z1!.dataSync();
    a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThan(1e-6));
    tf.dispose([x, z0!, z1!]);
    f.dispose();
  });
});

describe('lie-invariant', () => {
  it('should see only inner products, so a simultaneous rotation changes nothing', () => {
    const rng = new Rng(5);
    const net = createInvariantFeatureNet(rng, { vectors: 2, dim: 2, depth: 1, width: 4 });
    const c = Math.cos(0.7);
    const s = Math.sin(0.7);
    const x = [1, 2, -0.5, 3];
    const gx = [c * 1 - s * 2, s * 1 + c * 2, c * -0.5 - s * 3, s * -0.5 + c * 3];
    const out = tf.tidy(() => net.apply(tf.tensor2d([x, gx])).dataSync());
    expect(out[0]).toBeCloseTo(out[1]!, 5);
    const feats = tf.tidy(() => gramFeatures(tf.tensor2d([x]), 2, 2).dataSync());
    expect(Array.from(feats)).toEqual([5, 5.5, 9.25]);
    net.dispose();
  });
});

describe('lie-cnn', () => {
  it('should train on the wasm backend (im2col convolutions) without leaking tensors', () => {
    const before = tf.memory().numTensors;
    const rng = new Rng(6);
    const data = glyphDataset(rng, { count: 64, size: 8 });
    const m = createLieCnn(rng, { size: 8, channels: 4, classes: 4 });
    const out = tf.tidy(() => m.apply(tf.tensor2d(data.images, [64, 64])).shape);
    expect(out).toEqual([64, 4]);
    const first = trainClassifier(m, data.images, data.labels, 4, 64, { epochs: 1, batchSize: 16, learningRate: 1e-2, rng }).loss;
    const later = trainClassifier(m, data.images, data.labels, 4, 64, { epochs: 4, batchSize: 16, learningRate: 1e-2, rng }).loss;
    expect(later).toBeLessThan(first);
    m.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});
