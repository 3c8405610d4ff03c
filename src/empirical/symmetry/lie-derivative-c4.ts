import type { Rng } from '../../core/rng.js';
import { renderGlyph, rot90, STROKE_GLYPHS } from '../data/glyphs.js';
import { centralDifference, evaluate, imageLieDerivativeAutodiff } from './lie-derivative.js';
import type { ModelFn } from './liegg.js';

/**
 * Discrete (C4) invariance against the continuous-rotation Lie derivative, on glyphs that are
 * rendered analytically at θ and θ ± ε, so the finite difference in θ has no resampling
 * error. All quantities are relative to the rms spread of the centred outputs over the data.
 */
export interface C4Probe {
  /** max over images and k of ‖z(rot90^k I) − z(I)‖ / spread. */
  c4Error: number;
  /** The same for the non-averaged model (contrast). */
  plainC4Error: number;
  /** rms ‖(z(I_{θ+ε}) − z(I_{θ−ε}))/2ε‖ / spread. */
  ldRender: number;
  /** rms ‖∂z/∂I · (−∇I·Jp)‖ / spread (autodiff along the discretised flow). */
  ldAutodiff: number;
  /** Finite-difference round-off floor 4e-7·rms|z|/ε, relative. */
  fdFloor: number;
  /** rms of L_J z(rot90 I) − L_J z(I) over rms L_J z (autodiff). */
  ldC4Consistency: number;
  /** Cosine between the re-rendered and the autodiff Lie derivatives (same sign convention: > 0). */
  ldAgreement: number;
}

const J = [[0, -1], [1, 0]];

function rms(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]! ** 2;
  return Math.sqrt(s / Math.max(1, xs.length));
}

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! ** 2;
    bb += b[i]! ** 2;
  }
  return aa && bb ? ab / Math.sqrt(aa * bb) : 0;
}

export function c4Probe(model: ModelFn, plain: ModelFn, rng: Rng, opts: { size: number; count: number; eps: number }): C4Probe {
  const { size: H, count: N, eps } = opts;
  const D = H * H;
  const glyphs = Object.values(STROKE_GLYPHS);
  const at = new Float32Array(N * D);
  const plus = new Float32Array(N * D);
  const minus = new Float32Array(N * D);
  for (let s = 0; s < N; s++) {
    const segs = glyphs[rng.int(0, glyphs.length - 1)]!;
    const theta = rng.uniform(0, 2 * Math.PI);
    const scale = rng.uniform(0.55, 0.65);
    renderGlyph(segs, { size: H, theta, scale }, at.subarray(s * D, (s + 1) * D));
    renderGlyph(segs, { size: H, theta: theta + eps, scale }, plus.subarray(s * D, (s + 1) * D));
    renderGlyph(segs, { size: H, theta: theta - eps, scale }, minus.subarray(s * D, (s + 1) * D));
  }
  const rotated = (k: number) => {
    const out = new Float32Array(N * D);
    for (let s = 0; s < N; s++) out.set(rot90(at.subarray(s * D, (s + 1) * D), H, k), s * D);
    return out;
  };
  const z = evaluate(model, at, D);
  const K = z.length / N;
  const means = Array.from({ length: K }, (_, k) => Array.from({ length: N }, (_, s) => z[s * K + k]!).reduce((a, b) => a + b, 0) / N);
  const spread = rms(z.map((v, i) => v - means[i % K]!)) * Math.sqrt(K) || 1;
  const c4 = (f: ModelFn, base: Float64Array) => {
    let worst = 0;
    for (const k of [1, 2, 3]) {
      const zk = evaluate(f, rotated(k), D);
      for (let s = 0; s < N; s++) {
        let d = 0;
        for (let o = 0; o < K; o++) d += (zk[s * K + o]! - base[s * K + o]!) ** 2;
        worst = Math.max(worst, Math.sqrt(d) / spread);
      }
    }
    return worst;
  };
  const ldRender = centralDifference(model, plus, minus, D, eps);
  const ldAuto = imageLieDerivativeAutodiff(model, at, H, J);
  const ldAutoRot = imageLieDerivativeAutodiff(model, rotated(1), H, J);
  return {
    c4Error: c4(model, z),
    plainC4Error: c4(plain, evaluate(plain, at, D)),
    ldRender: (rms(ldRender) * Math.sqrt(K)) / spread,
    ldAutodiff: (rms(ldAuto) * Math.sqrt(K)) / spread,
    fdFloor: (4e-7 * rms(z) * Math.sqrt(K)) / eps / spread,
    ldC4Consistency: rms(ldAutoRot.map((v, i) => v - ldAuto[i]!)) / (rms(ldAuto) || 1),
    ldAgreement: cosine(ldRender, ldAuto),
  };
}
