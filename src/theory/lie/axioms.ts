/**
 * The Lie-bracket axioms as exact residuals: bilinearity in the first slot, antisymmetry
 * and the Jacobi identity. Each residual is a matrix that must vanish; the bracket is a
 * parameter so that a wrong "bracket" (e.g. the plain product) can be shown to fail.
 */
import type { RatMatrix } from '../exact/matrix.js';
import { matAdd, scale } from '../exact/matrix.js';
import type { Rational } from '../exact/rational.js';
import { bracket as commutator, isZeroMatrix } from './matrices.js';

export type BracketFn = (A: RatMatrix, B: RatMatrix) => RatMatrix;

export interface AxiomResiduals {
  /** [aA + bB, C] − a[A, C] − b[B, C]. */
  bilinearity: RatMatrix;
  /** [A, B] + [B, A]. */
  antisymmetry: RatMatrix;
  /** [A, [B, C]] + [B, [C, A]] + [C, [A, B]]. */
  jacobi: RatMatrix;
}

export function bracketAxiomResiduals(A: RatMatrix, B: RatMatrix, C: RatMatrix, a: Rational, b: Rational, br: BracketFn = commutator): AxiomResiduals {
  const minus = (X: RatMatrix) => scale(X, -1);
  const bilinearity = matAdd(br(matAdd(scale(A, a), scale(B, b)), C), minus(matAdd(scale(br(A, C), a), scale(br(B, C), b))));
  const antisymmetry = matAdd(br(A, B), br(B, A));
  const jacobi = matAdd(matAdd(br(A, br(B, C)), br(B, br(C, A))), br(C, br(A, B)));
  return { bilinearity, antisymmetry, jacobi };
}

/** The largest |entry| of a residual, exactly, as a string ("0" when it vanishes). */
export function maxAbsEntry(R: RatMatrix): Rational | null {
  if (isZeroMatrix(R)) return null;
  let best: Rational | null = null;
  for (const row of R) for (const x of row) if (best === null || x.abs().cmp(best) > 0) best = x.abs();
  return best;
}
