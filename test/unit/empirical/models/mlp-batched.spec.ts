import { expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { BatchedHalfspaces } from '../../../../src/empirical/models/mlp-batched.js';
import { useWasm } from '../../../helpers/run-claim.js';

it('should score each model on its own data set, also for a subset of rows', async () => {
  await useWasm();
  const X = Float32Array.from([1, 0, 0, 1, 2, 2, /* job 1 */ -1, 1, 3, 0, 0, 0]);
  const fam = new BatchedHalfspaces(X, 2, 3, 2);
  const th = [[1, 2, 0.5], [-1, 1, 0]];
  const all = tf.tidy(() => fam.scores(tf.tensor2d(th), Int32Array.from([0, 1])).arraySync());
  expect(all).toEqual([[1.5, 2.5, 6.5], [2, -3, 0]]);
  const one = tf.tidy(() => fam.scores(tf.tensor2d([th[1]!]), Int32Array.from([1])).arraySync());
  expect(one).toEqual([[2, -3, 0]]);
  expect(BatchedHalfspaces.score64(th[0]!, 0, [2, 2], 2)).toBe(6.5);
  fam.dispose();
});
