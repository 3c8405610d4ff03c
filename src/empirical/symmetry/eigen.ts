/**
 * Float64 eigen-decomposition of a real symmetric matrix by the cyclic Jacobi method
 * (tfjs has no SVD). Accurate to a few ulps of the largest eigenvalue; for the d x d
 * LieGG Gram matrices (d <= ~100) it takes milliseconds.
 */

export interface SymmetricEigen {
  /** Eigenvalues in descending order. */
  values: Float64Array;
  /** Eigenvectors as rows: vectors[k] belongs to values[k] (unit norm). */
  vectors: Float64Array[];
}

/** Eigen-decomposition of the symmetric n x n matrix `a` (row-major; only symmetry is assumed). */
export function symmetricEigen(a: ArrayLike<number>, n: number): SymmetricEigen {
  if (a.length !== n * n) throw new RangeError(`symmetricEigen: expected ${n * n} entries, got ${a.length}`);
  const A = Float64Array.from(a);
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  const off = () => {
    let s = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += A[i * n + j]! ** 2;
    return s;
  };
  let scale = 0;
  for (let i = 0; i < n * n; i++) scale += A[i]! ** 2;
  for (let sweep = 0; sweep < 100; sweep++) {
    if (off() <= 1e-32 * scale) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = A[p * n + q]!;
        if (apq === 0) continue;
        const app = A[p * n + p]!;
        const aqq = A[q * n + q]!;
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = A[k * n + p]!;
          const akq = A[k * n + q]!;
          A[k * n + p] = c * akp - s * akq;
          A[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = A[p * n + k]!;
          const aqk = A[q * n + k]!;
          A[p * n + k] = c * apk - s * aqk;
          A[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = V[k * n + p]!;
          const vkq = V[k * n + q]!;
          V[k * n + p] = c * vkp - s * vkq;
          V[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => A[j * n + j]! - A[i * n + i]!);
  return {
    values: Float64Array.from(order, (i) => A[i * n + i]!),
    vectors: order.map((i) => Float64Array.from({ length: n }, (_, k) => V[k * n + i]!)),
  };
}

/** Singular values (descending) of an r x c matrix given as rows, via the eigenvalues of MᵀM or MMᵀ. */
export function singularValues(rows: readonly ArrayLike<number>[]): number[] {
  const r = rows.length;
  const c = rows[0]?.length ?? 0;
  const small = Math.min(r, c);
  if (!small) return [];
  const G = new Float64Array(small * small);
  for (let i = 0; i < small; i++)
    for (let j = i; j < small; j++) {
      let s = 0;
      if (r <= c) for (let k = 0; k < c; k++) s += rows[i]![k]! * rows[j]![k]!;
      else for (let k = 0; k < r; k++) s += rows[k]![i]! * rows[k]![j]!;
      G[i * small + j] = s;
      G[j * small + i] = s;
    }
  return Array.from(symmetricEigen(G, small).values, (v) => Math.sqrt(Math.max(0, v)));
}
