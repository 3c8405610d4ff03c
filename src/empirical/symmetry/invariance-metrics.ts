/**
 * Invariance metrics on the orbit of one input, in float64 from a model's float32 logits.
 * The paper (Moskalev et al. 2023, "On genuine invariance learning without weight-tying")
 * names three metrics — predictive distribution invariance, logit invariance and saliency
 * invariance similarity — but its formulas were not available to us: the formulas below
 * are our formalisation (research/invariance.md §3.2), and every normalisation is ours.
 *
 * An orbit is given as G rows of K logits, row 0 for the identity: z_g = z(g·x).
 */

/** softmax in float64 (max-shifted). */
export function softmax(z: ArrayLike<number>): Float64Array {
  let m = -Infinity;
  for (let i = 0; i < z.length; i++) m = Math.max(m, z[i]!);
  const p = new Float64Array(z.length);
  let s = 0;
  for (let i = 0; i < z.length; i++) s += p[i] = Math.exp(z[i]! - m);
  for (let i = 0; i < z.length; i++) p[i]! /= s;
  return p;
}

/** Shannon entropy in nats (0 log 0 = 0). */
export function entropy(p: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < p.length; i++) if (p[i]! > 0) h -= p[i]! * Math.log(p[i]!);
  return h;
}

/**
 * Orbit Jensen–Shannon divergence of the predictive distributions:
 * JSD_G(x) = H((1/|G|) Σ_g p(gx)) − (1/|G|) Σ_g H(p(gx)) ∈ [0, ln|G|],
 * clamped at 0 (round-off gives about −1e-16).
 */
export function orbitJsd(orbit: readonly ArrayLike<number>[]): number {
  const G = orbit.length;
  const probs = orbit.map(softmax);
  const K = probs[0]?.length ?? 0;
  const mean = new Float64Array(K);
  let meanH = 0;
  for (const p of probs) {
    meanH += entropy(p) / G;
    for (let k = 0; k < K; k++) mean[k]! += p[k]! / G;
  }
  return Math.max(0, entropy(mean) - meanH);
}

/** Index of the largest entry (first one on ties). */
export function argmax(z: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i]! > z[best]!) best = i;
  return best;
}

/** Gap between the two largest entries (Infinity for one entry). */
export function topTwoGap(z: ArrayLike<number>): number {
  let a = -Infinity;
  let b = -Infinity;
  for (let i = 0; i < z.length; i++) {
    const v = z[i]!;
    if (v > a) [a, b] = [v, a];
    else if (v > b) b = v;
  }
  return a - b;
}

/**
 * Logit invariance error (relative orbit spread), ours:
 * ẑ_g = z_g − mean_k(z_g)·1 (softmax ignores constant shifts, so both sides are centred),
 * z̄ = (1/|G|) Σ_g ẑ_g, LIE(x) = sqrt( (1/|G|) Σ_g ‖ẑ_g − z̄‖² / ‖z̄‖² ).
 * One output (K = 1, a regression) is not centred. 0/0 is 0; a spread around a zero mean
 * is measured against 1e-30 (a huge number, flagged by the caller's checks).
 */
export function logitInvarianceError(orbit: readonly ArrayLike<number>[]): number {
  const G = orbit.length;
  const K = orbit[0]?.length ?? 0;
  const centred = orbit.map((z) => {
    const out = Float64Array.from(z as ArrayLike<number>);
    if (K > 1) {
      let m = 0;
      for (let k = 0; k < K; k++) m += out[k]! / K;
      for (let k = 0; k < K; k++) out[k]! -= m;
    }
    return out;
  });
  const mean = new Float64Array(K);
  for (const z of centred) for (let k = 0; k < K; k++) mean[k]! += z[k]! / G;
  let spread = 0;
  for (const z of centred) for (let k = 0; k < K; k++) spread += (z[k]! - mean[k]!) ** 2 / G;
  let norm = 0;
  for (let k = 0; k < K; k++) norm += mean[k]! ** 2;
  if (spread === 0) return 0;
  return Math.sqrt(spread / Math.max(norm, 1e-30));
}

/** Cosine similarity; cos(0, 0) = 1 (identical saliency), cos(0, v ≠ 0) = 0. */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  if (aa === 0 && bb === 0) return 1;
  if (aa === 0 || bb === 0) return 0;
  return ab / Math.sqrt(aa * bb);
}

/** Per-input orbit statistics. */
export interface OrbitStats {
  jsd: number;
  lie: number;
  /** Fraction of g ≠ e with argmax z(gx) = argmax z(x). */
  agreement: number;
  /** Number of g ≠ e whose argmax differs although z(x)'s top-two gap exceeds `tieGap`. */
  clearDisagreements: number;
}

/** All orbit statistics of one input. `tieGap`: logit gaps below it count as ties. */
export function orbitStats(orbit: readonly ArrayLike<number>[], tieGap = 0): OrbitStats {
  const ref = orbit[0]!;
  const c = argmax(ref);
  const clear = topTwoGap(ref) > tieGap;
  let agree = 0;
  let clearDisagreements = 0;
  for (let g = 1; g < orbit.length; g++) {
    if (argmax(orbit[g]!) === c) agree++;
    else if (clear) clearDisagreements++;
  }
  return {
    jsd: orbitJsd(orbit),
    lie: logitInvarianceError(orbit),
    agreement: orbit.length > 1 ? agree / (orbit.length - 1) : 1,
    clearDisagreements,
  };
}

/** The orbit of input n from per-element logit blocks (logits[g] is N x K row-major). */
export function orbitOf(logits: readonly Float32Array[], n: number, K: number): Float32Array[] {
  return logits.map((z) => z.subarray(n * K, (n + 1) * K));
}
