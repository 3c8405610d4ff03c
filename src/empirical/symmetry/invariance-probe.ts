import * as tf from '@tensorflow/tfjs';
import type { ImageGroup } from './invariance-group.js';
import { argmax, cosine, orbitOf, orbitStats } from './invariance-metrics.js';
import { jacobianSingularValues } from './invariance-spectrum.js';

/** A classifier as a tensor function: images [N, H, W, C] -> logits [N, K]. */
export type LogitFn = (x: tf.Tensor4D) => tf.Tensor2D;

/** Images as data: N x H x W x C, channels last, row-major. */
export interface ImageBatch {
  data: Float32Array;
  count: number;
  size: number;
  channels: number;
}

function chunks(batch: ImageBatch, chunk: number): { start: number; x: () => tf.Tensor4D }[] {
  const D = batch.size * batch.size * batch.channels;
  const out: { start: number; x: () => tf.Tensor4D }[] = [];
  for (let start = 0; start < batch.count; start += chunk) {
    const n = Math.min(chunk, batch.count - start);
    out.push({ start, x: () => tf.tensor4d(batch.data.subarray(start * D, (start + n) * D), [n, batch.size, batch.size, batch.channels]) });
  }
  return out;
}

/** z(g·x) for every element g: G blocks of N x K logits (float32, row-major). */
export function orbitLogits(f: LogitFn, batch: ImageBatch, group: ImageGroup, chunk = 256): { logits: Float32Array[]; classes: number } {
  const parts: Float32Array[][] = Array.from({ length: group.order }, () => []);
  let K = 0;
  for (const c of chunks(batch, chunk)) {
    for (let g = 0; g < group.order; g++) {
      const z = tf.tidy(() => {
        const x = c.x();
        return f(group.act(x, g));
      });
      K = z.shape[1];
      parts[g]!.push(z.dataSync() as Float32Array);
      z.dispose();
    }
  }
  const logits = parts.map((ps) => {
    const out = new Float32Array(batch.count * K);
    let off = 0;
    for (const p of ps) out.set(p, (off += p.length) - p.length);
    return out;
  });
  return { logits, classes: K };
}

/** Saliency over the orbit: cosines per input, and the maps of the first `keep` inputs. */
export interface SaliencyOrbit {
  /** cos(s_e(x_n), s_g(x_n)) for g = 1..G-1, row-major N x (G-1). */
  cosines: Float64Array;
  /** For the first `keep` inputs: s_e(x) and the aligned s_g(x) for every g (H x W x C each). */
  examples: { index: number; cls: number; maps: Float32Array[] }[];
  /** ‖∇_x z_c(x)‖ per input. */
  gradNorms: Float64Array;
}

/**
 * s_g(x) = ∇_x [z_c(g·x)] with c = argmax z(x): autodiff through the action applies its
 * adjoint, which for a permutation aligns the saliency of g·x back to the frame of x.
 */
export function saliencyOrbit(f: LogitFn, batch: ImageBatch, group: ImageGroup, reference: Float32Array, keep = 1, chunk = 128): SaliencyOrbit {
  const K = reference.length / batch.count;
  const D = batch.size * batch.size * batch.channels;
  const G = group.order;
  const cosines = new Float64Array(batch.count * (G - 1));
  const gradNorms = new Float64Array(batch.count);
  const examples: SaliencyOrbit['examples'] = [];
  for (const c of chunks(batch, chunk)) {
    const x = c.x();
    const n = x.shape[0];
    const cls = Array.from({ length: n }, (_, i) => argmax(reference.subarray((c.start + i) * K, (c.start + i + 1) * K)));
    const mask = tf.tidy(() => tf.oneHot(tf.tensor1d(cls, 'int32'), K).toFloat());
    const maps: Float32Array[] = [];
    try {
      for (let g = 0; g < G; g++) {
        const grad = tf.grad((xx: tf.Tensor) => tf.sum(tf.mul(f(group.act(xx as tf.Tensor4D, g)), mask)))(x);
        maps.push(grad.dataSync() as Float32Array);
        grad.dispose();
      }
    } finally {
      tf.dispose([x, mask]);
    }
    for (let i = 0; i < n; i++) {
      const N = c.start + i;
      const base = maps[0]!.subarray(i * D, (i + 1) * D);
      let sq = 0;
      for (let d = 0; d < D; d++) sq += base[d]! ** 2;
      gradNorms[N] = Math.sqrt(sq);
      for (let g = 1; g < G; g++) cosines[N * (G - 1) + g - 1] = cosine(base, maps[g]!.subarray(i * D, (i + 1) * D));
      if (N < keep) examples.push({ index: N, cls: cls[i]!, maps: maps.map((m) => m.slice(i * D, (i + 1) * D)) });
    }
  }
  return { cosines, examples, gradNorms };
}

/** Singular values (descending) of the centred-logit input Jacobian of each input. */
export function jacobianSpectrum(f: LogitFn, batch: ImageBatch, chunk = 128): number[][] {
  const D = batch.size * batch.size * batch.channels;
  const out: number[][] = [];
  for (const c of chunks(batch, chunk)) {
    const x = c.x();
    const n = x.shape[0];
    const rows: Float32Array[] = [];
    try {
      const K = tf.tidy(() => f(x).shape[1]);
      for (let k = 0; k < K; k++) {
        const grad = tf.grad((xx: tf.Tensor) => {
          const z = f(xx as tf.Tensor4D);
          const centred = tf.sub(z, tf.mean(z, 1, true));
          return tf.sum(tf.slice(centred, [0, k], [-1, 1]));
        })(x);
        rows.push(grad.dataSync() as Float32Array);
        grad.dispose();
      }
    } finally {
      x.dispose();
    }
    for (let i = 0; i < n; i++) out.push(jacobianSingularValues(rows.map((r) => r.subarray(i * D, (i + 1) * D))));
  }
  return out;
}

/** Every invariance metric of one model on one batch. */
export interface InvarianceReport {
  group: string;
  order: number;
  exact: boolean;
  count: number;
  classes: number;
  /** PDI = 1 − mean JSD / ln|G|. */
  pdi: number;
  meanJsd: number;
  maxJsd: number;
  agreement: number;
  clearDisagreements: number;
  meanLie: number;
  maxLie: number;
  /** Saliency invariance similarity: mean cosine; and its minimum over inputs (null: not measured). */
  sis: number | null;
  minSis: number | null;
  meanGradNorm: number | null;
  /** Mean over inputs of ‖J‖_F and σ_1 of the centred-logit Jacobian; mean spectrum. */
  jacobianFrobenius: number | null;
  jacobianTop: number | null;
  spectrum: number[];
  /** Logits at the identity, N x K row-major. */
  logits: Float32Array;
  /** Per-input values, for error bars and plots (sis: the gradient inputs only). */
  perInput: { lie: number[]; jsd: number[]; sis: number[] };
  /** How many inputs the gradient metrics used. */
  gradientInputs: number;
  saliency: SaliencyOrbit['examples'];
}

export interface MeasureOptions {
  /** Logit gaps below this count as ties for `clearDisagreements` (default 0). */
  tieGap?: number;
  /** Saliency maps kept for the first inputs (default 1). */
  keep?: number;
  /**
   * Gradient metrics (SIS, gradient norm, Jacobian spectrum) use only the first this many
   * inputs (default: all; 0 skips them); they cost K + |G| backward passes, the orbit
   * metrics |G| forward passes.
   */
  gradientInputs?: number;
}

function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return xs.length ? s / xs.length : 0;
}

function extreme(xs: readonly number[], pick: (a: number, b: number) => number, empty: number): number {
  return xs.length ? xs.reduce((a, b) => pick(a, b)) : empty;
}

/** Measure all invariance metrics of `f` over `group` on `batch`. */
export function measureInvariance(f: LogitFn, batch: ImageBatch, group: ImageGroup, opts: MeasureOptions = {}): InvarianceReport {
  const { logits, classes: K } = orbitLogits(f, batch, group);
  const stats = Array.from({ length: batch.count }, (_, n) => orbitStats(orbitOf(logits, n, K), opts.tieGap ?? 0));
  const G = group.order;
  const nGrad = Math.max(0, Math.min(batch.count, opts.gradientInputs ?? batch.count));
  const D = batch.size * batch.size * batch.channels;
  const gradBatch: ImageBatch = { ...batch, count: nGrad, data: batch.data.subarray(0, nGrad * D) };
  const sal = nGrad ? saliencyOrbit(f, gradBatch, group, logits[0]!.subarray(0, nGrad * K), opts.keep ?? 1) : null;
  const sisPer = sal ? Array.from({ length: nGrad }, (_, n) => (G > 1 ? mean(sal.cosines.subarray(n * (G - 1), (n + 1) * (G - 1))) : 1)) : [];
  const spec = nGrad ? jacobianSpectrum(f, gradBatch) : [];
  const spectrum = spec.length ? spec[0]!.map((_, i) => mean(spec.map((s) => s[i]!))) : [];
  const jsd = stats.map((s) => s.jsd);
  const lie = stats.map((s) => s.lie);
  return {
    group: group.name,
    order: G,
    exact: group.exact,
    count: batch.count,
    classes: K,
    pdi: G > 1 ? 1 - mean(jsd) / Math.log(G) : 1,
    meanJsd: mean(jsd),
    maxJsd: extreme(jsd, Math.max, 0),
    agreement: mean(stats.map((s) => s.agreement)),
    clearDisagreements: stats.reduce((a, s) => a + s.clearDisagreements, 0),
    meanLie: mean(lie),
    maxLie: extreme(lie, Math.max, 0),
    sis: sal ? mean(sisPer) : null,
    minSis: sal ? extreme(sisPer, Math.min, 1) : null,
    meanGradNorm: sal ? mean(sal.gradNorms) : null,
    jacobianFrobenius: spec.length ? mean(spec.map((s) => Math.sqrt(s.reduce((a, v) => a + v * v, 0)))) : null,
    jacobianTop: spec.length ? mean(spec.map((s) => s[0] ?? 0)) : null,
    spectrum,
    logits: logits[0]!,
    perInput: { lie, jsd, sis: sisPer },
    gradientInputs: nGrad,
    saliency: sal ? sal.examples : [],
  };
}
