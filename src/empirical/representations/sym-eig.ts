import { symmetricEigenvalues as symmetricEigenvaluesFlat } from '../symmetry/eigen.js';

/**
 * Eigenvalues of a real symmetric matrix given as rows (cyclic Jacobi of symmetry/eigen.ts), and the
 * nuclear norm ‖C‖_* = Σ sqrt(eig(CᵀC)) built on it. For the small matrices of
 * representation comparisons (units × units).
 */
export function symmetricEigenvalues(S: readonly (readonly number[])[]): number[] {
  return symmetricEigenvaluesFlat(S.flat(), S.length);
}

/** ‖C‖_*: the sum of singular values of a (possibly rectangular) matrix. */
export function nuclearNorm(C: readonly (readonly number[])[]): number {
  const r = C.length;
  const c = C[0]?.length ?? 0;
  const small = Math.min(r, c);
  // Gram matrix of the smaller side.
  const G = Array.from({ length: small }, (_, i) =>
    Array.from({ length: small }, (_, j) => {
      let s = 0;
      if (c <= r) for (let k = 0; k < r; k++) s += C[k]![i]! * C[k]![j]!;
      else for (let k = 0; k < c; k++) s += C[i]![k]! * C[j]![k]!;
      return s;
    }),
  );
  return symmetricEigenvalues(G).reduce((acc, e) => acc + Math.sqrt(Math.max(0, e)), 0);
}
