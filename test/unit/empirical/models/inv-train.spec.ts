import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { glyphDataset, rot90 } from '../../../../src/empirical/data/glyphs.js';
import { createMlpEnsemble } from '../../../../src/empirical/models/inv-mlp.js';
import { matMulFast, batchMatMulFast } from '../../../../src/empirical/models/inv-matmul.js';
import { createP4Cnn } from '../../../../src/empirical/models/inv-p4cnn.js';
import { runRegularisationStudy } from '../../../../src/empirical/train/inv-regularisation-study.js';
import { trainEnsemble } from '../../../../src/empirical/train/inv-train-ensemble.js';
import { accuracy, rot90Hwc, trainClassifier } from '../../../../src/empirical/train/inv-train.js';
import { useWasm } from '../../../helpers/run-claim.js';

const data = (seed: number, count: number, size = 8) => {
  const g = glyphDataset(new Rng(seed), { count, size });
  return { images: g.images, labels: g.labels, count, size, channels: 1, classes: 4 };
};

describe('invariance training', () => {
  it('should rotate HWC images as glyphs.rot90 does', () => {
    const img = Float32Array.from({ length: 25 }, (_, i) => i);
    const out = new Float32Array(25);
    for (let k = 0; k < 4; k++) {
      rot90Hwc(img, 5, 1, k, out);
      expect(Array.from(out)).toEqual(Array.from(rot90(img, 5, k)));
    }
  });

  it('should give the transpose-explicit products the values and gradients of tf.matMul', async () => {
    await useWasm();
    tf.tidy(() => {
      const a = tf.randomNormal([3, 5, 4], 0, 1, 'float32', 1) as tf.Tensor3D;
      const b = tf.randomNormal([3, 4, 2], 0, 1, 'float32', 2) as tf.Tensor3D;
      const ours = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.square(batchMatMulFast(x as tf.Tensor3D, y as tf.Tensor3D))))([a, b]);
      const ref = tf.grads((x: tf.Tensor, y: tf.Tensor) => tf.sum(tf.square(tf.matMul(x as tf.Tensor3D, y as tf.Tensor3D))))([a, b]);
      ours.forEach((g, i) => expect(tf.max(tf.abs(tf.sub(g, ref[i]!))).dataSync()[0]).toBeLessThan(1e-4));
      const a2 = tf.squeeze(tf.slice(a, [0, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
      const b2 = tf.squeeze(tf.slice(b, [0, 0, 0], [1, -1, -1]), [0]) as tf.Tensor2D;
      expect(tf.max(tf.abs(tf.sub(matMulFast(a2, b2), tf.matMul(a2, b2)))).dataSync()[0]).toBeLessThan(1e-5);
    });
  });

  it('should train two members at once exactly as two separate runs, and the regulariser should shrink the orbit penalty', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const d = data(1, 120);
    const opts = { epochs: 3, batchSize: 40, learningRate: 0.01, schedule: 'cosine' as const };
    const both = createMlpEnsemble([new Rng(5), new Rng(5)], { size: 8, channels: 1, hidden: [8], classes: 4 });
    const r = trainEnsemble(both, [d, d], { ...opts, lambdas: [0, 3], orders: [new Rng(6), new Rng(6)] });
    const alone = createMlpEnsemble([new Rng(5)], { size: 8, channels: 1, hidden: [8], classes: 4 });
    const r1 = trainEnsemble(alone, [d], { ...opts, lambdas: [3], orders: [new Rng(6)] });
    expect(r.steps).toBe(9);
    expect(r.finalPenalty[1]!).toBeCloseTo(r1.finalPenalty[0]!, 4);
    expect(r.finalPenalty[1]!).toBeLessThan(r.finalPenalty[0]!);
    tf.tidy(() => {
      const x = tf.tensor4d(d.images.subarray(0, 5 * 64), [5, 8, 8, 1]);
      expect(tf.max(tf.abs(tf.sub(both.member(1).apply(x), alone.member(0).apply(x)))).dataSync()[0]).toBeLessThan(1e-4);
    });
    both.dispose();
    alone.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => trainEnsemble(createMlpEnsemble([new Rng(1)], { size: 8, channels: 1, hidden: [2], classes: 4 }), [d, d], { ...opts, lambdas: [0], orders: [new Rng(1)] })).toThrow(/need 1/);
  });

  it('should train a single model (p4 G-CNN) with trainClassifier and measure its accuracy', async () => {
    await useWasm();
    const d = data(2, 60);
    const m = createP4Cnn(new Rng(3), { size: 8, channels: 1, filters: [2], kernel: 3, classes: 4 });
    const r = trainClassifier(m, d, { epochs: 1, batchSize: 30, learningRate: 0.01, lambda: 1, augment: true, rng: new Rng(4) });
    expect(r.steps).toBe(2);
    expect(r.diverged).toBe(false);
    expect(r.finalPenalty).toBeLessThan(1e-8); // an invariant model pays no invariance penalty
    const acc = accuracy(m, d);
    expect(acc).toBeGreaterThanOrEqual(0);
    expect(acc).toBeLessThanOrEqual(1);
    m.dispose();
  });

  it('should run a tiny study end to end, deterministically', async () => {
    await useWasm();
    const cfg = { seeds: 2, size: 8, trainCount: 60, testCount: 20, gradientCount: 4, hidden: [6], epochs: 1, batchSize: 30, learningRate: 0.01, lambda: 1, models: ['tied', 'plain', 'regularised'] as const, conditions: ['clean', 'gaussian'] as const };
    const a = runRegularisationStudy(new Rng(9), cfg);
    const b = runRegularisationStudy(new Rng(9), cfg);
    expect(a.seeds.length).toBe(2);
    expect(a.seeds[0]!.tied!.conditions.clean!.lie).toBe(0);
    expect(a.seeds[1]!.plain!.conditions.gaussian!.accuracy).toBeNull();
    expect(a.seeds[0]!.regularised!.conditions.gaussian!.sis).not.toBeNull();
    expect(a.saliency.plain!.maps.length).toBe(4);
    expect(b.seeds).toEqual(a.seeds);
  });
});
