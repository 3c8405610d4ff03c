import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { trainC8Toy } from '../../../../src/empirical/equivariance/c8-toy.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('trainC8Toy', () => {
  it('should keep λ a likelihood (positive, mean 1), fit the target and leak nothing', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const r = trainC8Toy({ N: 8, samples: 100, steps: 60, lr: 0.1, gamma: 0.05, weightDecay: 1e-3, alignment: 5, target: 'invariant' }, new Rng(1));
    expect(r.lambda.every((v) => v > 0)).toBe(true);
    expect(r.lambda.reduce((a, b) => a + b, 0) / 8).toBeCloseTo(1, 5);
    expect(r.nmse).toBeLessThan(0.5);
    expect(tf.memory().numTensors).toBe(before);
  });
});
