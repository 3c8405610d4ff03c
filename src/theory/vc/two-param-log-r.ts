import { Rational } from '../exact/rational.js';
import { solve } from '../exact/matrix.js';
import { stopLoss } from './two-param.js';

/**
 * P1-c (research/vc.md §2.2, our derivation): on a finite group of order r = 2N, N = 2^m,
 * the two-parameter class shatters m = log2 r − 1 functions.
 * Base multiset: two copies of each of 0..N−1. f_i replaces the two copies of j by j ∓ 1/2
 * for every j with bit_{i−1}(j) = 1; this mean-preserving spread lifts Ψ_{f_i}(j) by exactly
 * 1/(2r) and leaves Ψ at the other integers unchanged. With Γ(j) = (N−1−j)(N−j)/r and
 * c_j = Γ(j) + 1/(4r), the parameters w = 1/c_j, b = −j·w realise labeling j, and
 * |Φ − 1| >= 1/(4N(N−1) + 1) (attained at j = 0).
 */
export interface LogRConstruction {
  m: number;
  N: number;
  r: number;
  /** f_1..f_m as functions on C_r (values at positions 2j, 2j+1 are the pair for j). */
  functions: number[][];
}

export function logRConstruction(m: number): LogRConstruction {
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`logRConstruction: m must be an integer in [1, 12], got ${m}`);
  const N = 2 ** m;
  const functions = Array.from({ length: m }, (_, i) =>
    Array.from({ length: 2 * N }, (_, p) => {
      const j = p >> 1;
      if (!((j >>> i) & 1)) return j;
      return p & 1 ? j + 0.5 : j - 0.5;
    }),
  );
  return { m, N, r: 2 * N, functions };
}

/** Γ(j) = Ψ_base(j) = (N−1−j)(N−j)/r, exactly. */
export function gammaBase(N: number, j: number): Rational {
  return Rational.of((N - 1 - j) * (N - j), 2 * N);
}

/** (w, b) for labeling j (bit i of j = label of f_{i+1}), exactly. */
export function logRParams(N: number, j: number): { w: Rational; b: Rational } {
  const c = gammaBase(N, j).add(Rational.of(1, 8 * N));
  const w = Rational.ONE.div(c);
  return { w, b: w.mul(Rational.of(-j)) };
}

/** The stated margin 1/(4N(N−1) + 1). */
export function logRMargin(N: number): Rational {
  return Rational.of(1, 4 * N * (N - 1) + 1);
}

/** Φ − 1 for every (labeling j, function i), exactly: Φ = w·Ψ_{f_i}(−b/w). */
export function logRExactPhiMinusOne(c: LogRConstruction, j: number): Rational[] {
  const { w, b } = logRParams(c.N, j);
  const s = b.neg().div(w);
  return c.functions.map((f) => w.mul(stopLoss(f.map((v) => Rational.of(v)), s)).sub(Rational.ONE));
}

/**
 * The inputs f = K^{-1} a that a circulant kernel K maps onto given values a (so K⋆f = a),
 * solved exactly; null when K is singular. Exercises a real convolution path.
 */
export function preimageUnderKernel(K: readonly number[], a: readonly number[]): Rational[] | null {
  const r = a.length;
  const C = Array.from({ length: r }, (_, g) => Array.from({ length: r }, (_, h) => Rational.of(K[(((h - g) % r) + r) % r] ?? 0)));
  const x = solve(C, a.map((v) => Rational.of(v)));
  if (!x) return null;
  const back = C.map((row) => row.reduce((acc, c, h) => acc.add(c.mul(x[h]!)), Rational.ZERO));
  return back.every((v, g) => v.cmp(Rational.of(a[g]!)) === 0) ? x : null;
}
