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
  const V = new Float64Array(n * n);
  for (let i = 0; i < n; i++) V[i * n + i] = 1;
  const A = jacobiDiagonalise(a, n, V);
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => A[j * n + j]! - A[i * n + i]!);
  return {
    values: Float64Array.from(order, (i) => A[i * n + i]!),
    vectors: order.map((i) => Float64Array.from({ length: n }, (_, k) => V[k * n + i]!)),
  };
}

/** Eigenvalues only (descending) of the symmetric n x n matrix `a` (row-major). */
export function symmetricEigenvalues(a: ArrayLike<number>, n: number): number[] {
  const A = jacobiDiagonalise(a, n, null);
  return Array.from({ length: n }, (_, i) => A[i * n + i]!).sort((x, y) => y - x);
}

/**
 * Cyclic Jacobi rotations until the off-diagonal mass is below 1e-32 of the total; returns
 * the (nearly) diagonal matrix and accumulates the rotations into V when given.
 */
function jacobiDiagonalise(a: ArrayLike<number>, n: number, V: Float64Array | null): Float64Array {
  if (a.length !== n * n) throw new RangeError(`symmetricEigen: expected ${n * n} entries, got ${a.length}`);
  const A = Float64Array.from(a);
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
        const theta = (A[q * n + q]! - A[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(A, n, p, q, c, s, true);
        rotate(A, n, p, q, c, s, false);
        if (V) rotate(V, n, p, q, c, s, true);
      }
    }
  }
  return A;
}

/** Apply the rotation (c, s) to columns p, q (cols = true) or rows p, q of the n x n matrix M. */
function rotate(M: Float64Array, n: number, p: number, q: number, c: number, s: number, cols: boolean): void {
  for (let k = 0; k < n; k++) {
    const ip = cols ? k * n + p : p * n + k;
    const iq = cols ? k * n + q : q * n + k;
    const mp = M[ip]!;
    const mq = M[iq]!;
    M[ip] = c * mp - s * mq;
    M[iq] = s * mp + c * mq;
  }
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
