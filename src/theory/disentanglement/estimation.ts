/**
 * Finite-sample slack of the plug-in MI estimator. For independent variables with r and c
 * values, 2N·Î is the G statistic, asymptotically χ² with df = (r−1)(c−1) degrees of freedom
 * (Miller–Madow: E Î ≈ df/(2N)). We bound Î by (df + 6√(2 df) + 12)/(2N): the mean plus six
 * standard deviations plus a small-count allowance, exceeded with negligible probability.
 */
export function independentMiBound(r: number, c: number, N: number): number {
  const df = Math.max(0, (r - 1) * (c - 1));
  return (df + 6 * Math.sqrt(2 * df) + 12) / (2 * N);
}

/**
 * The slack ε with DCIMIG ≥ 1 − ε for a disentangled, bin-separable code on N samples: the clean
 * code of factor i has top MI Ĥ_i and runner-up max_{k≠i} Î(F_i; F_k), so
 * DCIMIG ≥ 1 − Σ_i max_{k≠i} Î(F_i; F_k) / Σ_i Ĥ_i.
 */
export function dcimigP1Slack(sizes: readonly number[], entropies: readonly number[], N: number): number {
  const total = entropies.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return 0;
  const runnerUps = sizes.map((ni, i) => Math.max(0, ...sizes.map((nk, k) => (k === i ? 0 : independentMiBound(ni, nk, N)))));
  return runnerUps.reduce((a, b) => a + b, 0) / total;
}
