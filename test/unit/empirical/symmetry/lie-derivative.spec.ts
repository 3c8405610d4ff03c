import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { createLieMlp } from '../../../../src/empirical/models/lie-mlp.js';
import { actOnInputs, imageLieDerivativeAutodiff, imageLieDerivativeFD, lieDerivativeAutodiff, lieDerivativeFD } from '../../../../src/empirical/symmetry/lie-derivative.js';
import { expm, scaleF } from '../../../../src/theory/lie/expm.js';
import { useWasm } from '../../../helpers/run-claim.js';

beforeAll(useWasm);

describe('Lie derivative', () => {
  it('should agree between autodiff and central differences on vectors (two blocks)', () => {
    const rng = new Rng(4);
    const m = createLieMlp(rng, { inputDim: 6, outputDim: 2, depth: 1, width: 8, activation: 'tanh', bias: true });
    const x = Float32Array.from({ length: 20 * 6 }, () => rng.normal());
    const A = [[0.2, -1, 0.3], [1, 0, 0.5], [0, -0.4, 0.1]];
    const before = tf.memory().numTensors;
    const ad = lieDerivativeAutodiff(m.apply, x, 6, A, 2);
    const fd = lieDerivativeFD(m.apply, x, 6, expm(scaleF(A, 1e-2)), expm(scaleF(A, -1e-2)), 1e-2, 2);
    expect(tf.memory().numTensors).toBe(before);
    m.dispose();
    expect(ad).toHaveLength(40);
    ad.forEach((v, i) => expect(Math.abs(v - fd[i]!)).toBeLessThan(2e-3 * Math.max(1, Math.abs(v))));
  });

  it('should be zero (to round-off) for a rotation-invariant function', () => {
    const norm2 = (x: tf.Tensor2D): tf.Tensor2D => tf.tidy(() => tf.sum(tf.square(x), 1, true) as tf.Tensor2D);
    const x = Float32Array.from([1, 2, -1, 0.5, 3, -2]);
    const ld = lieDerivativeAutodiff(norm2, x, 3, [[0, -1, 0], [1, 0, 0], [0, 0, 0]]);
    ld.forEach((v) => expect(Math.abs(v)).toBeLessThan(1e-6));
  });

  it('should apply group elements blockwise', () => {
    expect(Array.from(actOnInputs([[0, -1], [1, 0]], Float32Array.from([1, 2, 3, 4]), 4, 2))).toEqual([-2, 1, -4, 3]);
  });

  it('should agree between autodiff and finite differences along the image flow', () => {
    const rng = new Rng(6);
    const H = 8;
    const m = createLieMlp(rng, { inputDim: H * H, outputDim: 3, depth: 1, width: 8, activation: 'tanh', bias: true });
    const imgs = Float32Array.from({ length: 4 * H * H }, () => rng.uniform());
    const A = [[0.5, -1, 0.2], [1, 0.1, -0.3]];
    const ad = imageLieDerivativeAutodiff(m.apply, imgs, H, A);
    const fd = imageLieDerivativeFD(m.apply, imgs, H, A, 1e-2);
    m.dispose();
    ad.forEach((v, i) => expect(Math.abs(v - fd[i]!)).toBeLessThan(5e-3 * Math.max(1, Math.abs(v))));
  });
});
