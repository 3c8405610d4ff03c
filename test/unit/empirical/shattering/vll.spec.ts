import { expect, it } from 'vitest';
import { measureVll } from '../../../../src/empirical/shattering/vll.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';
it('should measure ξ decreasing in ℓ and fit an h of the right order for halfspaces on the line', async () => {
  await useWasm();
  const r = measureVll({ d: 1, ells: [1, 2, 4, 8, 16], trials: 8, restarts: 2, steps: 100, lr: 0.05, rng: new Rng(4) });
  expect(r.xi[0]).toBeGreaterThan(r.xi[4]!);
  expect(r.h).toBeGreaterThan(0.8);
  expect(r.h).toBeLessThan(4);
});
