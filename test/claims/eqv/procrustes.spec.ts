import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { procrustesInvariances } from '../../../proofs-checks/eqv/procrustes-invariances.claim.js';
import { Rng } from '../../../src/core/rng.js';
import { procrustes } from '../../../src/empirical/representations/procrustes.js';
import { randomOrthogonal, reluFeatures } from '../../../src/empirical/representations/random-features.js';
import { explain, runForTest, useWasm } from '../../helpers/run-claim.js';

describe('eqv.procrustes.invariances', () => {
  it('should hold in the quick budget: d² ≤ 1e-6 on the symmetry group, ≥ orthogonal for permutations', async () => {
    const r = await runForTest(procrustesInvariances);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const first = r.cases[0]!.summary;
    expect(Number(first['G_ReLU d² (H, HPD)'])).toBeLessThanOrEqual(1e-6);
    expect(first['π recovered']).toBe(true);
    expect(Number(first['orth d² (H, cHQ)'])).toBeLessThanOrEqual(1e-6);
    // The contrasts: each measure sees the other group.
    expect(Number(first['G_ReLU d² (H, HQ)'])).toBeGreaterThan(1e-3);
    expect(Number(first['orth d² (H, HPD)'])).toBeGreaterThan(1e-3);
    expect(Number(first['linear CKA (H, HPD)'])).toBeLessThan(1 - 1e-3);
  });

  it('should be violated when a rotation is fed where the claim expects PD (G_ReLU-Procrustes is not O(n)-invariant)', async () => {
    await useWasm();
    const rng = new Rng(3);
    const H = reluFeatures(96, 6, rng);
    const HQ = tf.matMul(H, tf.tensor2d(randomOrthogonal(6, rng))) as tf.Tensor2D;
    const q = procrustes(H, HQ);
    const m = { greluPD: q.greluD2, permRecovered: false, greluCkaPD: 1, orthQ: 0, linCkaQ: 1, orderGap: 0, greluQ: q.greluD2, linCkaPD: 1, orthPD: 0 };
    expect(procrustesInvariances.check(null, m, procrustesInvariances.tolerance, { samples: 96, units: 6 }).status).toBe('violated');
    tf.dispose([H, HQ]);
  });
});
