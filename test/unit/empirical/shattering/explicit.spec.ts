import { expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { evaluateExplicit } from '../../../../src/empirical/shattering/explicit.js';
import { indicatorArch, indicatorInputs, indicatorInterval, indicatorTheta } from '../../../../src/theory/vc/indicator.js';
import { useWasm } from '../../../helpers/run-claim.js';
it('should evaluate explicit parameters in float32 and float64 and count margins', async () => {
  await useWasm();
  const before = tf.memory().numTensors;
  const thetas = [0, 1, 2, 3].map((j) => indicatorTheta(4, [indicatorInterval(j)]));
  const labels = [0, 1, 2, 3].map((j) => [j & 1 ? 1 : -1, j & 2 ? 1 : -1]);
  const ev = evaluateExplicit(indicatorArch(4), indicatorInputs(2, 4), thetas, labels, 0.5);
  expect(ev).toMatchObject({ labelings: 4, realised: 4, realised64: 4, minMargin: 0.5, minMargin64: 0.5 });
  const wrong = evaluateExplicit(indicatorArch(4), indicatorInputs(2, 4), thetas, labels.map((l) => l.map((y) => -y)), 0.5);
  expect(wrong.realised).toBe(0);
  expect(tf.memory().numTensors).toBe(before);
});
