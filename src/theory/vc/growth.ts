/**
 * Growth-function bounds, exact in BigInt: Sauer–Shelah, Cover's count for affine
 * halfspaces, and the exact growth functions of thresholds and intervals on R.
 */

/** C(n, k) exactly; 0 outside 0 <= k <= n. */
export function binomial(n: bigint | number, k: bigint | number): bigint {
  const N = BigInt(n);
  let K = BigInt(k);
  if (K < 0n || K > N || N < 0n) return 0n;
  if (K > N - K) K = N - K;
  let r = 1n;
  for (let i = 1n; i <= K; i++) r = (r * (N - K + i)) / i;
  return r;
}

/** Sauer–Shelah: Π_H(n) <= Σ_{i=0}^{d} C(n, i) for VC(H) = d. */
export function sauerShelahSum(n: number, d: number): bigint {
  let s = 0n;
  for (let i = 0; i <= d; i++) s += binomial(n, i);
  return s;
}

/** The closed form (e n / d)^d (float64), valid as an upper bound of the sum for n >= d >= 1. */
export function sauerShelahExpBound(n: number, d: number): number {
  return Math.pow((Math.E * n) / d, d);
}

/** Cover (1965): dichotomies of n points in general position in R^d by affine halfspaces. */
export function coverCount(n: number, d: number): bigint {
  let s = 0n;
  for (let k = 0; k <= d; k++) s += binomial(n - 1, k);
  return 2n * s;
}

/** One-sided thresholds x -> [x >= t] on n distinct reals: n + 1 dichotomies. */
export function thresholdGrowth(n: number): bigint {
  return BigInt(n) + 1n;
}

/** Closed intervals x -> [a <= x <= b] on n distinct reals: 1 + n + C(n, 2) dichotomies. */
export function intervalGrowth(n: number): bigint {
  return 1n + BigInt(n) + binomial(n, 2);
}

/** LaTeX of the Sauer–Shelah chain for given n, d (for derivations). */
export function sauerShelahTeX(n: number, d: number): string {
  return `\\sum_{i=0}^{${d}} \\binom{${n}}{i} = ${sauerShelahSum(n, d)}`;
}
