import { cumulativeParams, depth, paramCount, type GcnnArch } from './gcnn-arch.js';

/**
 * The Warren-layerwise growth bound for a given GCNN (research/vc.md §3.6), a proven
 * upper bound on the number of labelings the architecture realises on M input functions.
 *
 * Warren: N polynomials of degree <= D in n <= N variables have at most 2(2eND/n)^n sign
 * vectors (the trivial bound is 2^N). Within a region where the signs of layers < ℓ are
 * fixed, the N_ℓ = M·r·c_ℓ pre-activations of layer ℓ are polynomials of degree ℓ in the
 * W_ℓ parameters of layers 1..ℓ; the M outputs have degree L + 1 in all W parameters:
 *
 *   log2 Π(M) <= Σ_ℓ min(N_ℓ, 1 + W_ℓ log2(2e N_ℓ ℓ / W_ℓ)) + min(M, 1 + W log2(2e M (L+1) / W)).
 */

/** One layer's term: min(N, 1 + n log2(2 e N D / n)); the trivial N when n >= N (Warren needs n <= N). */
export function warrenTerm(N: number, n: number, D: number): number {
  if (n >= N) return N;
  return Math.min(N, 1 + n * Math.log2((2 * Math.E * N * D) / n));
}

/** The layer terms (sign patterns of the hidden pre-activations) for M inputs. */
export function warrenLayerTerms(arch: GcnnArch, M: number): number[] {
  const Wl = cumulativeParams(arch);
  return Wl.map((w, i) => warrenTerm(M * arch.r * arch.channels[i + 1]!, w, i + 1));
}

/** The read-out term without the trivial cap M (used for the VC bound). */
export function warrenReadoutTerm(arch: GcnnArch, M: number): number {
  const W = paramCount(arch);
  if (W >= M) return M;
  return 1 + W * Math.log2((2 * Math.E * M * (depth(arch) + 1)) / W);
}

/** log2 of the growth bound Π(M) (never above M: Π(M) <= 2^M). */
export function warrenLog2Growth(arch: GcnnArch, M: number): number {
  const layers = warrenLayerTerms(arch, M).reduce((a, b) => a + b, 0);
  return Math.min(M, layers + Math.min(M, warrenReadoutTerm(arch, M)));
}

/** The growth bound itself as a float64 (2^M where Warren is vacuous). */
export function warrenGrowthBound(arch: GcnnArch, M: number): number {
  return 2 ** warrenLog2Growth(arch, M);
}

/**
 * VC upper bound: shattering M inputs needs 2^M <= Π(M), i.e. M <= Σ layer terms + read-out
 * term (uncapped). The slack M − bound(M) is increasing for M >= W (its derivative is
 * 1 − O(W / M)), so the largest M that is not excluded is found by doubling and bisection.
 */
export function warrenVcBound(arch: GcnnArch): number {
  const excluded = (M: number) => M > warrenLayerTerms(arch, M).reduce((a, b) => a + b, 0) + warrenReadoutTerm(arch, M);
  let lo = Math.max(1, paramCount(arch)); // never excluded: the read-out term is M there
  while (excluded(lo) && lo > 1) lo = Math.floor(lo / 2);
  let hi = lo * 2;
  while (!excluded(hi)) {
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (excluded(mid)) hi = mid;
    else lo = mid;
  }
  return lo;
}

/** LaTeX of the bound for M inputs (a derivation step). */
export function warrenTeX(arch: GcnnArch, M: number): string {
  const terms = warrenLayerTerms(arch, M).map((t) => t.toFixed(1));
  const ro = Math.min(M, warrenReadoutTerm(arch, M)).toFixed(1);
  const total = warrenLog2Growth(arch, M);
  return `\\log_2 \\Pi(${M}) \\le ${[...terms, ro].join(' + ')} \\;\\Rightarrow\\; \\log_2\\Pi(${M}) \\le ${total.toFixed(1)}`;
}
