import type { Rng } from '../../core/rng.js';

/**
 * Procedural rotated stroke glyphs (research/invariance.md §2.5): nothing downloaded.
 * Each glyph is a set of line segments in [-1, 1]^2, rendered analytically on an H x H
 * grid as max_s exp(-d(p, s)^2 / (2 w^2)) with w = 0.12 · scale · widthFactor. The
 * rotation θ is applied to the geometry (no resampling error), and because the pixel grid
 * is symmetric, a 90° rotation of the image is an exact pixel permutation (rot90).
 */
export type Segment = readonly [number, number, number, number];

/** The in-distribution family: 4 classes (bar, L, T, V). */
export const STROKE_GLYPHS: Readonly<Record<string, readonly Segment[]>> = Object.freeze({
  bar: [[-0.8, 0, 0.8, 0]],
  L: [[-0.5, 0.8, -0.5, -0.6], [-0.5, -0.6, 0.6, -0.6]],
  T: [[-0.7, 0.6, 0.7, 0.6], [0, 0.6, 0, -0.8]],
  V: [[-0.6, 0.7, 0, -0.7], [0, -0.7, 0.6, 0.7]],
});

/** A different glyph family (4 classes) for distribution-shift experiments. */
export const SHIFTED_GLYPHS: Readonly<Record<string, readonly Segment[]>> = Object.freeze({
  plus: [[-0.7, 0, 0.7, 0], [0, -0.7, 0, 0.7]],
  Z: [[-0.6, 0.6, 0.6, 0.6], [0.6, 0.6, -0.6, -0.6], [-0.6, -0.6, 0.6, -0.6]],
  N: [[-0.6, -0.7, -0.6, 0.7], [-0.6, 0.7, 0.6, -0.7], [0.6, -0.7, 0.6, 0.7]],
  hook: [[-0.6, 0.6, 0.4, 0.6], [0.4, 0.6, 0.4, -0.2], [0.4, -0.2, -0.2, -0.6]],
});

export interface GlyphOptions {
  size: number;
  /** Global rotation in radians. */
  theta: number;
  /** Overall scale of the figure (the notes use [0.55, 0.65]). */
  scale: number;
  /** Stroke width multiplier (1 = in-distribution; 0.5 = thin strokes). */
  widthFactor?: number;
}

/** Render one glyph into `out` (row-major H x H, values in [0, 1]). */
export function renderGlyph(segments: readonly Segment[], opts: GlyphOptions, out = new Float32Array(opts.size * opts.size)): Float32Array {
  const { size: H, theta, scale } = opts;
  const w = 0.12 * scale * (opts.widthFactor ?? 1);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const segs = segments.map(([x0, y0, x1, y1]) => [
    scale * (c * x0 - s * y0), scale * (s * x0 + c * y0), scale * (c * x1 - s * y1), scale * (s * x1 + c * y1),
  ] as const);
  for (let i = 0; i < H; i++) {
    const py = 1 - (2 * i + 1) / H; // row 0 at the top
    for (let j = 0; j < H; j++) {
      const px = -1 + (2 * j + 1) / H;
      let best = Infinity;
      for (const [ax, ay, bx, by] of segs) best = Math.min(best, distToSegment2(px, py, ax, ay, bx, by));
      out[i * H + j] = Math.exp(-best / (2 * w * w));
    }
  }
  return out;
}

function distToSegment2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = px - (ax + t * dx);
  const ey = py - (ay + t * dy);
  return ex * ex + ey * ey;
}

export interface GlyphDataset {
  /** N x H x H images, row-major. */
  images: Float32Array;
  labels: Int32Array;
  size: number;
  count: number;
  classes: string[];
}

export interface GlyphDatasetOptions {
  count: number;
  size: number;
  family?: Readonly<Record<string, readonly Segment[]>>;
  /** 'continuous': θ ~ U[0, 2π); 'c4': θ ∈ {0, π/2, π, 3π/2}; 'none': θ = 0. */
  rotation?: 'continuous' | 'c4' | 'none';
  widthFactor?: number;
  scaleRange?: readonly [number, number];
}

/** Draw a labelled data set of glyphs (classes balanced in expectation), seeded. */
export function glyphDataset(rng: Rng, opts: GlyphDatasetOptions): GlyphDataset {
  const family = opts.family ?? STROKE_GLYPHS;
  const classes = Object.keys(family);
  const { count, size } = opts;
  const [s0, s1] = opts.scaleRange ?? [0.55, 0.65];
  const images = new Float32Array(count * size * size);
  const labels = new Int32Array(count);
  for (let n = 0; n < count; n++) {
    const k = rng.int(0, classes.length - 1);
    const rotation = opts.rotation ?? 'continuous';
    const theta = rotation === 'continuous' ? rng.uniform(0, 2 * Math.PI) : rotation === 'c4' ? (Math.PI / 2) * rng.int(0, 3) : 0;
    const glyph = family[classes[k]!]!;
    renderGlyph(glyph, { size, theta, scale: rng.uniform(s0, s1), widthFactor: opts.widthFactor ?? 1 }, images.subarray(n * size * size, (n + 1) * size * size));
    labels[n] = k;
  }
  return { images, labels, size, count, classes };
}

/** rot90 (counter-clockwise) of an H x H image, an exact pixel permutation. */
export function rot90(image: ArrayLike<number>, size: number, times = 1): Float32Array {
  let src = Float32Array.from(image);
  for (let t = 0; t < ((times % 4) + 4) % 4; t++) {
    const dst = new Float32Array(size * size);
    for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) dst[(size - 1 - j) * size + i] = src[i * size + j]!;
    src = dst;
  }
  return src;
}
