import { expect, it } from 'vitest';
import { growShatteredSet } from '../../../../src/empirical/shattering/grow.js';
import { GcnnFamily } from '../../../../src/empirical/models/gcnn-family.js';
import { MODEL_A } from '../../../../src/theory/vc/gcnn-arch.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';

it('should grow a set that model A shatters, keeping only shattered sizes', async () => {
  await useWasm();
  const rng = new Rng(11);
  const res = growShatteredSet((pts: number[][]) => new GcnnFamily(MODEL_A, pts), () => Array.from({ length: 8 }, () => rng.normal()), {
    rng: rng.fork('t'),
    rounds: 3,
    steps: 60,
    lr: 0.05,
    gamma: 1e-3,
    minBatch: 8,
    target: 3,
    maxCandidates: 4,
  });
  expect(res.points.length).toBe(3);
  expect(res.history.filter((h) => h.shattered).map((h) => h.size)).toEqual([1, 2, 3]);
  for (const h of res.history) expect(h.shattered).toBe(h.realised === 2 ** h.size);
});
