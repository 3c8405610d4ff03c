import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { createCnn } from '../../../../src/empirical/models/inv-cnn.js';
import { createMlp, createMlpEnsemble } from '../../../../src/empirical/models/inv-mlp.js';
import type { InvModel } from '../../../../src/empirical/models/inv-model.js';
import { orbitAveraged } from '../../../../src/empirical/models/inv-orbit-average.js';
import { createP4Cnn, groupConvKernel, liftingKernel, rotKernel } from '../../../../src/empirical/models/inv-p4cnn.js';
import { rot90Tensor } from '../../../../src/empirical/symmetry/invariance-group.js';
import { useWasm } from '../../../helpers/run-claim.js';

/** max_k |z(rot^k x) − z(x)| / max |z(x)| over a random batch. */
function relativeOrbitError(model: InvModel, size: number, channels: number, seed: number): number {
  return tf.tidy(() => {
    const x = tf.randomNormal([5, size, size, channels], 0, 1, 'float32', seed) as tf.Tensor4D;
    const z = model.apply(x);
    const scale = tf.max(tf.abs(z)).dataSync()[0]!;
    let worst = 0;
    for (let k = 1; k < 4; k++) worst = Math.max(worst, tf.max(tf.abs(tf.sub(model.apply(rot90Tensor(x, k)), z))).dataSync()[0]!);
    return worst / scale;
  });
}

describe('invariance models', () => {
  it('should make the tied MLP, the p4 G-CNN and orbit averages C4-invariant for random weights', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const rng = new Rng(7);
    const models: [InvModel, number, number][] = [
      [createMlp(rng.fork('a'), { size: 8, channels: 1, hidden: [16], classes: 4, tied: true }), 8, 1],
      [createP4Cnn(rng.fork('b'), { size: 9, channels: 2, filters: [3, 2], kernel: 3, classes: 4 }), 9, 2],
      [createP4Cnn(rng.fork('c'), { size: 8, channels: 1, filters: [2, 2, 2], kernel: 5, classes: 3 }), 8, 1],
      [orbitAveraged(createMlp(rng.fork('d'), { size: 6, channels: 1, hidden: [8], classes: 4 })), 6, 1],
      [orbitAveraged(createCnn(rng.fork('e'), { size: 7, channels: 2, filters: [4], kernel: 3, classes: 4 })), 7, 2],
    ];
    for (const [m, size, ch] of models) {
      expect(m.invariant).toBe(true);
      expect(relativeOrbitError(m, size, ch, 3), m.kind).toBeLessThan(1e-5);
      m.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should leave plain MLPs and CNNs visibly non-invariant', async () => {
    await useWasm();
    const rng = new Rng(8);
    const mlp = createMlp(rng.fork('a'), { size: 8, channels: 1, hidden: [16], classes: 4 });
    const cnn = createCnn(rng.fork('b'), { size: 8, channels: 1, filters: [4], kernel: 3, classes: 4 });
    expect(relativeOrbitError(mlp, 8, 1, 1)).toBeGreaterThan(1e-2);
    expect(relativeOrbitError(cnn, 8, 1, 1)).toBeGreaterThan(1e-3);
    mlp.dispose();
    cnn.dispose();
  });

  it('should expand p4 kernels as rotated, rolled copies of the free kernels', async () => {
    await useWasm();
    tf.tidy(() => {
      const psi = tf.randomNormal([3, 3, 2, 5], 0, 1, 'float32', 1) as tf.Tensor4D;
      const lift = liftingKernel(psi);
      expect(lift.shape).toEqual([3, 3, 2, 20]);
      // output channel c·4 + r is rot^r of ψ[..., c]
      const copy = tf.reshape(lift, [3, 3, 2, 5, 4]);
      const r1 = tf.squeeze(tf.slice(copy, [0, 0, 0, 0, 1], [-1, -1, -1, -1, 1]), [4]);
      expect(tf.max(tf.abs(tf.sub(r1, rotKernel(psi, 1)))).dataSync()[0]).toBe(0);
      expect(tf.max(tf.abs(tf.sub(rotKernel(psi, 4), psi))).dataSync()[0]).toBe(0);
      const big = tf.randomNormal([3, 3, 2, 4, 3], 0, 1, 'float32', 2) as tf.Tensor5D;
      expect(groupConvKernel(big).shape).toEqual([3, 3, 8, 12]);
    });
  });

  it('should give an ensemble member the same logits as the same MLP built alone', async () => {
    await useWasm();
    const ens = createMlpEnsemble([new Rng(1), new Rng(2)], { size: 4, channels: 1, hidden: [5], classes: 3 });
    const alone = createMlp(new Rng(2), { size: 4, channels: 1, hidden: [5], classes: 3 });
    tf.tidy(() => {
      const x = tf.randomNormal([3, 4, 4, 1], 0, 1, 'float32', 4) as tf.Tensor4D;
      expect(tf.max(tf.abs(tf.sub(ens.member(1).apply(x), alone.apply(x)))).dataSync()[0]).toBeLessThan(1e-6);
      const all = ens.applyAll(tf.stack([tf.reshape(x, [3, 16]), tf.reshape(x, [3, 16])]) as tf.Tensor3D);
      expect(tf.max(tf.abs(tf.sub(tf.squeeze(tf.slice(all, [1, 0, 0], [1, -1, -1]), [0]), alone.apply(x)))).dataSync()[0]).toBeLessThan(1e-6);
    });
    expect(() => ens.member(2)).toThrow(/no member/);
    ens.dispose();
    alone.dispose();
  });
});
