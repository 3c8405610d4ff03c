import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { FusedBatch, nativeUnavailable, referenceGradient, referenceScore, referenceStep, type FusedRuntime } from '../../../../src/gpu/fused/index.js';
import { fromBlocked, toBlocked } from '../../../../src/gpu/fused/layout.js';
import { ARCHS, randomProblem, worstRelative } from './helpers.js';

/**
 * The WebAssembly kernel against the scalar reference (src/gpu/fused/reference.ts) on the
 * same initialisation.
 *
 * - Gradients and scores against float64: 1e-5 relative (per model, 2-norm). The kernel
 *   computes in float32 (unit roundoff 6e-8) with sums of at most ~100 terms per entry;
 *   measured ≤ 5e-7.
 * - Several Adam steps against the float32 reference (every operation rounded, the
 *   kernel's summation order): 1e-6 relative per model. Against float64 no tight bound
 *   exists: float32 sums such as v + v − v − v + … leave ~1e-8 where float64 gives 0, and
 *   Adam's early steps turn any nonzero gradient into a step of ~lr (measured: 2e-3 drift
 *   on one MLP hidden bias). Hinge steps then agree exactly (measured difference 0); the
 *   logistic loss adds the difference between the kernel's polynomial exp and Math.exp
 *   (< 2e-7 relative; measured ≤ 8e-8 after 5 steps).
 * A wrong term (a missing tap, a dropped ReLU mask, a wrong Adam constant) moves θ by
 * ~lr = 0.05 relative: thousands of times these tolerances.
 */
const TOL = 1e-6;
const TOL64 = 1e-5;
const B = 21; // not a multiple of the lane count: exercises the padding lanes
/** The WebAssembly module always; the native accelerator where it was built (npm run build:native). */
const RUNTIMES: FusedRuntime[] = nativeUnavailable() ? ['wasm'] : ['wasm', 'native'];

describe.each(ARCHS.flatMap((a) => RUNTIMES.map((runtime) => ({ ...a, runtime }))))('fused kernel ($runtime) vs reference: $name', ({ arch, n, path, runtime }) => {
  test.each(['hinge', 'logistic'] as const)('%s loss: 5 steps agree within 1e-5', (loss) => {
    const { W, inputs, theta, labels } = randomProblem(arch, B, n, 7);
    const batch = new FusedBatch(arch, inputs, B, loss, runtime);
    expect(batch.path).toBe(path);
    batch.load(theta, labels);
    const ref = { theta: Float64Array.from(theta), m: new Float64Array(B * W), v: new Float64Array(B * W), t: 0 };
    batch.train(2, { lr: 0.05 });
    for (let k = 0; k < 2; k++) referenceStep(arch, ref, inputs, labels, { lr: 0.05, loss, precision: 'float32' });
    batch.train(3, { lr: 0.05 });
    for (let k = 0; k < 3; k++) referenceStep(arch, ref, inputs, labels, { lr: 0.05, loss, precision: 'float32' });
    expect(batch.t).toBe(5);
    const drift = worstRelative(batch.params(), ref.theta, W);
    expect(drift).toBeLessThan(TOL);
    // the parameters really moved (5 steps of ~lr each), so agreement is not trivial
    expect(worstRelative(theta, ref.theta, W)).toBeGreaterThan(100 * TOL);
  });

  test.each(['hinge', 'logistic'] as const)('%s loss: the gradient equals the float64 gradient within 1e-5', (loss) => {
    const { W, inputs, theta, labels } = randomProblem(arch, B, n, 9);
    const batch = new FusedBatch(arch, inputs, B, loss, runtime);
    batch.load(theta, labels);
    batch.train(1, { lr: 0, beta1: 0 }); // m = g exactly
    const g = batch.moments().m;
    const want = new Float64Array(B * W);
    for (let k = 0; k < B; k++) want.set(referenceGradient(arch, theta, k * W, inputs, labels.subarray(k * n, (k + 1) * n), loss), k * W);
    expect(worstRelative(g, want, W)).toBeLessThan(TOL64);
  });

  test('scores equal the float64 forward pass to float32 rounding', () => {
    const { W, inputs, theta, labels } = randomProblem(arch, B, n, 8);
    const batch = new FusedBatch(arch, inputs, B, 'hinge', runtime);
    batch.load(theta, labels);
    const s = batch.scores();
    for (let k = 0; k < B; k++) {
      for (let i = 0; i < n; i++) {
        const want = referenceScore(arch, theta, k * W, inputs[i]!);
        expect(Math.abs(s[k * n + i]! - want)).toBeLessThan(TOL64 * (1 + Math.abs(want)));
      }
    }
  });
});

test.skipIf(RUNTIMES.length < 2)(`the native accelerator equals the wasm module bit for bit (same source, IEEE float32, no contraction)${RUNTIMES.length < 2 ? `: skipped, native ${nativeUnavailable()}` : ''}`, () => {
  for (const { arch, n } of ARCHS) {
    for (const loss of ['hinge', 'logistic'] as const) {
      const { inputs, theta, labels } = randomProblem(arch, 37, n, 13);
      const [w, x] = (['wasm', 'native'] as const).map((rt) => {
        const b = new FusedBatch(arch, inputs, 37, loss, rt);
        b.load(theta, labels);
        b.train(7, { lr: 0.05 });
        return b;
      });
      expect(x!.runtime).toMatch(/^native-/);
      expect(Array.from(x!.params())).toEqual(Array.from(w!.params()));
      expect(Array.from(x!.scores())).toEqual(Array.from(w!.scores()));
    }
  }
});

describe('fused batch mechanics', () => {
  const { arch, n } = ARCHS[1]!;

  test('a grad mask freezes exactly the masked parameters', () => {
    const { W, inputs, theta, labels } = randomProblem(arch, 9, n, 3);
    const mask = Float32Array.from({ length: W }, (_, q) => (q % 3 === 0 ? 0 : 1));
    const batch = new FusedBatch(arch, inputs, 9);
    batch.load(theta, labels);
    batch.setGradMask(mask);
    batch.train(4, { lr: 0.05 });
    const ref = { theta: Float64Array.from(theta), m: new Float64Array(9 * W), v: new Float64Array(9 * W), t: 0 };
    for (let k = 0; k < 4; k++) referenceStep(arch, ref, inputs, labels, { lr: 0.05, gradMask: mask, precision: 'float32' });
    const p = batch.params();
    for (let j = 0; j < p.length; j++) if (mask[j % W] === 0) expect(p[j]).toBe(theta[j]);
    expect(worstRelative(p, ref.theta, W)).toBeLessThan(TOL);
  });

  test('keep() compacts models and they train on as before', () => {
    const { W, inputs, theta, labels } = randomProblem(arch, 19, n, 4);
    const all = new FusedBatch(arch, inputs, 19);
    all.load(theta, labels);
    all.train(3, { lr: 0.05 });
    const part = new FusedBatch(arch, inputs, 19);
    part.load(theta, labels);
    part.train(2, { lr: 0.05 });
    const keep = [0, 3, 8, 9, 17, 18];
    part.keep(keep);
    part.train(1, { lr: 0.05 });
    expect(part.count).toBe(keep.length);
    const a = all.params();
    const p = part.params();
    keep.forEach((k, j) => expect(Array.from(p.subarray(j * W, (j + 1) * W))).toEqual(Array.from(a.subarray(k * W, (k + 1) * W))));
  });

  test('logistic loss values are log(1 + e^{-ys}) summed over labelled points', () => {
    const { W, inputs, theta, labels } = randomProblem(arch, 5, n, 5);
    labels[2] = 0; // an ignored point
    const batch = new FusedBatch(arch, inputs, 5, 'logistic');
    batch.load(theta, labels);
    const loss = batch.train(1, { lr: 0.05 }, true)!;
    for (let k = 0; k < 5; k++) {
      let want = 0;
      for (let i = 0; i < n; i++) {
        const y = labels[k * n + i]!;
        if (y !== 0) want += Math.log1p(Math.exp(-y * referenceScore(arch, theta, k * W, inputs[i]!)));
      }
      expect(Math.abs(loss[k]! - want)).toBeLessThan(1e-5 * (1 + want));
    }
  });

  test.prop([fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom(4, 8, 16)])('blocked layout round-trips (count %i, W %i, lanes %i)', (count, W, NB) => {
    const src = Float32Array.from({ length: count * W }, (_, i) => i + 1);
    const blocked = new Float32Array(Math.ceil(count / NB) * W * NB + 1);
    toBlocked(src, count, W, NB, blocked);
    expect(Array.from(fromBlocked(blocked, count, W, NB))).toEqual(Array.from(src));
    // padding lanes are zero
    const used = new Set(Array.from(src));
    expect(blocked.filter((x) => x !== 0 && !used.has(x)).length).toBe(0);
  });
});

test('architectures beyond the kernel limits are refused with the reason (callers then use the generic path)', async () => {
  const { fusedUnsupported } = await import('../../../../src/gpu/fused/index.js');
  expect(fusedUnsupported({ r: 9000, taps: [0], channels: [1, 1] })).toMatch(/activations/);
  expect(fusedUnsupported({ r: 8, taps: [0], channels: [1, 2, 2, 2, 2, 2, 2, 2, 2, 2] })).toMatch(/depth/);
  expect(fusedUnsupported({ r: 1, taps: [0], channels: [200, 100] })).toMatch(/parameters/);
  expect(fusedUnsupported({ r: 8, taps: [-1, 0, 1], channels: [1, 2, 2] })).toBeNull();
});
