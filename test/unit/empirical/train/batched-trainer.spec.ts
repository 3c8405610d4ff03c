import { describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { trainHinge } from '../../../../src/empirical/train/batched-trainer.js';
import { BatchedHalfspaces } from '../../../../src/empirical/models/mlp-batched.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';

/** Four points on the line shared by every model; model k gets threshold labeling k. */
function thresholdJob(B: number) {
  const xs = [-3, -1, 1, 3];
  const X = new Float32Array(B * 4).map((_, i) => xs[i % 4]!);
  const fam = new BatchedHalfspaces(X, B, 4, 1);
  const labels = new Float32Array(B * 4).map((_, i) => (xs[i % 4]! > -3 + 2 * (Math.floor(i / 4) % 4) ? 1 : -1));
  return { fam, labels, xs };
}

describe('trainHinge', () => {
  it('should train every model on its own labels, early-stop the finished ones, and leak nothing', async () => {
    await useWasm();
    const { fam, labels, xs } = thresholdJob(8);
    const before = tf.memory().numTensors;
    const res = trainHinge(fam, fam.init(8, new Rng(1)), labels, { steps: 400, lr: 0.1, checkEvery: 5 });
    expect(tf.memory().numTensors).toBe(before);
    for (let k = 0; k < 8; k++) {
      xs.forEach((x, i) => expect(Math.sign(BatchedHalfspaces.score64(res.theta, 2 * k, [x], 1))).toBe(labels[k * 4 + i]));
    }
    expect(Math.min(...res.steps)).toBeGreaterThan(0);
    expect(Math.max(...res.steps)).toBeLessThan(400); // all stopped early at hinge margin 1
    expect(res.modelSteps).toBe(res.steps.reduce((a, b) => a + b, 0));
    fam.dispose();
  });

  it('should ignore points labelled 0 and keep masked parameters fixed', async () => {
    await useWasm();
    const { fam } = thresholdJob(1);
    const labels = Float32Array.from([0, 0, 1, 1]);
    const theta0 = Float32Array.from([0.5, -7]);
    const res = trainHinge(fam, theta0, labels, { steps: 50, lr: 0.1, gradMask: Float32Array.from([1, 0]) });
    expect(res.theta[1]).toBe(-7);
    expect(res.theta[0]).not.toBe(0.5);
    fam.dispose();
  });

  it('should reject mismatched shapes', () => {
    const fam = { numParams: 2, numPoints: 3, scores: () => { throw new Error('unused'); } };
    expect(() => trainHinge(fam, new Float32Array(4), new Float32Array(5), { steps: 1, lr: 0.1 })).toThrow(RangeError);
  });
});
