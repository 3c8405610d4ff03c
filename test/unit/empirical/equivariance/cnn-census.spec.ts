import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { cnnCensus, cnnProbeFeatures } from '../../../../src/empirical/equivariance/cnn-census.js';
import { circularConv } from '../../../../src/empirical/models/eqv-circular-cnn.js';
import { cyclicGroup, orbitRepresentatives } from '../../../../src/theory/equivariance/perm-groups.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('circular CNN probes (models/eqv-circular-cnn)', () => {
  it('should convolve circularly: window (x_i, x_{i+1}) at position i', async () => {
    await useWasm();
    const out = tf.tidy(() => circularConv(tf.tensor3d([1, 2, 3, 4], [1, 4, 1]), tf.tensor2d([1, 10], [2, 1]), tf.tensor1d([0]), 2).dataSync());
    expect(Array.from(out)).toEqual([21, 32, 43, 14]);
  });

  it('should be invariant to rotations of the input', async () => {
    await useWasm();
    const f = cnnProbeFeatures([[0, 1, 2, 2, 0], [2, 0, 0, 1, 2]], { activation: { kind: 'tanh' }, k: 3, depth: 2, width: 4, nets: 2 }, new Rng(1));
    for (let c = 0; c < 8; c++) expect(Math.abs(f[c]! - f[8 + c]!)).toBeLessThan(1e-5);
  });

  it('should reproduce 95 classes on {0,1,2}^6 at L = 1 without leaking tensors', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const c = cnnCensus(orbitRepresentatives(cyclicGroup(6), 3), { activation: { kind: 'relu' }, k: 2, depth: 1, width: 8, nets: 10, gain: 1.5 }, new Rng(2));
    expect(c.classes).toBe(95);
    expect(c.ambiguousPairs).toBe(0);
    expect(tf.memory().numTensors).toBe(before);
  });
});
