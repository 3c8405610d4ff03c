import * as tf from '@tensorflow/tfjs';
import { GramAccumulator, outputGradients, polarizedOutput, type ModelFn, type Polarization, type PolarizationOptions } from './liegg.js';

/**
 * LieGG polarization for images (research/invariance.md §1, §2.2), with the convention the
 * notes recommend over the authors' code: central differences divided by the pixel spacing
 * and coordinates centred on the image, on interior pixels only.
 *
 * Pixel (r, c) of an H x H image sits at p = (u, w) = (−1 + (2r+1)/H, −1 + (2c+1)/H): u runs
 * down the rows, w along the columns (a rotation of the plane commutes with this choice, so
 * a counter-clockwise rotation of the picture has the generator [[0, −1], [1, 0]]). With
 * (g·I)(p) = I(g⁻¹p), the row of image I is −Σ_p ∂F/∂I(p) ∇I(p) p̃ᵀ with p̃ = p (4 columns,
 * linear maps) or p̃ = (p, 1) (6 columns, affine maps [A | b]), so that again
 * (E vec A)_i = L_A F(I_i) = d/dt F(I_i ∘ exp(−tA)) at t = 0.
 */

export interface ImagePolarizationOptions extends PolarizationOptions {
  /** 4: gl(2) (linear maps of the plane); 6: aff(2) in homogeneous coordinates. Default 4. */
  columns?: 4 | 6;
}

/** Centred coordinate of pixel index i on an H-pixel axis. */
export const pixelCoordinate = (i: number, H: number): number => -1 + (2 * i + 1) / H;

/** Central-difference image gradient (∂I/∂u, ∂I/∂w) at an interior pixel, float64. */
export function imageGradientAt(img: ArrayLike<number>, H: number, r: number, c: number): [number, number] {
  const inv = H / 4; // 1 / (2 h), h = 2 / H
  return [(img[(r + 1) * H + c]! - img[(r - 1) * H + c]!) * inv, (img[r * H + c + 1]! - img[r * H + c - 1]!) * inv];
}

/** The polarization row of one image given ∂F/∂I (both H x H, row-major). */
export function imageRow(img: ArrayLike<number>, dF: ArrayLike<number>, H: number, columns: 4 | 6, out = new Float64Array(columns)): Float64Array {
  out.fill(0);
  const cols = columns === 4 ? 2 : 3;
  for (let r = 1; r < H - 1; r++) {
    const u = pixelCoordinate(r, H);
    for (let c = 1; c < H - 1; c++) {
      const f = dF[r * H + c]!;
      if (f === 0) continue;
      const w = pixelCoordinate(c, H);
      const [gu, gw] = imageGradientAt(img, H, r, c);
      const p = [u, w, 1];
      for (let j = 0; j < cols; j++) {
        out[j] = out[j]! - f * gu * p[j]!;
        out[cols + j] = out[cols + j]! - f * gw * p[j]!;
      }
    }
  }
  return out;
}

/**
 * The polarization Gram matrix of an image model: `images` is N x H x H (row-major) and the
 * model consumes flattened images [batch, H·H].
 */
export function imagePolarization(model: ModelFn, images: Float32Array, H: number, opts: ImagePolarizationOptions = {}): Polarization {
  const columns = opts.columns ?? 4;
  const D = H * H;
  const N = images.length / D;
  if (!Number.isInteger(N)) throw new RangeError(`imagePolarization: ${images.length} values are not a whole number of ${H}x${H} images`);
  const acc = new GramAccumulator(columns, opts.keepRows);
  const f = polarizedOutput(model, opts.output ?? 'raw');
  const bs = opts.batchSize ?? 128;
  const row = new Float64Array(columns);
  for (let start = 0; start < N; start += bs) {
    const B = Math.min(bs, N - start);
    const xs = images.subarray(start * D, (start + B) * D);
    const x = tf.tensor2d(xs, [B, D]);
    const grads = outputGradients(f, x, opts.perOutput ?? true);
    x.dispose();
    for (const g of grads) {
      for (let s = 0; s < B; s++) acc.add(imageRow(xs.subarray(s * D, (s + 1) * D), g.subarray(s * D, (s + 1) * D), H, columns, row));
    }
  }
  return acc.finish([2, columns === 4 ? 2 : 3]);
}

/** The velocity field v(p) = −∇I(p)·(A p̃) of the flow I ∘ exp(−tA) (zero on the border), float64. */
export function imageVelocity(img: ArrayLike<number>, H: number, A: readonly (readonly number[])[]): Float64Array {
  const v = new Float64Array(H * H);
  const affine = (A[0]?.length ?? 2) === 3;
  for (let r = 1; r < H - 1; r++) {
    const u = pixelCoordinate(r, H);
    for (let c = 1; c < H - 1; c++) {
      const w = pixelCoordinate(c, H);
      const [gu, gw] = imageGradientAt(img, H, r, c);
      const a0 = A[0]!;
      const a1 = A[1]!;
      const pu = a0[0]! * u + a0[1]! * w + (affine ? a0[2]! : 0);
      const pw = a1[0]! * u + a1[1]! * w + (affine ? a1[2]! : 0);
      v[r * H + c] = -(gu * pu + gw * pw);
    }
  }
  return v;
}
