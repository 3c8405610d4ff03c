import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { renderGlyph, STROKE_GLYPHS } from '../../../../src/empirical/data/glyphs.js';
import { imagePolarization, imageRow, imageVelocity, pixelCoordinate } from '../../../../src/empirical/symmetry/liegg-images.js';
import { lieggSpectrum, nullSpaceReport } from '../../../../src/empirical/symmetry/liegg-spectrum.js';
import type { ModelFn } from '../../../../src/empirical/symmetry/liegg.js';
import { useWasm } from '../../../helpers/run-claim.js';

beforeAll(useWasm);

/** Images of 4 Gaussian blobs inside radius 0.55 (research/invariance.md §2.2). */
function blobs(rng: Rng, count: number, H: number): Float32Array {
  const out = new Float32Array(count * H * H);
  for (let s = 0; s < count; s++) {
    const centres = Array.from({ length: 4 }, () => {
      const r = 0.55 * Math.sqrt(rng.next());
      const a = rng.uniform(0, 2 * Math.PI);
      return [r * Math.cos(a), r * Math.sin(a)] as const;
    });
    for (let i = 0; i < H; i++)
      for (let j = 0; j < H; j++) {
        const [u, w] = [pixelCoordinate(i, H), pixelCoordinate(j, H)];
        out[s * H * H + i * H + j] = centres.reduce((acc, [cu, cw]) => acc + Math.exp(-((u - cu) ** 2 + (w - cw) ** 2) / (2 * 0.15 ** 2)), 0);
      }
  }
  return out;
}

/** F1 = Σ_p w(r_p) I(p), w = exp(−r²/0.3) cos(4r): rotation invariant in the continuum. */
function radialFunctional(H: number): ModelFn {
  const w = Float32Array.from({ length: H * H }, (_, k) => {
    const r = Math.hypot(pixelCoordinate(Math.floor(k / H), H), pixelCoordinate(k % H, H));
    return Math.exp(-(r * r) / 0.3) * Math.cos(4 * r);
  });
  return (x) => tf.tidy(() => tf.matMul(x, tf.tensor2d(w, [H * H, 1])));
}

describe('imagePolarization (central differences, centred coordinates)', () => {
  it.each([12, 16])('should recover so(2) from a radial functional at %i px (P9: cos >= 0.999, σ²₄/σ²₁ <= 1e-3)', (H) => {
    const p = imagePolarization(radialFunctional(H), blobs(new Rng(H), 200, H), H);
    const r = nullSpaceReport(lieggSpectrum(p), 1);
    expect(r.cosines[0]).toBeGreaterThan(0.999);
    expect(r.relVarianceMax).toBeLessThan(1e-3);
  });

  it('should find sl(2) (3 null directions) for F = Σ I², and the identity on top (P10)', () => {
    const H = 16;
    const s = lieggSpectrum(imagePolarization((x) => tf.tidy(() => tf.sum(tf.square(x), 1, true)), blobs(new Rng(2), 100, H), H));
    expect(s.values[1]! / s.values[0]!).toBeLessThan(1e-3);
    const top = s.vectors[0]!;
    expect(Math.abs(top[0]! + top[3]!) / Math.SQRT2).toBeGreaterThan(0.999); // ±(I/√2)
  });

  it('should find the pure rotation with 6 columns for the radial functional (zero translation part)', () => {
    const H = 16;
    const s = lieggSpectrum(imagePolarization(radialFunctional(H), blobs(new Rng(3), 200, H), H, { columns: 6 }));
    const r = nullSpaceReport(s, 1);
    expect(r.reference).toBe('se(2)');
    expect(r.maxBias).toBeLessThan(0.05);
    const v = s.vectors[5]!;
    expect(Math.abs(v[2]!) + Math.abs(v[5]!)).toBeLessThan(0.05);
    expect(Math.abs(v[1]! - -v[3]!)).toBeLessThan(0.05);
  });

  it('should use the sign convention (E vec J)_I = d/dθ F(I rotated by θ)', () => {
    // a re-rendered glyph rotated by ±ε (counter-clockwise) against the row paired with J
    const H = 24;
    const glyph = STROKE_GLYPHS.L!;
    const render = (theta: number) => renderGlyph(glyph, { size: H, theta, scale: 0.9, widthFactor: 3 });
    const border = (k: number) => [Math.floor(k / H), k % H].some((i) => i === 0 || i === H - 1);
    // any ∂F/∂I, zero on the border (rows use interior pixels only)
    const dF = Float32Array.from({ length: H * H }, (_, k) => (border(k) ? 0 : Math.sin(k * 0.37) + 0.5 * Math.cos(k * 0.11)));
    const F = (img: Float32Array) => img.reduce((s, v, k) => s + v * dF[k]!, 0);
    const eps = 1e-3;
    const fd = (F(render(0.4 + eps)) - F(render(0.4 - eps))) / (2 * eps);
    const row = imageRow(render(0.4), dF, H, 4);
    const viaRow = -row[1]! + row[2]!; // ⟨row, J⟩ with J = [[0, −1], [1, 0]]
    expect(Math.sign(viaRow)).toBe(Math.sign(fd));
    expect(Math.abs(viaRow - fd) / Math.abs(fd)).toBeLessThan(0.05); // discretisation of ∇I
    const v = imageVelocity(render(0.4), H, [[0, -1], [1, 0]]);
    expect(v.reduce((s, x, k) => s + x * dF[k]!, 0)).toBeCloseTo(viaRow, 8);
  });
});
