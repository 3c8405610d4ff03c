/**
 * Input-gradient spectrum (our proxy for the paper's "spectral decay": a model that reaches
 * invariance by losing sensitivity to every input perturbation). For one input x with
 * centred logits ẑ(x) = z(x) − mean_k z_k(x)·1, the input Jacobian J = ∂ẑ/∂x is K x D; its
 * singular values σ_1 ≥ … ≥ σ_K (σ_K ≈ 0, since the rows sum to zero) are the square roots
 * of the eigenvalues of the K x K Gram matrix J Jᵀ, found here by cyclic Jacobi in float64.
 */

/** Eigenvalues of a symmetric n x n matrix (row-major), descending; cyclic Jacobi. */
export function symmetricEigenvalues(matrix: ArrayLike<number>, n: number): number[] {
  const a = Float64Array.from(matrix);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const v = a[i * n + j]! ** 2;
        total += v;
        if (i !== j) off += v;
      }
    }
    if (off <= 1e-30 * Math.max(total, 1e-300)) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (apq === 0) continue;
        const app = a[p * n + p]!;
        const aqq = a[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  return Array.from({ length: n }, (_, i) => a[i * n + i]!).sort((x, y) => y - x);
}

/**
 * Singular values (descending) of one K x D Jacobian given as its K rows.
 * Negative Gram eigenvalues from round-off are clamped to 0.
 */
export function jacobianSingularValues(rows: readonly ArrayLike<number>[]): number[] {
  const K = rows.length;
  const gram = new Float64Array(K * K);
  for (let i = 0; i < K; i++) {
    for (let j = i; j < K; j++) {
      let s = 0;
      const a = rows[i]!;
      const b = rows[j]!;
      for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
      gram[i * K + j] = s;
      gram[j * K + i] = s;
    }
  }
  return symmetricEigenvalues(gram, K).map((v) => Math.sqrt(Math.max(0, v)));
}
