import * as tf from '@tensorflow/tfjs';
import { Rng } from '../../core/rng.js';

/**
 * Rotation groups acting on batches of square images [N, H, W, C] (channels last).
 *
 * - `c4`: rotation by multiples of 90°, an exact pixel permutation on a symmetric grid
 *   (same convention as `rot90` in data/glyphs.ts: counter-clockwise).
 * - `c8`: rotation by multiples of 45°, by bilinear resampling with zero fill outside the
 *   grid. Not a permutation: metrics over c8 include interpolation error, and the
 *   corners of the image are lost at odd multiples of 45°.
 * - `so2`: a sample of angles (the identity first, then uniform random angles, seeded),
 *   by the same bilinear resampling. The "orbit" is the sampled set, not a group.
 *
 * Element 0 is always the identity. Both actions are linear maps of the image, so
 * autodiff through them applies the adjoint: for a permutation that is the inverse
 * rotation (the alignment that saliency similarity needs); for bilinear resampling the
 * adjoint only approximates the inverse.
 */
export type GroupName = 'c4' | 'c8' | 'so2';

export interface ImageGroup {
  name: GroupName;
  /** Number of elements used (|G| for c4/c8, the sample size for so2). */
  order: number;
  /** Rotation angle of each element, radians (counter-clockwise). */
  angles: readonly number[];
  /** True when every element acts as an exact pixel permutation. */
  exact: boolean;
  /** g · x for element index g (0 = identity). Returns a new tensor. */
  act(x: tf.Tensor4D, g: number): tf.Tensor4D;
  /** Release the resampling matrices (a no-op for c4). */
  dispose(): void;
}

/**
 * rot90 (counter-clockwise) of the spatial axes 1 and 2 of a rank-4 tensor, `times` times:
 * out[n, r, c, :] = x[n, c, W-1-r, :]. Differentiable (reverse and transpose only).
 */
export function rot90Tensor<T extends tf.Tensor4D>(x: T, times = 1): T {
  const k = ((times % 4) + 4) % 4;
  return tf.tidy(() => {
    let y: tf.Tensor4D = x;
    for (let t = 0; t < k; t++) y = tf.transpose(tf.reverse(y, 2), [0, 2, 1, 3]);
    return k === 0 ? (tf.clone(y) as T) : (y as T);
  });
}

/**
 * The bilinear rotation of an H x H image by θ as a dense H²×H² matrix M (row-major
 * pixels): (Mx)(p) = x(R(−θ)p) with zero outside the grid. Coordinates are pixel centres
 * of the symmetric grid in [−1, 1], as in data/glyphs.ts (row 0 at the top).
 * Source positions within 1e-9 of a pixel centre snap to it, so 90° multiples are exact.
 */
export function bilinearRotationMatrix(size: number, theta: number): Float32Array {
  const H = size;
  const m = new Float32Array(H * H * H * H);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const half = (H - 1) / 2;
  const snap = (v: number) => (Math.abs(v - Math.round(v)) < 1e-9 ? Math.round(v) : v);
  for (let i = 0; i < H; i++) {
    for (let j = 0; j < H; j++) {
      // centred pixel coordinates (x right, y up), in pixel units
      const x = j - half;
      const y = half - i;
      // source point R(−θ)(x, y)
      const sx = c * x + s * y;
      const sy = -s * x + c * y;
      const sj = snap(sx + half);
      const si = snap(half - sy);
      const j0 = Math.floor(sj);
      const i0 = Math.floor(si);
      const fj = sj - j0;
      const fi = si - i0;
      const row = (i * H + j) * H * H;
      const put = (ii: number, jj: number, w: number) => {
        if (w !== 0 && ii >= 0 && ii < H && jj >= 0 && jj < H) m[row + ii * H + jj]! += w;
      };
      put(i0, j0, (1 - fi) * (1 - fj));
      put(i0, j0 + 1, (1 - fi) * fj);
      put(i0 + 1, j0, fi * (1 - fj));
      put(i0 + 1, j0 + 1, fi * fj);
    }
  }
  return m;
}

/**
 * The mean of four same-shape tensors computed independently of their order, bit for bit:
 * a min/max sorting network (exact operations) puts the values in ascending order, then
 * they are added in that fixed order. A plain a + b + c + d rounds differently when the
 * terms are permuted, which is what a rotation of the input does to an orbit sum.
 * The gradient is the mean's own (dy/4 to each input), not the sorting network's, whose
 * subgradient at ties would pick one input by position and break the symmetry.
 */
const orderFreeMean = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
  const [a, b, c, d] = args as tf.Tensor[];
  const value = tf.tidy(() => {
    const lo1 = tf.minimum(a!, b!);
    const hi1 = tf.maximum(a!, b!);
    const lo2 = tf.minimum(c!, d!);
    const hi2 = tf.maximum(c!, d!);
    const midA = tf.maximum(lo1, lo2);
    const midB = tf.minimum(hi1, hi2);
    const sorted = [tf.minimum(lo1, lo2), tf.minimum(midA, midB), tf.maximum(midA, midB), tf.maximum(hi1, hi2)];
    return tf.mul(tf.add(tf.add(tf.add(sorted[0]!, sorted[1]!), sorted[2]!), sorted[3]!), 0.25);
  });
  return {
    value,
    gradFunc: (dy: tf.Tensor) => {
      const g = tf.mul(dy, 0.25);
      return [g, tf.clone(g), tf.clone(g), tf.clone(g)];
    },
  };
});

/** (a + b + c + d) / 4, bit-identical under any permutation of the arguments (see above). */
export function orderFreeMean4(a: tf.Tensor, b: tf.Tensor, c: tf.Tensor, d: tf.Tensor): tf.Tensor {
  return orderFreeMean(a, b, c, d);
}

/** The C4 orbit mean of images [N, H, W, C], bit-identical for every rotation of the input. */
export function c4OrbitMean(x: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const r = [0, 1, 2, 3].map((k) => rot90Tensor(x, k));
    return orderFreeMean4(r[0]!, r[1]!, r[2]!, r[3]!) as tf.Tensor4D;
  });
}

/** The largest image side for which c8/so2 build their dense resampling matrices. */
export const MAX_BILINEAR_SIZE = 64;

/** Create a rotation group acting on H x H images. `rng` draws the so2 angles (default: seed 0). */
export function createImageGroup(name: GroupName, size: number, opts: { samples?: number; rng?: Rng } = {}): ImageGroup {
  if (name === 'c4') {
    return {
      name,
      order: 4,
      angles: [0, Math.PI / 2, Math.PI, (3 * Math.PI) / 2],
      exact: true,
      act: (x, g) => rot90Tensor(x, g),
      dispose: () => {},
    };
  }
  if (size > MAX_BILINEAR_SIZE) {
    throw new RangeError(`group ${name}: images of side ${size} exceed ${MAX_BILINEAR_SIZE} (dense bilinear resampling)`);
  }
  const rng = opts.rng ?? new Rng(0);
  const angles =
    name === 'c8'
      ? Array.from({ length: 8 }, (_, k) => (k * Math.PI) / 4)
      : [0, ...Array.from({ length: Math.max(1, (opts.samples ?? 16) - 1) }, () => rng.uniform(0, 2 * Math.PI))];
  // transposed matrices, so that act is x_flat [N*C, H²] · Mᵀ
  const mats = angles.map((theta) => {
    const m = bilinearRotationMatrix(size, theta);
    return tf.tidy(() => tf.transpose(tf.tensor2d(m, [size * size, size * size])));
  });
  return {
    name,
    order: angles.length,
    angles,
    exact: false,
    act(x, g) {
      const mt = mats[g];
      if (!mt) throw new RangeError(`group ${name}: no element ${g}`);
      return tf.tidy(() => {
        const [n, h, w, ch] = x.shape;
        const flat = tf.reshape(tf.transpose(x, [0, 3, 1, 2]), [n * ch, h * w]);
        const rotated = tf.matMul(flat, mt);
        return tf.transpose(tf.reshape(rotated, [n, ch, h, w]), [0, 2, 3, 1]) as tf.Tensor4D;
      });
    },
    dispose: () => tf.dispose(mats),
  };
}
