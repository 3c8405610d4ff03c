/**
 * Derived series g ⊇ [g,g] ⊇ …, lower central series g ⊇ [g,g] ⊇ [g,[g,g]] ⊇ … and the
 * centre of a matrix Lie algebra, exactly. Solvable: the derived series reaches 0;
 * nilpotent: the lower central series reaches 0.
 */
import { nullSpace, type RatMatrix } from '../exact/matrix.js';
import { Rational } from '../exact/rational.js';
import { bracket } from './matrices.js';
import { MatrixSpan } from './span.js';
import type { StructureConstants } from './structure.js';

function bracketSpan(A: readonly RatMatrix[], B: readonly RatMatrix[], n: number, symmetric: boolean): MatrixSpan {
  const out: RatMatrix[] = [];
  A.forEach((a, i) => B.forEach((b, j) => {
    if (!symmetric || j > i) out.push(bracket(a, b));
  }));
  return new MatrixSpan(out, n, n);
}

/** Dimensions of a series until it stabilises (the last entry repeats no more). */
export interface Series {
  dims: number[];
  /** The terminal subalgebra (0-dimensional when the series reaches 0). */
  last: MatrixSpan;
}

/** dims of g^(0) = g, g^(k+1) = [g^(k), g^(k)], until 0 or stable. */
export function derivedSeries(g: MatrixSpan): Series {
  const n = g.rows;
  let cur = g;
  const dims = [cur.dim];
  while (cur.dim > 0) {
    const next = bracketSpan(cur.basis, cur.basis, n, true);
    if (next.dim === cur.dim) break;
    dims.push(next.dim);
    cur = next;
  }
  return { dims, last: cur };
}

/** dims of g_1 = g, g_{k+1} = [g, g_k], until 0 or stable. */
export function lowerCentralSeries(g: MatrixSpan): Series {
  const n = g.rows;
  let cur = g;
  const dims = [cur.dim];
  while (cur.dim > 0) {
    const next = bracketSpan(g.basis, cur.basis, n, false);
    if (next.dim === cur.dim) break;
    dims.push(next.dim);
    cur = next;
  }
  return { dims, last: cur };
}

export const isSolvable = (g: MatrixSpan): boolean => derivedSeries(g).last.dim === 0;
export const isNilpotent = (g: MatrixSpan): boolean => lowerCentralSeries(g).last.dim === 0;

/** Dimension of the centre {x : [x, X_j] = 0 ∀ j}, from structure constants. */
export function centerDimension(c: StructureConstants): number {
  const d = c.length;
  if (!d) return 0;
  // equations indexed by (j, k): Σ_i x_i c_ij^k = 0
  const rows: Rational[][] = [];
  for (let j = 0; j < d; j++)
    for (let k = 0; k < d; k++) rows.push(Array.from({ length: d }, (_, i) => (((c[i] as Rational[][])[j] as Rational[])[k] as Rational)));
  return nullSpace(rows).length;
}
