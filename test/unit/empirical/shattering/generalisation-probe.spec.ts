import { expect, it } from 'vitest';
import { measureGeneralisation } from '../../../../src/empirical/shattering/generalisation-probe.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';

it('should measure train and test error of trained halfspaces near the label noise', async () => {
  await useWasm();
  const trials = measureGeneralisation({ d: 2, m: 400, testSize: 2000, noise: 0.1, trials: 3, steps: 150, lr: 0.05, rng: new Rng(8) });
  expect(trials).toHaveLength(3);
  for (const t of trials) {
    expect(t.test).toBeGreaterThan(0.05);
    expect(t.test).toBeLessThan(0.2);
    expect(t.gap).toBeCloseTo(t.test - t.train, 12);
  }
});
