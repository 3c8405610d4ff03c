/**
 * Float64 matrix exponential (scaling and squaring with a Taylor series) and the small
 * dense helpers the one-parameter-group checks need. exp(tA) exp(sA) = exp((t+s)A), and
 * exp of a skew matrix is orthogonal with determinant 1.
 */

export type Mat = number[][];

export function matMulF(A: Mat, B: Mat): Mat {
  const n = A.length;
  const k = B.length;
  const m = B[0]?.length ?? 0;
  const out: Mat = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (let i = 0; i < n; i++) {
    const Ai = A[i] as number[];
    const Oi = out[i] as number[];
    for (let t = 0; t < k; t++) {
      const a = Ai[t] as number;
      if (a === 0) continue;
      const Bt = B[t] as number[];
      for (let j = 0; j < m; j++) Oi[j] = (Oi[j] as number) + a * (Bt[j] as number);
    }
  }
  return out;
}

export function identityF(n: number): Mat {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

export function scaleF(A: Mat, s: number): Mat {
  return A.map((row) => row.map((x) => x * s));
}

export function addF(A: Mat, B: Mat, s = 1): Mat {
  return A.map((row, i) => row.map((x, j) => x + s * ((B[i] as number[])[j] as number)));
}

export function transposeF(A: Mat): Mat {
  return (A[0] ?? []).map((_, j) => A.map((row) => row[j] as number));
}

/** Frobenius norm. */
export function normF(A: Mat): number {
  return Math.sqrt(A.reduce((s, row) => s + row.reduce((t, x) => t + x * x, 0), 0));
}

/** Max absolute row sum (the ∞-norm). */
function normInf(A: Mat): number {
  return Math.max(0, ...A.map((row) => row.reduce((s, x) => s + Math.abs(x), 0)));
}

/** exp(A) for a square float64 matrix. */
export function expm(A: Mat): Mat {
  const n = A.length;
  if (A.some((row) => row.length !== n || row.some((x) => !Number.isFinite(x)))) {
    throw new RangeError(`expm: expected a finite square matrix, got ${n} rows of lengths ${A.map((r) => r.length).join(',')}`);
  }
  const norm = normInf(A);
  const s = norm > 0.5 ? Math.ceil(Math.log2(norm / 0.5)) : 0;
  const B = scaleF(A, 2 ** -s);
  let term = identityF(n);
  let sum = identityF(n);
  for (let k = 1; k <= 30; k++) {
    term = scaleF(matMulF(term, B), 1 / k);
    sum = addF(sum, term);
    if (normInf(term) <= 1e-18 * normInf(sum)) break;
  }
  for (let i = 0; i < s; i++) sum = matMulF(sum, sum);
  return sum;
}

/** Determinant by partial-pivot elimination (float64). */
export function detF(A: Mat): number {
  const n = A.length;
  const M = A.map((row) => row.slice());
  let d = 1;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs((M[i] as number[])[c] as number) > Math.abs((M[p] as number[])[c] as number)) p = i;
    const piv = (M[p] as number[])[c] as number;
    if (piv === 0) return 0;
    if (p !== c) {
      [M[p], M[c]] = [M[c] as number[], M[p] as number[]];
      d = -d;
    }
    d *= piv;
    for (let i = c + 1; i < n; i++) {
      const f = ((M[i] as number[])[c] as number) / piv;
      for (let j = c; j < n; j++) (M[i] as number[])[j] = ((M[i] as number[])[j] as number) - f * ((M[c] as number[])[j] as number);
    }
  }
  return d;
}

/** The rotation by θ in the plane: [[cos θ, −sin θ], [sin θ, cos θ]]. */
export function rotation2(theta: number): Mat {
  return [
    [Math.cos(theta), -Math.sin(theta)],
    [Math.sin(theta), Math.cos(theta)],
  ];
}
