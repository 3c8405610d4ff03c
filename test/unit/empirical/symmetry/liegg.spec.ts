import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { createInvariantFeatureNet } from '../../../../src/empirical/models/lie-invariant.js';
import { gradientPolarization, vectorPolarization, type ModelFn } from '../../../../src/empirical/symmetry/liegg.js';
import { lieggSpectrum, nullSpaceReport } from '../../../../src/empirical/symmetry/liegg-spectrum.js';
import { useWasm } from '../../../helpers/run-claim.js';

beforeAll(useWasm);

describe('vectorPolarization', () => {
  it('should build rows vec(Σ_v ∇_v F x_vᵀ) per output and average the Gram over rows', () => {
    // F(x) = [w·x, 2 w·x] on 2 vectors of R^2: ∇F_k = c_k w, row_k = c_k Σ_v w_v x_vᵀ
    const w = [1, -2, 0.5, 3];
    const model: ModelFn = (x) => tf.tidy(() => tf.matMul(x, tf.tensor2d([w.map((a) => a), w.map((a) => 2 * a)]).transpose()));
    const x = Float32Array.from([1, 2, 3, 4, -1, 0, 2, 1]);
    const before = tf.memory().numTensors;
    const p = vectorPolarization(model, x, 4, 2, { keepRows: true });
    expect(tf.memory().numTensors).toBe(before);
    expect(p.rows).toBe(4);
    const row = (c: number, s: number) => {
      const xs = Array.from(x.subarray(s * 4, s * 4 + 4));
      return [0, 1].flatMap((i) => [0, 1].map((j) => c * (w[i]! * xs[j]! + w[2 + i]! * xs[2 + j]!)));
    };
    const expected = [row(1, 0), row(1, 1), row(2, 0), row(2, 1)];
    expected.flat().forEach((v, i) => expect(p.E![i]).toBeCloseTo(v, 5));
    const g00 = expected.reduce((s, r) => s + r[0]! * r[0]!, 0) / 4;
    expect(p.gram[0]).toBeCloseTo(g00, 4);
    const sum = vectorPolarization(model, x, 4, 2, { perOutput: false });
    expect(sum.rows).toBe(2);
  });

  it('should give so(n) for random invariant-feature nets (float32) and analytic radial gradients (float64)', () => {
    const rng = new Rng(9);
    for (const [m, n] of [[1, 3], [2, 4], [3, 2]] as const) {
      const net = createInvariantFeatureNet(rng.fork(m, n), { vectors: m, dim: n, depth: 1, width: 8 });
      const x = Float32Array.from({ length: 200 * m * n }, () => rng.normal());
      const r = nullSpaceReport(lieggSpectrum(vectorPolarization(net.apply, x, m * n, m)), (n * (n - 1)) / 2);
      net.dispose();
      expect(r.relVarianceMax).toBeLessThan(1e-10);
      expect(Math.min(...r.cosines)).toBeGreaterThan(1 - 1e-6);
    }
    const x = Float64Array.from({ length: 100 * 3 }, () => rng.normal());
    const g = x.map((v) => 2 * v);
    const r = nullSpaceReport(lieggSpectrum(gradientPolarization(g, x, 3)));
    expect(r.nullDim).toBe(3);
    expect(r.relVarianceMax).toBeLessThan(1e-15);
  });

  it('should differentiate L2-normalised outputs when asked', () => {
    const model: ModelFn = (x) => tf.tidy(() => tf.concat([x.slice([0, 0], [-1, 1]), tf.onesLike(x.slice([0, 0], [-1, 1]))], 1) as tf.Tensor2D);
    const x = Float32Array.from([2, 5]);
    // z = (x0, 1)/‖(x0, 1)‖: ∂z_0/∂x0 = 1/‖z‖³ = 5^-1.5 at x0 = 2
    const p = vectorPolarization(model, x, 2, 1, { output: 'l2', keepRows: true });
    expect(p.E![0]).toBeCloseTo(5 ** -1.5 * 2, 5);
  });
});
