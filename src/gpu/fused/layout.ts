/**
 * The net-blocked layout of the fused kernels: B models of W values each, row-major
 * [B][W], are stored as [⌈B/NB⌉][W][NB] so that one SIMD vector holds the same value of NB
 * consecutive models. Lanes past B in the last block are padding (zero).
 */

/** Row-major [count][W] → blocked [⌈count/NB⌉][W][NB] into `out` (padding lanes zeroed). */
export function toBlocked(src: ArrayLike<number>, count: number, W: number, NB: number, out: Float32Array): void {
  const blocks = Math.ceil(count / NB);
  if (out.length < blocks * W * NB) throw new RangeError(`toBlocked: output holds ${out.length} values, need ${blocks * W * NB}`);
  out.fill(0, 0, blocks * W * NB);
  for (let k = 0; k < count; k++) {
    const base = Math.floor(k / NB) * W * NB + (k % NB);
    const row = k * W;
    for (let q = 0; q < W; q++) out[base + q * NB] = src[row + q]!;
  }
}

/** Blocked → row-major [count][W]. */
export function fromBlocked(src: Float32Array, count: number, W: number, NB: number, out = new Float32Array(count * W)): Float32Array {
  for (let k = 0; k < count; k++) {
    const base = Math.floor(k / NB) * W * NB + (k % NB);
    const row = k * W;
    for (let q = 0; q < W; q++) out[row + q] = src[base + q * NB]!;
  }
  return out;
}

/**
 * Move model `from` to slot `to` (to <= from) in place, in every blocked array given: the
 * compaction step when early-stopped models leave the batch.
 */
export function moveModel(arrays: readonly Float32Array[], widths: readonly number[], from: number, to: number, NB: number): void {
  if (from === to) return;
  const fb = Math.floor(from / NB), fl = from % NB, tb = Math.floor(to / NB), tl = to % NB;
  arrays.forEach((a, i) => {
    const W = widths[i]!;
    for (let q = 0; q < W; q++) a[tb * W * NB + q * NB + tl] = a[fb * W * NB + q * NB + fl]!;
  });
}

/** Zero the lanes of models count..(end of their block) in every blocked array given. */
export function clearTail(arrays: readonly Float32Array[], widths: readonly number[], count: number, NB: number): void {
  if (count % NB === 0) return;
  const b = Math.floor(count / NB);
  arrays.forEach((a, i) => {
    const W = widths[i]!;
    for (let q = 0; q < W; q++) for (let l = count % NB; l < NB; l++) a[b * W * NB + q * NB + l] = 0;
  });
}
