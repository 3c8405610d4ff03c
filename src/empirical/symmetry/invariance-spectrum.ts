import { symmetricEigenvalues } from './eigen.js';

/**
 * Input-gradient spectrum (our proxy for the paper's "spectral decay": a model that reaches
 * invariance by losing sensitivity to every input perturbation). For one input x with
 * centred logits ẑ(x) = z(x) − mean_k z_k(x)·1, the input Jacobian J = ∂ẑ/∂x is K x D; its
 * singular values σ_1 ≥ … ≥ σ_K (σ_K ≈ 0, since the rows sum to zero) are the square roots
 * of the eigenvalues of the K x K Gram matrix J Jᵀ, found by the cyclic Jacobi of eigen.ts in float64.
 */

export { symmetricEigenvalues };

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
