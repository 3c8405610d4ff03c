import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { renderGlyph, rot90, STROKE_GLYPHS } from '../../../../src/empirical/data/glyphs.js';
import { bilinearRotationMatrix, c4OrbitMean, createImageGroup, orderFreeMean4, rot90Tensor } from '../../../../src/empirical/symmetry/invariance-group.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('image rotation groups', () => {
  it('should rotate tensors exactly as glyphs.rot90 does', async () => {
    await useWasm();
    const img = renderGlyph(STROKE_GLYPHS.L!, { size: 9, theta: 0.4, scale: 0.6 });
    for (let k = 0; k < 4; k++) {
      const t = rot90Tensor(tf.tensor4d(img, [1, 9, 9, 1]), k);
      expect(Array.from(t.dataSync())).toEqual(Array.from(rot90(img, 9, k)));
      t.dispose();
    }
  });

  it('should make the bilinear matrix a permutation at multiples of 90° and rotate glyphs at 45°', () => {
    const size = 16;
    const m90 = bilinearRotationMatrix(size, Math.PI / 2);
    const img = renderGlyph(STROKE_GLYPHS.T!, { size, theta: 0.3, scale: 0.6 });
    const apply = (m: Float32Array) => Array.from({ length: size * size }, (_, i) => img.reduce((a, v, j) => a + m[i * size * size + j]! * v, 0));
    expect(apply(m90).map((v) => Number(v.toFixed(6)))).toEqual(Array.from(rot90(img, size, 1)).map((v) => Number(v.toFixed(6))));
    // 45°: compare with the glyph rendered at θ + π/4 (interpolation error, small on the strokes)
    const r45 = apply(bilinearRotationMatrix(size, Math.PI / 4));
    const ref = renderGlyph(STROKE_GLYPHS.T!, { size, theta: 0.3 + Math.PI / 4, scale: 0.6 });
    const err = Math.sqrt(r45.reduce((a, v, i) => a + (v - ref[i]!) ** 2, 0) / ref.reduce((a, v) => a + v * v, 0));
    expect(err).toBeLessThan(0.35);
    expect(err).toBeGreaterThan(0); // not a permutation: interpolation error is part of c8/so2 metrics
  });

  it('should build c4, c8 and seeded so2 groups with the identity first, and dispose them', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const c8 = createImageGroup('c8', 8);
    const so2 = createImageGroup('so2', 8, { samples: 5, rng: new Rng(3) });
    expect(c8.order).toBe(8);
    expect(so2.order).toBe(5);
    expect(so2.angles[0]).toBe(0);
    const again = createImageGroup('so2', 8, { samples: 5, rng: new Rng(3) });
    expect(again.angles).toEqual(so2.angles);
    again.dispose();
    const x = tf.randomNormal([2, 8, 8, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const id = so2.act(x, 0);
    const r2 = c8.act(x, 2);
    const ref = rot90Tensor(x, 1);
    tf.tidy(() => {
      expect(tf.max(tf.abs(tf.sub(id, x))).dataSync()[0]).toBe(0);
      expect(tf.max(tf.abs(tf.sub(r2, ref))).dataSync()[0]).toBeLessThan(1e-6);
    });
    tf.dispose([x, id, r2, ref]);
    c8.dispose();
    so2.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => createImageGroup('c8', 65)).toThrow(/exceed/);
  });

  it('should average an orbit bit-identically for every order, with the mean’s gradient', async () => {
    await useWasm();
    tf.tidy(() => {
      const xs = [0, 1, 2, 3].map((i) => tf.randomNormal([50], 0, 1e3, 'float32', i));
      const a = orderFreeMean4(xs[0]!, xs[1]!, xs[2]!, xs[3]!).dataSync();
      const b = orderFreeMean4(xs[2]!, xs[0]!, xs[3]!, xs[1]!).dataSync();
      expect(Array.from(a)).toEqual(Array.from(b));
      const x = tf.randomNormal([1, 5, 5, 1], 0, 1, 'float32', 9) as tf.Tensor4D;
      expect(Array.from(c4OrbitMean(rot90Tensor(x, 1)).dataSync())).toEqual(Array.from(c4OrbitMean(x).dataSync()));
      const g = tf.grad((v: tf.Tensor) => tf.sum(orderFreeMean4(v, tf.mul(v, 2), tf.zerosLike(v), tf.zerosLike(v))))(tf.ones([3]));
      expect(Array.from(g.dataSync())).toEqual([0.75, 0.75, 0.75]);
    });
  });
});
