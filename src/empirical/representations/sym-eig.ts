/**
 * Eigenvalues of a real symmetric matrix by cyclic Jacobi rotations (float64), and the
 * nuclear norm ‖C‖_* = Σ sqrt(eig(CᵀC)) built on it. For the small matrices of
 * representation comparisons (units × units).
 */
export function symmetricEigenvalues(S: readonly (readonly number[])[], sweeps = 60): number[] {
  const n = S.length;
  const A = S.map((row) => row.slice());
  for (let sweep = 0; sweep < sweeps; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += A[p]![q]! ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p]![q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (A[q]![q]! - A[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k]![p]!;
          const akq = A[k]![q]!;
          A[k]![p] = c * akp - s * akq;
          A[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p]![k]!;
          const aqk = A[q]![k]!;
          A[p]![k] = c * apk - s * aqk;
          A[q]![k] = s * apk + c * aqk;
        }
      }
    }
  }
  return A.map((row, i) => row[i]!).sort((a, b) => b - a);
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
