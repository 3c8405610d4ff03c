/**
 * From a polarization Gram matrix to LieGG's quantities (research/invariance.md §2.3):
 * the spectrum σ²/N (symmetry variance of each direction), the generators (eigenvectors
 * reshaped to matrices), the symmetry bias (distance of a unit generator to the reference
 * algebra, so(n) by default), the spectral gap and the learned null-space dimension.
 */
import { symmetricEigen } from './eigen.js';
import type { Polarization } from './liegg.js';
import { distanceToSpan, principalCosines, referenceBasis } from './liegg-subspace.js';

export interface LieggSpectrum {
  /** σ_i²/N, descending (clamped at 0). */
  values: number[];
  /** Unit generators, vec'd (row-major), in the order of `values`. */
  vectors: Float64Array[];
  shape: [number, number];
  rows: number;
}

export function lieggSpectrum(p: Polarization): LieggSpectrum {
  const { values, vectors } = symmetricEigen(p.gram, p.d);
  return { values: Array.from(values, (v) => Math.max(0, v)), vectors, shape: p.shape, rows: p.rows };
}

/** A vec'd generator as a matrix of the given shape. */
export function asMatrix(v: ArrayLike<number>, shape: readonly [number, number]): number[][] {
  return Array.from({ length: shape[0] }, (_, i) => Array.from({ length: shape[1] }, (_, j) => v[i * shape[1] + j]!));
}

/** Symmetry bias of a unit generator: its distance to the reference algebra (so(n): ‖sym H‖_F). */
export function symmetryBias(v: ArrayLike<number>, shape: readonly [number, number], reference = referenceBasis(shape).basis): number {
  return distanceToSpan(v, reference);
}

/** The gap σ²_{d−k} / σ²_{d−k+1} (1-based, descending) above a k-dimensional null space. */
export function spectralGap(values: readonly number[], nullDim: number): number {
  const d = values.length;
  if (nullDim <= 0 || nullDim >= d) return NaN;
  const above = values[d - nullDim - 1]!;
  const below = values[d - nullDim]!;
  return below > 0 ? above / below : above > 0 ? Infinity : NaN;
}

/**
 * The null-space dimension with the largest consecutive ratio (the most pronounced gap).
 * Values below 1e-15·σ²_max are floored there (eigen-solver round-off), so ratios inside an
 * exact null space stay O(1) and the gap to it is the largest ratio.
 */
export function detectNullDim(values: readonly number[]): number {
  const d = values.length;
  const floor = Math.max((values[0] ?? 0) * 1e-15, Number.MIN_VALUE);
  let best = 0;
  let bestRatio = 1;
  for (let i = 0; i + 1 < d; i++) {
    const ratio = Math.max(values[i]!, floor) / Math.max(values[i + 1]!, floor);
    if (ratio > bestRatio) [best, bestRatio] = [d - 1 - i, ratio];
  }
  return best;
}

export interface NullSpaceReport {
  nullDim: number;
  gap: number;
  /** σ² of the null directions relative to σ²_max, largest. */
  relVarianceMax: number;
  /** Smallest symmetry variance σ²_min/N. */
  minVariance: number;
  /** Largest bias among the null directions. */
  maxBias: number;
  /** Principal cosines of the null space against the reference algebra. */
  cosines: number[];
  reference: string;
}

/** Summarise the bottom `nullDim` directions against a reference algebra. */
export function nullSpaceReport(s: LieggSpectrum, nullDim = detectNullDim(s.values), ref = referenceBasis(s.shape)): NullSpaceReport {
  const d = s.values.length;
  const bottom = s.vectors.slice(d - nullDim);
  const top = s.values[0] ?? 0;
  return {
    nullDim,
    gap: spectralGap(s.values, nullDim),
    relVarianceMax: top > 0 ? (s.values[d - nullDim] ?? 0) / top : 0,
    minVariance: s.values[d - 1] ?? 0,
    maxBias: Math.max(0, ...bottom.map((v) => symmetryBias(v, s.shape, ref.basis))),
    cosines: principalCosines(bottom, ref.basis),
    reference: ref.name,
  };
}
