import { factorSpace, type GroundTruthData } from './ground-truth.js';

/**
 * dSprites' factor space, exactly (research/disentanglement.md §7): 737280 combinations of
 * color (1 value, white), shape (3: square, ellipse, heart), scale (6 values in [0.5, 1]),
 * orientation (40 values, linspace(0, 2π, 40), so the last equals the first), posX and posY
 * (32 values in [0, 1] each), stored lexicographically with posY fastest. disentanglement_lib's
 * `dsprites_full` uses the five factors [shape, scale, orientation, posX, posY] = [3, 6, 40, 32, 32].
 */
export const DSPRITES_SIZES = Object.freeze([3, 6, 40, 32, 32] as const);
export const DSPRITES_FACTOR_NAMES = Object.freeze(['shape', 'scale', 'orientation', 'posX', 'posY'] as const);
/** Flat-index bases of the five factors (color fixed at 0): 245760, 40960, 1024, 32, 1. */
export const DSPRITES_INDEX_BASES = Object.freeze([245760, 40960, 1024, 32, 1] as const);
/** Number of images. */
export const DSPRITES_COUNT = 737280;

function linspace(lo: number, hi: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? hi : lo + (i * (hi - lo)) / (n - 1)));
}

/** The factor values of the original latents_values table (shape 1..3, scale, radians, positions). */
export const DSPRITES_VALUES: readonly (readonly number[])[] = Object.freeze([
  [1, 2, 3],
  linspace(0.5, 1, 6),
  linspace(0, 2 * Math.PI, 40),
  linspace(0, 1, 32),
  linspace(0, 1, 32),
]);

/** Flat index of a factor vector of class indices. */
export function dspritesIndex(classes: readonly number[]): number {
  if (classes.length !== 5) throw new RangeError(`dSprites has 5 factors, got ${classes.length}`);
  return classes.reduce((acc, c, i) => {
    const size = DSPRITES_SIZES[i] as number;
    if (!Number.isInteger(c) || c < 0 || c >= size) throw new RangeError(`dSprites factor ${DSPRITES_FACTOR_NAMES[i]}: class ${c} not in 0..${size - 1}`);
    return acc + c * (DSPRITES_INDEX_BASES[i] as number);
  }, 0);
}

/** Factor classes of a flat index. */
export function dspritesClasses(index: number): number[] {
  if (!Number.isInteger(index) || index < 0 || index >= DSPRITES_COUNT) throw new RangeError(`dSprites index ${index} not in 0..${DSPRITES_COUNT - 1}`);
  return DSPRITES_INDEX_BASES.map((b, i) => Math.floor(index / b) % (DSPRITES_SIZES[i] as number));
}

/** dSprites as a ground-truth set (observations: see dsprites-render.ts). */
export function dsprites(): GroundTruthData {
  return factorSpace('dsprites_full', DSPRITES_SIZES, { names: DSPRITES_FACTOR_NAMES, values: DSPRITES_VALUES });
}

/** The library's `dsprites_noshape`: scale, orientation, posX, posY (shape is a nuisance). */
export function dspritesNoShape(): GroundTruthData {
  return factorSpace('dsprites_noshape', DSPRITES_SIZES.slice(1), { names: DSPRITES_FACTOR_NAMES.slice(1), values: DSPRITES_VALUES.slice(1) });
}
