/** A numerical tolerance always carries the reason it is what it is. */
export interface Tolerance {
  abs: number;
  rel: number;
  reason: string;
}

/** Exact comparison: for claims checked in exact (rational or integer) arithmetic. */
export const EXACT: Tolerance = Object.freeze({
  abs: 0,
  rel: 0,
  reason: 'exact arithmetic (rationals / integers): no rounding is involved',
});

/** |a - b| <= abs + rel * max(1, |a|, |b|). */
export function closeTo(a: number, b: number, tol: Pick<Tolerance, 'abs' | 'rel'>): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= tol.abs + tol.rel * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The slack left by closeTo (positive: inside the tolerance). */
export function closeToMargin(a: number, b: number, tol: Pick<Tolerance, 'abs' | 'rel'>): number {
  return tol.abs + tol.rel * Math.max(1, Math.abs(a), Math.abs(b)) - Math.abs(a - b);
}

/** Default tolerance for float computations at a given precision (bits of mantissa class). */
export function toleranceForPrecision(precision: 32 | 64): Tolerance {
  return precision === 64
    ? { abs: 1e-12, rel: 1e-9, reason: 'float64 arithmetic: a few hundred ulps of accumulated rounding' }
    : { abs: 1e-5, rel: 1e-4, reason: 'float32 arithmetic (tfjs backends): ~1e-7 unit roundoff times sums of up to ~1e3 terms' };
}
