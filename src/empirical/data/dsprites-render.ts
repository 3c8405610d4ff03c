import { DSPRITES_VALUES } from './dsprites.js';

/**
 * A procedural 64×64 binary renderer for dSprites factor vectors (approximate: the geometry
 * constants are ours, research/disentanglement.md §7). A pixel (u, v) is on when its centre,
 * moved to the sprite's frame q = R(−θ)(p − c)/(scale·h₀), lies inside the shape: square
 * max(|q_x|, |q_y|) <= 1; ellipse q_x² + (2 q_y)² <= 1; heart: inside the polygon sampled
 * from x = 16 sin³t, y = 13 cos t − 5 cos 2t − 2 cos 3t − cos 4t scaled to [−1, 1]²
 * (even-odd rule). h₀ = 0.15·64 px; centres c = m + pos·(64 − 2m) with margin m = 15, so the
 * largest rotated sprite never clips. Deterministic, no anti-aliasing.
 */
export const DSPRITES_SIZE = 64;
const H0 = 0.15 * DSPRITES_SIZE;
const MARGIN = Math.ceil(Math.SQRT2 * H0) + 1;

const HEART: readonly [number, number][] = (() => {
  const raw: [number, number][] = [];
  for (let k = 0; k < 200; k++) {
    const t = (2 * Math.PI * k) / 200;
    raw.push([16 * Math.sin(t) ** 3, 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t)]);
  }
  const xs = raw.map((p) => p[0]);
  const ys = raw.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // image rows grow downward: flip y so the heart's lobes are at the top
  return raw.map(([x, y]) => [(2 * (x - x0)) / (x1 - x0) - 1, -((2 * (y - y0)) / (y1 - y0) - 1)]);
})();

function insideHeart(x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = HEART.length - 1; i < HEART.length; j = i++) {
    const [xi, yi] = HEART[i] as [number, number];
    const [xj, yj] = HEART[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point in the sprite's unit frame is inside shape class 0 (square), 1 (ellipse) or 2 (heart). */
export function insideShape(shape: number, x: number, y: number): boolean {
  if (shape === 0) return Math.max(Math.abs(x), Math.abs(y)) <= 1;
  if (shape === 1) return x * x + 4 * y * y <= 1;
  return insideHeart(x, y);
}

/** Render one sprite from factor classes [shape, scale, orientation, posX, posY]: 64×64, row-major, 0/1. */
export function renderDsprite(classes: readonly number[], out = new Uint8Array(DSPRITES_SIZE * DSPRITES_SIZE)): Uint8Array {
  const [shape, scaleC, orientC, xC, yC] = classes as [number, number, number, number, number];
  const scale = (DSPRITES_VALUES[1] as readonly number[])[scaleC] as number;
  const theta = (DSPRITES_VALUES[2] as readonly number[])[orientC] as number;
  const px = (DSPRITES_VALUES[3] as readonly number[])[xC] as number;
  const py = (DSPRITES_VALUES[4] as readonly number[])[yC] as number;
  const span = DSPRITES_SIZE - 2 * MARGIN;
  const cx = MARGIN + px * span;
  const cy = MARGIN + py * span;
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const r = scale * H0;
  for (let v = 0; v < DSPRITES_SIZE; v++) {
    for (let u = 0; u < DSPRITES_SIZE; u++) {
      const dx = u + 0.5 - cx;
      const dy = v + 0.5 - cy;
      // rotate by −θ
      const qx = (c * dx + s * dy) / r;
      const qy = (-s * dx + c * dy) / r;
      out[v * DSPRITES_SIZE + u] = insideShape(shape, qx, qy) ? 1 : 0;
    }
  }
  return out;
}

/** Render a batch of factor vectors (K arrays of n class indices): n images of 4096 pixels. */
export function renderDspritesBatch(factors: readonly Int32Array[]): Uint8Array[] {
  const n = factors[0]?.length ?? 0;
  return Array.from({ length: n }, (_, i) => renderDsprite(factors.map((f) => f[i] as number)));
}
