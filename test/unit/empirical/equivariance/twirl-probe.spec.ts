import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { equivarianceError, twirl, twirlErrors } from '../../../../src/empirical/equivariance/twirl-probe.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('twirl probes', () => {
  it('should twirl kernels into K-invariant ones in float32', async () => {
    await useWasm();
    const k = Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8, 8, 1, 1, 2, 0, 0, 3, 1]);
    const e = twirlErrors(k, 8, [2, 0, 2, 0, 2, 0, 2, 0], [2, 4, 6]);
    expect(e.onK).toBeLessThan(1e-6);
    expect(e.onAll).toBeGreaterThan(1e-3);
    expect(e.raw).toBeGreaterThan(0.1);
  });

  it('should average to the mean under the uniform likelihood and leave kernels alone under Nδ', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const k = tf.tensor2d([[1, 2, 3, 6]]);
    const u = twirl(k, [1, 1, 1, 1]);
    expect(Array.from(u.dataSync())).toEqual([3, 3, 3, 3]);
    const d = twirl(k, [4, 0, 0, 0]);
    expect(Array.from(d.dataSync())).toEqual([1, 2, 3, 6]);
    expect(equivarianceError(u, [1, 2, 3])).toBe(0);
    tf.dispose([k, u, d]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
