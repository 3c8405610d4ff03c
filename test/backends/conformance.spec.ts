import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { probeBackends } from '../../src/gpu/select.js';
import { BACKENDS } from '../../src/gpu/backends/index.js';
import { nativeConv, PRIMITIVES, type Primitive } from './primitives.js';

/**
 * Backend conformance: every primitive the experiments are built from, on every tfjs
 * backend usable here (probed as `theorycheck backends` does: cpu and wasm always, webgpu and
 * tensorflow where installed and working), against the cpu backend as reference.
 *
 * Tolerance, per output entry: slack · 2·γ_k · S with γ_k = k·u/(1 − k·u), u = 2^-24. All
 * backends compute in float32 (BackendDescriptor.precision = 32); a float32 sum of k terms
 * is within γ_k·Σ|terms| of the exact value in any order of summation, so two backends
 * differ by at most twice that. S (Σ|terms|, in float64) and k come with each primitive;
 * `slack` (with its reason) covers composed computations and exp/log/tanh, which backends
 * approximate to a few ulps rather than round correctly.
 *
 * Include/exclude lists carry reasons; an excluded operation is asserted to still fail
 * where it is listed, so a fix upstream shows up here as a failing test to update.
 */
const probes = await probeBackends();
const usable = probes.filter((p) => p.available).map((p) => p.name);
const precision = (name: string) => BACKENDS.find((b) => b.name === name)?.precision ?? 32;

/** Primitives excluded on some backends, with the reason. */
const EXCLUDE: Record<string, { backends: string[]; reason: string }> = {
  [nativeConv.name]: { backends: ['wasm'], reason: "wasm has no Conv2DBackpropFilter kernel (tensorflow/tfjs#8474); experiments train convolutions with the im2col conv, which is in the suite" },
};

/** Operations known to fail, with where and why; each is asserted to fail there. */
const KNOWN_FAILURES: { op: string; backends: string[]; reason: string; error: RegExp; run: () => unknown }[] = [
  {
    op: 'tf.conv2d filter gradient',
    backends: ['wasm'],
    reason: 'no Conv2DBackpropFilter kernel on wasm (tensorflow/tfjs#8474): use conv2dIm2col',
    error: /Conv2DBackpropFilter/,
    run: () => tf.tidy(() => tf.grad((k: tf.Tensor) => tf.sum(tf.conv2d(tf.ones([1, 4, 4, 1]) as tf.Tensor4D, k as tf.Tensor4D, 1, 'same')))(tf.ones([3, 3, 1, 1])).dataSync()),
  },
  {
    op: 'tf.gather gradient',
    backends: ['wasm'],
    reason: 'no UnsortedSegmentSum kernel on wasm (tensorflow/tfjs#8082): index with matMul by one-hot or permutation matrices',
    error: /UnsortedSegmentSum/,
    run: () => tf.tidy(() => tf.grad((x: tf.Tensor) => tf.sum(tf.gather(x, tf.tensor1d([0, 2], 'int32'))))(tf.ones([3])).dataSync()),
  },
  {
    op: 'tf.einsum gradient',
    backends: ['cpu', 'wasm'],
    reason: 'einsum has no gradient in tfjs 4.22 (and no kernel on wasm): write contractions as matMul',
    error: /./,
    run: () => tf.tidy(() => tf.grad((x: tf.Tensor) => tf.sum(tf.einsum('ij,jk->ik', x, x)))(tf.ones([2, 2])).dataSync()),
  },
];

const U = 2 ** -24;
const gamma = (k: number) => (k * U) / (1 - k * U);

async function on<T>(backend: string, fn: () => T): Promise<T> {
  await tf.setBackend(backend);
  await tf.ready();
  return fn();
}

const reference = new Map<string, Float32Array[]>();
let initial = 'wasm';

beforeAll(async () => {
  tf.enableProdMode();
  initial = tf.getBackend() ?? 'wasm';
  for (const p of [...PRIMITIVES, nativeConv]) reference.set(p.name, await on('cpu', () => p.run()));
});
afterAll(async () => {
  await tf.setBackend(usable.includes(initial) ? initial : 'cpu');
});

function compare(p: Primitive, got: Float32Array[], want: Float32Array[]): void {
  const bounds = p.bound();
  const slack = p.slack?.factor ?? 1;
  expect(got.length).toBe(want.length);
  got.forEach((out, j) => {
    const { k, scale } = bounds[j]!;
    expect(out.length).toBe(want[j]!.length);
    let worst = 0;
    for (let i = 0; i < out.length; i++) {
      const tol = slack * 2 * gamma(k) * scale[scale.length === 1 ? 0 : i]!;
      const err = Math.abs(out[i]! - want[j]![i]!);
      expect(Number.isFinite(out[i]!)).toBe(true);
      worst = Math.max(worst, err / Math.max(tol, 1e-30));
    }
    if (process.env.TC_CONFORMANCE_VERBOSE) console.log(`${p.name} [${j}]: worst error/tolerance ${worst.toExponential(2)}`);
    expect(worst, `${p.name}, output ${j}: error / tolerance`).toBeLessThanOrEqual(1);
  });
}

test('the backends the suite runs on: cpu and wasm at least, each float32', () => {
  expect(usable).toContain('cpu');
  expect(usable).toContain('wasm');
  for (const b of usable) expect(precision(b)).toBe(32);
});

test('the cpu reference itself: im2col conv equals tf.conv2d (forward and both gradients)', () => {
  compare(nativeConv, reference.get(PRIMITIVES.find((p) => p.name.startsWith('im2col'))!.name)!, reference.get(nativeConv.name)!);
});

test('the comparison catches a small error: one matMul entry off by 1e-4 relative', () => {
  const p = PRIMITIVES[0]!;
  const want = reference.get(p.name)!;
  const bad = want.map((a) => Float32Array.from(a));
  const i = bad[0]!.findIndex((x) => Math.abs(x) > 1);
  bad[0]![i] = bad[0]![i]! * (1 + 1e-4);
  expect(() => compare(p, bad, want)).toThrow();
  expect(() => compare(p, want, want)).not.toThrow();
});

describe.each(usable)('conformance on %s vs cpu', (backend) => {
  const cases = [...PRIMITIVES, nativeConv].map((p) => ({ p, excluded: EXCLUDE[p.name]?.backends.includes(backend) ? EXCLUDE[p.name]!.reason : null }));
  test.each(cases.filter((c) => !c.excluded).map((c) => [c.p.name, c.p] as const))('%s', async (_name, p) => {
    compare(p, await on(backend, () => p.run()), reference.get(p.name)!);
  });
  const skipped = cases.filter((c) => c.excluded);
  // only backends with exclusions / known failures get these tests (no empty, skipped ones)
  if (skipped.length) {
    test('excluded here (with reasons)', () => {
      for (const c of skipped) expect(c.excluded!.length).toBeGreaterThan(20);
    });
  }
  const failures = KNOWN_FAILURES.filter((f) => f.backends.includes(backend));
  if (failures.length) test.each(failures.map((f) => [f.op, f] as const))('known failure still fails: %s', async (_op, f) => {
    await on(backend, () => expect(f.run).toThrow(f.error));
  });
});
