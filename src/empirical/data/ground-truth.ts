import type { Rng } from '../../core/rng.js';

/**
 * A data set with known, independent, discrete ground-truth factors (disentanglement_lib's
 * GroundTruthData). Factor i takes class indices 0..factorSizes[i]-1, uniformly and
 * independently. `sampleFactors` draws in the library's order: factor by factor, n values
 * each (`rs.randint(n_i, size=n)` in the library; here from our seeded Rng).
 */
export interface GroundTruthData {
  readonly name: string;
  readonly factorSizes: readonly number[];
  /** Factor names, in order. */
  readonly factorNames: readonly string[];
  /** The physical value of each class index, per factor (defaults to the index itself). */
  readonly factorValues: readonly (readonly number[])[];
  /** n factor vectors as K arrays of n class indices. */
  sampleFactors(n: number, rng: Rng): Int32Array[];
}

/**
 * A representation as the metrics see it: codes (D arrays of n) for a batch of factor
 * vectors (K arrays of n). `rng` is for representations that add noise (nuisance codes,
 * noisy observations); it is drawn after the factors, as the library draws observations.
 */
export type Representation = (factors: readonly Int32Array[], rng: Rng) => Float64Array[];

/** Draw n class indices for each factor, factor-major (the library's draw order). */
export function sampleUniformFactors(sizes: readonly number[], n: number, rng: Rng): Int32Array[] {
  return sizes.map((size) => {
    const out = new Int32Array(n);
    if (size > 1) for (let i = 0; i < n; i++) out[i] = rng.int(0, size - 1);
    return out;
  });
}

/** A uniform product space of discrete factors: observations are the factors themselves. */
export function factorSpace(
  name: string,
  factorSizes: readonly number[],
  opts: { names?: readonly string[]; values?: readonly (readonly number[])[] } = {},
): GroundTruthData {
  for (const s of factorSizes) {
    if (!Number.isInteger(s) || s < 1) throw new RangeError(`${name}: factor sizes must be positive integers (got ${s})`);
  }
  const sizes = Object.freeze([...factorSizes]);
  const names = Object.freeze(opts.names ? [...opts.names] : sizes.map((_, i) => `f${i}`));
  const values = Object.freeze(opts.values ? opts.values.map((v) => Object.freeze([...v])) : sizes.map((s) => Object.freeze(Array.from({ length: s }, (_, i) => i))));
  if (names.length !== sizes.length || values.length !== sizes.length) throw new RangeError(`${name}: names/values must match the ${sizes.length} factors`);
  values.forEach((v, i) => {
    if (v.length !== sizes[i]) throw new RangeError(`${name}: factor ${i} has ${sizes[i]} classes but ${v.length} values`);
  });
  return {
    name,
    factorSizes: sizes,
    factorNames: names,
    factorValues: values,
    sampleFactors: (n, rng) => sampleUniformFactors(sizes, n, rng),
  };
}

/** Number of points of the full factor grid. */
export function gridSize(sizes: readonly number[]): number {
  return sizes.reduce((a, b) => a * b, 1);
}

/** Every point of the factor grid in lexicographic order (last factor fastest), as K arrays. */
export function factorGrid(sizes: readonly number[]): Int32Array[] {
  const total = gridSize(sizes);
  const out = sizes.map(() => new Int32Array(total));
  let stride = 1;
  for (let k = sizes.length - 1; k >= 0; k--) {
    const size = sizes[k] as number;
    const col = out[k] as Int32Array;
    for (let p = 0; p < total; p++) col[p] = Math.floor(p / stride) % size;
    stride *= size;
  }
  return out;
}
