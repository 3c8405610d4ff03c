import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { trainPairSeparation } from '../../../../src/empirical/equivariance/pair-separation.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('trainPairSeparation', () => {
  it('should never separate a rotation and should separate a pair with different windows', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const opts = { k: 2, depth: 1, width: 4, steps: 40, lr: 0.05, activation: { kind: 'tanh' as const } };
    const rot = trainPairSeparation([0, 1, 2, 2], [2, 0, 1, 2], opts, new Rng(1));
    expect(rot.maxGap).toBeLessThan(1e-4);
    const diff = trainPairSeparation([0, 0, 1, 2], [0, 1, 0, 2], opts, new Rng(1));
    expect(diff.finalGap).toBeGreaterThan(1e-2);
    expect(tf.memory().numTensors).toBe(before);
  });
});
