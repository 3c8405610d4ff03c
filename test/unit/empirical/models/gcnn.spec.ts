import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import * as tf from '@tensorflow/tfjs';
import { GcnnProgram } from '../../../../src/empirical/models/gcnn.js';
import { gcnnScores64, rollFunction } from '../../../../src/empirical/models/gcnn-exact.js';
import { gcnnArch, MODEL_A, paramCount } from '../../../../src/theory/vc/gcnn-arch.js';
import { Rng } from '../../../../src/core/rng.js';
import { useWasm } from '../../../helpers/run-claim.js';
const archArb = fc.record({
  r: fc.integer({ min: 2, max: 8 }),
  kernel: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant('full' as const)),
  channels: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 }),
  seed: fc.nat(),
});

describe('GcnnProgram (tfjs) against the float64 forward pass', () => {
  test.prop([archArb], { numRuns: 25 })('should agree to float32 rounding on random architectures, inputs and parameters', async ({ r, kernel, channels, seed }) => {
    await useWasm();
    const arch = gcnnArch(r, kernel, channels);
    const rng = new Rng(seed);
    const W = paramCount(arch);
    const fs = Array.from({ length: 3 }, () => Array.from({ length: r * channels[0]! }, () => rng.normal()));
    const thetas = Array.from({ length: 4 }, () => Array.from({ length: W }, () => rng.normal(0, 0.7)));
    const before = tf.memory().numTensors;
    const program = new GcnnProgram(arch, fs);
    const s = tf.tidy(() => program.scores(tf.tensor2d(thetas)).arraySync());
    program.dispose();
    expect(tf.memory().numTensors).toBe(before);
    thetas.forEach((th, k) => {
      const exact = gcnnScores64(arch, Float32Array.from(th), fs);
      exact.forEach((e, i) => expect(Math.abs(s[k]![i]! - e)).toBeLessThan(1e-4 * (1 + Math.abs(e)) * channels.length * r));
    });
  });

  it('should be invariant under rolls with wrap-around and not with zero padding', async () => {
    await useWasm();
    const rng = new Rng(3);
    const f = Array.from({ length: 8 }, () => rng.normal());
    const th = Array.from({ length: 25 }, () => rng.normal());
    const rolled = [0, 1, 3, 5].map((t) => rollFunction(f, 8, t));
    const circ = gcnnScores64(MODEL_A, th, rolled);
    for (const s of circ) expect(s).toBeCloseTo(circ[0]!, 10);
    const p = new GcnnProgram(MODEL_A, rolled);
    const s32 = tf.tidy(() => p.scores(tf.tensor2d([th])).arraySync()[0]!);
    p.dispose();
    for (const s of s32) expect(s).toBeCloseTo(circ[0]!, 3);
    const zero = gcnnScores64(MODEL_A, th, rolled, 'zero');
    expect(Math.max(...zero) - Math.min(...zero)).toBeGreaterThan(1e-3);
  });
});
