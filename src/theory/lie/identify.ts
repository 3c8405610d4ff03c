/**
 * Identify a matrix Lie algebra: first exactly, as the same subspace as a standard
 * algebra of its matrix size (so(n), sl(n), gl(n), t(n), n(n), aff(2), sim(2), se(2));
 * otherwise up to real isomorphism from invariants (abelian, the 2-dimensional
 * non-abelian algebra, the Heisenberg algebra, and semisimple algebras of dimension
 * 3, 6, 8, 10 by the signature of the Killing form).
 */
import type { RatMatrix } from '../exact/matrix.js';
import { centerDimension, derivedSeries, lowerCentralSeries } from './series.js';
import type { Inertia } from './killing.js';
import { MatrixSpan } from './span.js';
import { standardCandidates } from './standard.js';
import type { StructureConstants } from './structure.js';

export interface Identification {
  /** "so(3)", "sl(2)", "abelian(2)", … */
  name: string;
  /** 'span': the very same subspace as the standard algebra; 'isomorphism': abstractly. */
  by: 'span' | 'isomorphism';
}

/** The standard algebra whose span equals span(basis) exactly, if any. */
export function matchStandardSpan(span: MatrixSpan): string | null {
  for (const cand of standardCandidates(span.rows)) {
    if (cand.basis.length !== span.dim) continue;
    if (cand.basis.every((B: RatMatrix) => span.contains(B))) return cand.name;
  }
  return null;
}

/** Semisimple real algebras of small dimension, keyed "dim:positive:negative" of the Killing form. */
const SEMISIMPLE: Readonly<Record<string, string>> = {
  '3:0:3': 'so(3)',
  '3:2:1': 'sl(2)',
  '6:0:6': 'so(4)',
  '6:3:3': 'so(3,1)',
  '6:4:2': 'sl(2)+sl(2)',
  '6:2:4': 'so(3)+sl(2)',
  '8:0:8': 'su(3)',
  '8:5:3': 'sl(3)',
  '8:4:4': 'su(2,1)',
  '10:0:10': 'so(5)',
  '10:4:6': 'so(4,1)',
  '10:6:4': 'so(3,2)',
};

/** Identify up to isomorphism from structure constants and the Killing inertia; null if unknown. */
export function identifyAbstract(span: MatrixSpan, c: StructureConstants, killing: Inertia): string | null {
  const d = c.length;
  if (d === 0) return null;
  if (c.every((ci) => ci.every((cij) => cij.every((x) => x.isZero())))) return `abelian(${d})`;
  if (killing.zero === 0) return SEMISIMPLE[`${d}:${killing.positive}:${killing.negative}`] ?? null;
  if (d === 2) return 'aff(1)';
  if (d === 3) {
    const lower = lowerCentralSeries(span);
    const derived = derivedSeries(span);
    if (lower.last.dim === 0 && derived.dims[1] === 1 && centerDimension(c) === 1) return 'n(3)';
  }
  return null;
}

/** Exact identification (by span first, then by isomorphism invariants). */
export function identify(span: MatrixSpan, c: StructureConstants, killing: Inertia): Identification | null {
  const bySpan = matchStandardSpan(span);
  if (bySpan) return { name: bySpan, by: 'span' };
  const abstract = identifyAbstract(span, c, killing);
  return abstract ? { name: abstract, by: 'isomorphism' } : null;
}
