import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { ckaFromKernels, greluCka, hsicUnbiased, linearCka } from '../../../../src/empirical/representations/cka.js';
import { procrustes } from '../../../../src/empirical/representations/procrustes.js';
import { permScaleMatrix, randomOrthogonal, reluFeatures } from '../../../../src/empirical/representations/random-features.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('Procrustes and CKA', () => {
  it('should be invariant to their own groups and recover the permutation', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const rng = new Rng(4);
    const H = reluFeatures(120, 6, rng);
    const perm = [3, 0, 5, 1, 4, 2];
    const Q = randomOrthogonal(6, rng);
    const HPD = tf.tidy(() => tf.matMul(H, tf.tensor2d(permScaleMatrix(perm, [0.1, 2, 9, 0.5, 1, 4])))) as tf.Tensor2D;
    const HQ = tf.tidy(() => tf.matMul(H, tf.tensor2d(Q))) as tf.Tensor2D;
    const pd = procrustes(H, HPD);
    expect(pd.greluD2).toBeLessThan(1e-6);
    expect(pd.perm.every((j, i) => perm[j] === i)).toBe(true);
    expect(pd.orthD2).toBeGreaterThan(1e-3);
    const q = procrustes(H, HQ);
    expect(q.orthD2).toBeLessThan(1e-6);
    expect(q.greluD2).toBeGreaterThan(1e-3);
    expect(q.permFrobD2).toBeGreaterThanOrEqual(q.orthD2);
    expect(linearCka(H, HQ)).toBeCloseTo(1, 5);
    expect(greluCka(H, HPD)).toBeCloseTo(1, 5);
    expect(linearCka(H, HPD)).toBeLessThan(0.999);
    tf.dispose([H, HPD, HQ]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should zero-pad unequal widths', async () => {
    await useWasm();
    const rng = new Rng(5);
    const a = reluFeatures(40, 3, rng);
    const b = reluFeatures(40, 5, rng);
    const r = procrustes(a, b);
    expect(r.perm).toHaveLength(5);
    expect(Number.isFinite(r.greluD2) && r.greluD2 >= 0).toBe(true);
    tf.dispose([a, b]);
  });

  it('should compute CKA = 1 for identical kernels and reject tiny samples', () => {
    const K = Float64Array.from([2, 1, 0, 1, 1, 3, 1, 0, 0, 1, 2, 1, 1, 0, 1, 4, 0, 2, 1, 1, 0, 1, 3, 2, 1].slice(0, 25));
    const sym = Float64Array.from({ length: 25 }, (_, t) => K[t]! + K[(t % 5) * 5 + Math.floor(t / 5)]!);
    expect(ckaFromKernels(sym, sym, 5)).toBeCloseTo(1, 12);
    expect(() => hsicUnbiased(sym, sym, 3)).toThrow(/4 samples/);
  });
});
