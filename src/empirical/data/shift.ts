import type { Rng } from '../../core/rng.js';
import { glyphDataset, SHIFTED_GLYPHS, STROKE_GLYPHS } from './glyphs.js';

/**
 * Input sets for the distribution-shift experiments (research/invariance.md §3.3), all
 * procedural and seeded. Every set keeps the continuous random rotation of the training
 * data, so the C4 orbit of an input stays as likely as the input itself; what shifts is the
 * content:
 * - `clean`: the in-distribution glyphs (bar, L, T, V);
 * - `noise`: clean glyphs plus i.i.d. N(0, σ²) pixel noise (σ = severity, default 0.3);
 * - `contrast`: clean glyphs with contrast scaled about each image's mean,
 *   x' = μ + c(x − μ) (c = severity, default 0.4);
 * - `thin`: the same glyphs drawn with strokes of half width (severity = width factor);
 * - `family`: a different glyph family (plus, Z, N, hook), labels meaningless for the model;
 * - `gaussian`: pure N(0, σ²) images (σ = severity, default 1), no glyph at all.
 */
export const SHIFT_KINDS = ['clean', 'noise', 'contrast', 'thin', 'family', 'gaussian'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];

export const DEFAULT_SEVERITY: Readonly<Record<ShiftKind, number>> = Object.freeze({
  clean: 0,
  noise: 0.3,
  contrast: 0.4,
  thin: 0.5,
  family: 0,
  gaussian: 1,
});

export interface ShiftedSet {
  kind: ShiftKind;
  severity: number;
  /** N x H x H (one channel), row-major. */
  images: Float32Array;
  /** Labels in the training classes, or null where the shift has none (family, gaussian). */
  labels: Int32Array | null;
  count: number;
  size: number;
}

/** Add i.i.d. N(0, σ²) noise in place. */
export function addNoise(images: Float32Array, rng: Rng, sigma: number): Float32Array {
  for (let i = 0; i < images.length; i++) images[i]! += rng.normal(0, sigma);
  return images;
}

/** Scale each image's contrast about its own mean, in place: x' = μ + c(x − μ). */
export function changeContrast(images: Float32Array, pixels: number, factor: number): Float32Array {
  for (let start = 0; start < images.length; start += pixels) {
    let mu = 0;
    for (let p = 0; p < pixels; p++) mu += images[start + p]! / pixels;
    for (let p = 0; p < pixels; p++) images[start + p] = mu + factor * (images[start + p]! - mu);
  }
  return images;
}

/** Draw `count` images of one input condition (seeded). */
export function shiftedGlyphs(rng: Rng, opts: { kind: ShiftKind; count: number; size: number; severity?: number }): ShiftedSet {
  const { kind, count, size } = opts;
  const severity = opts.severity ?? DEFAULT_SEVERITY[kind];
  const pixels = size * size;
  const base = (family = STROKE_GLYPHS, widthFactor = 1) => glyphDataset(rng.fork('glyphs'), { count, size, family, widthFactor });
  switch (kind) {
    case 'clean': {
      const d = base();
      return { kind, severity, images: d.images, labels: d.labels, count, size };
    }
    case 'noise': {
      const d = base();
      return { kind, severity, images: addNoise(d.images, rng.fork('noise'), severity), labels: d.labels, count, size };
    }
    case 'contrast': {
      const d = base();
      return { kind, severity, images: changeContrast(d.images, pixels, severity), labels: d.labels, count, size };
    }
    case 'thin': {
      const d = base(STROKE_GLYPHS, severity);
      return { kind, severity, images: d.images, labels: d.labels, count, size };
    }
    case 'family': {
      const d = base(SHIFTED_GLYPHS);
      return { kind, severity, images: d.images, labels: null, count, size };
    }
    case 'gaussian': {
      const images = addNoise(new Float32Array(count * pixels), rng.fork('noise'), severity);
      return { kind, severity, images, labels: null, count, size };
    }
  }
}
