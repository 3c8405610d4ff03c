/**
 * sin(ωx) has infinite VC dimension with one parameter. Base-2 construction (research/vc.md
 * §3.3): x_i = 2^{-i}, ω = π (1 + Σ_i c_i 2^i) with c_i = (1 − y_i)/2. The phase of ω x_i
 * over π is 2^{-i} + Σ_{k<i} c_k 2^{k-i} + c_i + (even integer), whose fractional part
 * lies in [2^{-i}, 1 − 2^{-i}] when c_i = 0 (so sin > 0) and is shifted by one when c_i = 1.
 */

export interface SineConstruction {
  /** Points x_1..x_m (exact powers of two). */
  xs: number[];
  /** The integer k with ω = π k (exact in float64 up to m = 50). */
  k: number;
}

/** The construction for labels y ∈ {±1}^m (index 0 is point x_1). */
export function sineConstruction(labels: readonly (1 | -1)[]): SineConstruction {
  const m = labels.length;
  let k = 1;
  labels.forEach((y, idx) => {
    if (y === -1) k += 2 ** (idx + 1);
  });
  return { xs: Array.from({ length: m }, (_, i) => 2 ** -(i + 1)), k };
}

/** Theoretical lower bound on min_i y_i sin(ω x_i): sin(π 2^{-m}). */
export function sineMarginBound(m: number): number {
  return Math.sin(Math.PI * 2 ** -m);
}

/** Exact-phase evaluation in float64: y_i sin(π · frac) with the phase reduced mod 2 first. */
export function sineSignedValues(labels: readonly (1 | -1)[]): number[] {
  const { xs, k } = sineConstruction(labels);
  return xs.map((x, i) => {
    const phase = (k * x) % 2; // k·2^{-i} is exact in float64, and so is the reduction
    return labels[i]! * Math.sin(Math.PI * phase);
  });
}
