import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { INVARIANT_MODELS, PROBE_INPUTS, probeExactInvariance, probeInputs } from '../../../../src/empirical/symmetry/invariance-exact-probe.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('probeExactInvariance', () => {
  it('should find every invariant model kind at the float32 floor on every input kind, without leaks', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    for (const [i, model] of INVARIANT_MODELS.entries()) {
      const input = PROBE_INPUTS[i % PROBE_INPUTS.length]!;
      const r = probeExactInvariance(new Rng(i), { model, input, size: 7, channels: 2, count: 3, inputScale: 1.5, weightScale: 1 });
      expect(r.report.maxLie, model).toBeLessThan(1e-6);
      expect(r.report.minSis!).toBeGreaterThan(0.99999);
      expect(r.report.clearDisagreements).toBe(0);
      expect(r.logitScale).toBeGreaterThan(0);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should draw seeded inputs of the requested kind and shape', () => {
    const p = { size: 5, channels: 2, count: 3, inputScale: 2 };
    const a = probeInputs(new Rng(1), { ...p, input: 'gaussian' });
    expect(a.length).toBe(5 * 5 * 2 * 3);
    expect(Array.from(probeInputs(new Rng(1), { ...p, input: 'gaussian' }))).toEqual(Array.from(a));
    const u = probeInputs(new Rng(1), { ...p, input: 'uniform' });
    expect(Math.max(...u.map(Math.abs))).toBeLessThanOrEqual(2);
    const sparse = probeInputs(new Rng(1), { ...p, input: 'sparse' });
    expect(sparse.filter((v) => v === 0).length).toBeGreaterThan(sparse.length / 2);
    const g = probeInputs(new Rng(1), { ...p, input: 'glyphs' });
    expect(Math.max(...g)).toBeLessThanOrEqual(2);
  });
});
