/**
 * Structure constants of a matrix Lie algebra in a chosen basis X_1..X_d:
 * [X_i, X_j] = Σ_k c_ij^k X_k, the adjoint matrices and the Jacobi identity in constants.
 */
import { Rational } from '../exact/rational.js';
import type { RatMatrix } from '../exact/matrix.js';
import { bracket } from './matrices.js';
import { MatrixSpan } from './span.js';

/** c[i][j][k] = c_ij^k. */
export type StructureConstants = Rational[][][];

/**
 * Structure constants of span(basis) in that basis, or null when the span is not closed.
 * The basis must be linearly independent (a MatrixSpan's basis is).
 */
export function structureConstants(basis: readonly RatMatrix[]): StructureConstants | null {
  const span = new MatrixSpan(basis);
  if (span.dim !== basis.length) throw new RangeError('structureConstants: the basis is linearly dependent');
  const d = basis.length;
  const c: StructureConstants = Array.from({ length: d }, () => Array.from({ length: d }, () => new Array<Rational>(d).fill(Rational.ZERO)));
  for (let i = 0; i < d; i++) {
    for (let j = i + 1; j < d; j++) {
      const coords = span.coordinates(bracket(basis[i] as RatMatrix, basis[j] as RatMatrix));
      if (coords === null) return null;
      (c[i] as Rational[][])[j] = coords;
      (c[j] as Rational[][])[i] = coords.map((x) => x.neg());
    }
  }
  return c;
}

/** The adjoint matrix of X_i: (ad_i)_{kj} = c_ij^k, i.e. column j holds [X_i, X_j]. */
export function adjoint(c: StructureConstants, i: number): RatMatrix {
  const d = c.length;
  const ci = c[i] as Rational[][];
  return Array.from({ length: d }, (_, k) => Array.from({ length: d }, (_, j) => (ci[j] as Rational[])[k] as Rational));
}

/**
 * The largest |Jacobi residual| over all (i, j, k, l), exactly:
 * Σ_m c_ij^m c_mk^l + c_jk^m c_mi^l + c_ki^m c_mj^l. Zero for any true Lie algebra.
 */
export function jacobiResidual(c: StructureConstants): Rational {
  const d = c.length;
  const at = (a: number, b: number, k: number) => ((c[a] as Rational[][])[b] as Rational[])[k] as Rational;
  let worst = Rational.ZERO;
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++)
      for (let k = 0; k < d; k++)
        for (let l = 0; l < d; l++) {
          let s = Rational.ZERO;
          for (let m = 0; m < d; m++) {
            s = s.add(at(i, j, m).mul(at(m, k, l))).add(at(j, k, m).mul(at(m, i, l))).add(at(k, i, m).mul(at(m, j, l)));
          }
          if (s.abs().cmp(worst) > 0) worst = s.abs();
        }
  return worst;
}

/** Exact strings of the non-zero constants, keyed "i,j,k" (0-based, i < j). */
export function nonZeroConstants(c: StructureConstants): Record<string, string> {
  const out: Record<string, string> = {};
  c.forEach((ci, i) =>
    ci.forEach((cij, j) => {
      if (j <= i) return;
      cij.forEach((x, k) => {
        if (!x.isZero()) out[`${i},${j},${k}`] = x.toString();
      });
    }),
  );
  return out;
}
