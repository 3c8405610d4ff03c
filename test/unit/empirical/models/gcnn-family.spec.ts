import { expect, it } from 'vitest';
import { GcnnFamily } from '../../../../src/empirical/models/gcnn-family.js';
import { MODEL_A } from '../../../../src/theory/vc/gcnn-arch.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';

it('should negate every score when the read-out is negated (the complement trick)', async () => {
  await useWasm();
  const rng = new Rng(9);
  const fam = new GcnnFamily(MODEL_A, [Array.from({ length: 8 }, () => rng.normal())]);
  const th = fam.init(1, rng);
  expect(fam.exactScores(fam.negate!(th, 0), 0)[0]).toBeCloseTo(-fam.exactScores(th, 0)[0]!, 12);
  fam.dispose();
  expect(new GcnnFamily(MODEL_A, [], { gradMask: new Float32Array(25) }).negate).toBeUndefined();
});
