import fc from 'fast-check';
import type { BudgetName } from '../../src/core/budget.js';
import { bySize } from '../../src/core/budget.js';
import type { StandardFamily } from '../../src/theory/lie/standard.js';

/** A small rational "p/q" (|p| <= 9, 1 <= q <= 4), as a string (JSON-replayable). */
export const smallRational = fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 1, max: 4 })).map(([p, q]) => (q === 1 ? `${p}` : `${p}/${q}`));

/** An n x n matrix of small rationals. */
export const rationalMatrix = (n: number): fc.Arbitrary<string[][]> =>
  fc.array(fc.array(smallRational, { minLength: n, maxLength: n }), { minLength: n, maxLength: n });

/** An n x n integer matrix with entries in [-3, 3]. */
export const integerMatrix = (n: number): fc.Arbitrary<number[][]> =>
  fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n });

/** (family, n) for the standard algebras, sized by budget. */
export function standardFamilyArb(budget: BudgetName, families: readonly StandardFamily[]): fc.Arbitrary<{ family: StandardFamily; n: number }> {
  const maxN = bySize(budget, { quick: 4, standard: 5, full: 5 });
  return fc.record({ family: fc.constantFrom(...families), n: fc.integer({ min: 2, max: maxN }) }).map((p) => (['aff2', 'sim2', 'se2'].includes(p.family) ? { ...p, n: 3 } : p));
}

/** A compact text of a spectrum (relative σ², 3 significant digits), for summaries and plots. */
export function spectrumText(values: readonly number[]): string {
  const top = values[0] || 1;
  return values.map((v) => (v / top).toExponential(2)).join(' ');
}

/** Parse spectrumText back into numbers. */
export function parseSpectrum(text: unknown): number[] {
  return typeof text === 'string' && text ? text.split(' ').map(Number) : [];
}

/** Format a number for a reason sentence. */
export const fmt = (x: number, digits = 3): string => (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e4 ? x.toPrecision(digits) : x.toExponential(digits - 1));
