/**
 * The Vapnik–Levin–LeCun (1994) curve for the expected maximal deviation between the error
 * rates on two half-samples of size ℓ, as a function of τ = ℓ/h (research/vc.md §3.8):
 *   Φ(τ) = 1 for τ < 1/2, else a (ln 2τ + 1)/(τ − k) · (√(1 + b(τ − k)/(ln 2τ + 1)) + 1),
 * a = 0.16, b = 1.2, k = 0.14928. Continuity at τ = 1/2 (Φ = 1.0000) checks the constants.
 */
export const VLL_A = 0.16;
export const VLL_B = 1.2;
export const VLL_K = 0.14928;

export function vllPhi(tau: number): number {
  if (tau < 0.5) return 1;
  const l = Math.log(2 * tau) + 1;
  const t = tau - VLL_K;
  return ((VLL_A * l) / t) * (Math.sqrt(1 + (VLL_B * t) / l) + 1);
}

/** Σ_k (ξ_k − Φ(ℓ_k/h))². */
export function vllLoss(h: number, ells: readonly number[], xi: readonly number[]): number {
  return ells.reduce((acc, l, k) => acc + (xi[k]! - vllPhi(l / h)) ** 2, 0);
}

/**
 * Least-squares fit of h: a log-spaced grid over [hMin, hMax] then golden-section refinement
 * around the best grid point (the loss is not convex in h, so the grid comes first).
 */
export function fitVllH(ells: readonly number[], xi: readonly number[], hMin = 0.25, hMax = 4 * Math.max(...ells)): { h: number; loss: number } {
  const G = 400;
  let best = hMin;
  let bestLoss = Infinity;
  const ratio = hMax / hMin;
  for (let g = 0; g <= G; g++) {
    const h = hMin * ratio ** (g / G);
    const loss = vllLoss(h, ells, xi);
    if (loss < bestLoss) (bestLoss = loss), (best = h);
  }
  let lo = best / ratio ** (1 / G);
  let hi = best * ratio ** (1 / G);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 60; it++) {
    const x1 = hi - phi * (hi - lo);
    const x2 = lo + phi * (hi - lo);
    if (vllLoss(x1, ells, xi) <= vllLoss(x2, ells, xi)) hi = x2;
    else lo = x1;
  }
  const h = (lo + hi) / 2;
  const loss = vllLoss(h, ells, xi);
  return loss <= bestLoss ? { h, loss } : { h: best, loss: bestLoss };
}

/** LaTeX of Φ(τ) at a value (for the report). */
export function vllPhiTeX(tau: number): string {
  return tau < 0.5
    ? `\\Phi(${tau}) = 1`
    : `\\Phi(${tau}) = ${VLL_A}\\,\\tfrac{\\ln ${2 * tau} + 1}{${tau} - ${VLL_K}}\\Bigl(\\sqrt{1 + \\tfrac{${VLL_B}(${tau} - ${VLL_K})}{\\ln ${2 * tau} + 1}} + 1\\Bigr) = ${vllPhi(tau).toFixed(4)}`;
}
