import { expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { TwoParamFamily } from '../../../../src/empirical/models/gcnn2-family.js';
import { useWasm } from '../../../helpers/run-claim.js';
it('should score κ(Φ − 1) in tfjs as in float64', async () => {
  await useWasm();
  const a = [[0, 1, 2, 3], [1, 1, 1, 5]];
  const fam = new TwoParamFamily(a, 20);
  const th = [[1, -0.5], [0.5, 0.25], [-2, 3]];
  const s = tf.tidy(() => fam.scores(tf.tensor2d(th)).arraySync());
  th.forEach((t, k) => fam.exactScores(t, 0).forEach((e, i) => expect(s[k]![i]).toBeCloseTo(e, 4)));
  expect(fam.exactScores([1, -0.5], 0)[0]).toBeCloseTo(20 * ((0 + 0.5 + 1.5 + 2.5) / 4 - 1), 9);
  fam.dispose();
});
