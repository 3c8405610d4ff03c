import { expect, it } from 'vitest';
import { searchIndicatorBiases } from '../../../../src/empirical/shattering/search-gap.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';

it('should report the search gap of bias training as found + gap = 2^m', async () => {
  await useWasm();
  const g = searchIndicatorBiases(4, new Rng(2), 2, 60);
  expect(g.labelings).toBe(4);
  expect(g.found + g.gap).toBe(4);
  expect(g.missed.length).toBe(g.gap);
});
