import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { fitSetFunction } from '../../../../src/empirical/equivariance/set-function-fit.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('fitSetFunction', () => {
  it('should fit an additive target with the additive form, and leak nothing', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const pts = Array.from({ length: 25 }, (_, i) => [(i % 5) / 4, Math.floor(i / 5) / 4]);
    const r = fitSetFunction(pts, pts.map(([x, y]) => x! * x! + y! * y!), { form: 'additive', hidden: 8, steps: 150, lr: 0.03 }, new Rng(1));
    expect(r.mse).toBeLessThan(1e-3);
    expect(r.predictions).toHaveLength(25);
    expect(tf.memory().numTensors).toBe(before);
  });
});
