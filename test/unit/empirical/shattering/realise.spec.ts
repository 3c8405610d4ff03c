import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { realiseLabelings } from '../../../../src/empirical/shattering/realise.js';
import { signedMargin } from '../../../../src/empirical/shattering/family.js';
import { TwoParamFamily } from '../../../../src/empirical/models/gcnn2-family.js';
import { GcnnFamily } from '../../../../src/empirical/models/gcnn-family.js';
import { twoParamDichotomies } from '../../../../src/theory/vc/two-param.js';
import { shatterCensus } from '../../../../src/theory/vc/shatter.js';
import { gcnnArch } from '../../../../src/theory/vc/gcnn-arch.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';

const fnsArb = fc.integer({ min: 1, max: 6 }).chain((r) => fc.array(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: r, maxLength: r }), { minLength: 2, maxLength: 5 }));

describe('realiseLabelings', () => {
  test.prop([fnsArb, fc.nat()], { numRuns: 6 })('should only find labelings the exact oracle has (oracle ⊇ training), each with its margin, and satisfy Pajor', async (fs, seed) => {
    await useWasm();
    const values = fs.map((f) => f.map((v) => v / 2));
    const fam = new TwoParamFamily(values);
    const before = tf.memory().numTensors;
    const res = realiseLabelings(fam, { rng: new Rng(seed), rounds: 2, steps: 40, lr: 0.05, gamma: 1e-6, minBatch: 32 });
    expect(tf.memory().numTensors).toBe(before);
    const oracle = twoParamDichotomies(values);
    for (const m of res.realised) {
      expect(oracle.has(m)).toBe(true);
      expect(signedMargin(fam.exactScores(res.witnesses.get(m)!, 0), m)).toBeGreaterThanOrEqual(1e-6);
    }
    expect(shatterCensus(res.realised, fs.length).shatteredCount).toBeGreaterThanOrEqual(res.realised.size);
    fam.dispose();
  });

  it('should spend restarts only on failures and use the complement of each trained model', async () => {
    await useWasm();
    const rng = new Rng(5);
    const fs = Array.from({ length: 5 }, () => Array.from({ length: 4 }, () => rng.normal()));
    const fam = new GcnnFamily(gcnnArch(4, 3, [1, 2]), fs);
    const res = realiseLabelings(fam, { rng, rounds: 4, steps: 60, lr: 0.05, gamma: 1e-3 });
    expect(res.rounds[0]!.trained).toBe(16); // 32 labelings, one model per complementary pair
    for (let k = 1; k < res.rounds.length; k++) expect(res.rounds[k]!.trained).toBeLessThan(res.rounds[k - 1]!.trained + 1);
    for (const m of res.realised) expect(res.margins.get(m)).toBeGreaterThanOrEqual(1e-3);
    const only = realiseLabelings(fam, { rng, rounds: 1, steps: 60, lr: 0.05, gamma: 1e-3, labelings: [3, 7], useComplement: false });
    expect(only.targets).toBe(2);
    expect([...only.realised].every((m) => m === 3 || m === 7)).toBe(true);
    fam.dispose();
  });
});
