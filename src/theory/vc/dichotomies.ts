import { Rational } from '../exact/rational.js';
import { feasible } from '../exact/lp.js';

/**
 * Exact dichotomy oracles: which labelings of given points a class realises.
 * Labelings are bitmasks: bit i set means point i is labelled +1.
 */

/** One-sided thresholds x -> [x >= t] on the real line (t ranges over all of R). */
export function thresholdDichotomies(xs: readonly number[]): Set<number> {
  const out = new Set<number>();
  const cuts = [...new Set(xs)].sort((a, b) => a - b);
  // t above every point, then t at each distinct value (everything >= t is positive)
  out.add(0);
  for (const t of cuts) out.add(maskWhere(xs, (x) => x >= t));
  return out;
}

/** Closed intervals x -> [a <= x <= b] on the real line (the empty interval included). */
export function intervalDichotomies(xs: readonly number[]): Set<number> {
  const out = new Set<number>([0]);
  const vals = [...new Set(xs)].sort((a, b) => a - b);
  for (let i = 0; i < vals.length; i++) {
    for (let j = i; j < vals.length; j++) {
      const a = vals[i]!;
      const b = vals[j]!;
      out.add(maskWhere(xs, (x) => x >= a && x <= b));
    }
  }
  return out;
}

/**
 * Is the labeling realisable by an affine halfspace x -> sign(w.x + b) with a margin,
 * i.e. is there (w, b) with y_i (w.x_i + b) >= 1 for all i? Decided by exact rational LP.
 * Returns the separating (w, b) or null.
 */
export function halfspaceSeparator(points: readonly (readonly number[])[], mask: number): Rational[] | null {
  const A: Rational[][] = points.map((p, i) => {
    const y = (mask >>> i) & 1 ? 1 : -1;
    return [...p.map((v) => Rational.of(y * v)), Rational.of(y)];
  });
  const b = points.map(() => Rational.ONE);
  if (A.length === 0) return null;
  return feasible(A, b);
}

/** All labelings of the points realised by affine halfspaces (exact). */
export function halfspaceDichotomies(points: readonly (readonly number[])[]): Set<number> {
  const n = points.length;
  if (n > 16) throw new RangeError(`halfspaceDichotomies: ${n} points means 2^${n} LPs (at most 16 points)`);
  const out = new Set<number>();
  const all = (1 << n) - 1;
  for (let mask = 0; mask <= all; mask++) {
    const comp = all & ~mask;
    if (comp < mask) continue; // a labeling is realisable iff its complement is: (w,b) -> (-w,-b)
    if (n === 0 || halfspaceSeparator(points, mask)) {
      out.add(mask);
      out.add(comp);
    }
  }
  return out;
}

function maskWhere(xs: readonly number[], pred: (x: number) => boolean): number {
  let m = 0;
  xs.forEach((x, i) => {
    if (pred(x)) m |= 1 << i;
  });
  return m;
}

/** The labeling of a bitmask as ±1 signs (for reports). */
export function signsOf(mask: number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += (mask >>> i) & 1 ? '+' : '−';
  return s;
}
