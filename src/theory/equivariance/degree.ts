/**
 * Degree of equivariance on C_N (Veefkind & Cesa 2024; identities derived in
 * research/equivariance.md §3.2). A likelihood λ: C_N → R_{≥0} has mean 1 (density against
 * the uniform probability). The λ-weighted twirl of a kernel k ∈ R^N is
 * R_λ k = N^{-1} Σ_h λ(h) shift_h(k), a circulant matrix with (R_λ)_{ij} = N^{-1} λ(i − j).
 * Exact identities use rationals; spectra, KL and the continuous (SO(2)) case float64.
 */
import type { RatMatrix } from '../exact/matrix.js';
import { Rational } from '../exact/rational.js';

const mod = (a: number, n: number) => ((a % n) + n) % n;

/** The circulant matrix of R_λ. */
export function twirlMatrix(lambda: readonly Rational[]): RatMatrix {
  const N = lambda.length;
  const inv = Rational.of(1, N);
  return Array.from({ length: N }, (_, i) => Array.from({ length: N }, (_, j) => lambda[mod(i - j, N)]!.mul(inv)));
}

/** (λ ∗ μ)(g) = N^{-1} Σ_h λ(h) μ(g − h) (group convolution, mean-1 convention). */
export function groupConvolve(lambda: readonly Rational[], mu: readonly Rational[]): Rational[] {
  const N = lambda.length;
  const inv = Rational.of(1, N);
  return Array.from({ length: N }, (_, g) => lambda.reduce((s, l, h) => s.add(l.mul(mu[mod(g - h, N)]!)), Rational.ZERO).mul(inv));
}

/** The mean of λ (1 for a likelihood). */
export function mean(lambda: readonly Rational[]): Rational {
  return lambda.reduce((a, b) => a.add(b), Rational.ZERO).div(Rational.of(lambda.length));
}

/** λ ≡ 1: the uniform likelihood. */
export function uniformLikelihood(N: number): Rational[] {
  return new Array<Rational>(N).fill(Rational.ONE);
}

/** λ = N δ_e: all mass on the identity. */
export function deltaLikelihood(N: number): Rational[] {
  return Array.from({ length: N }, (_, h) => (h === 0 ? Rational.of(N) : Rational.ZERO));
}

/** Uniform on the subgroup K = ⟨step⟩ = {0, step, 2·step, …} (step | N): value step on K, 0 off it. */
export function subgroupLikelihood(N: number, step: number): Rational[] {
  if (N % step !== 0) throw new RangeError(`subgroupLikelihood: step ${step} does not divide N = ${N}`);
  return Array.from({ length: N }, (_, h) => (h % step === 0 ? Rational.of(step) : Rational.ZERO));
}

/** shift_h(k)_i = k_{i − h}. */
export function shiftVector<T>(k: readonly T[], h: number): T[] {
  const N = k.length;
  return Array.from({ length: N }, (_, i) => k[mod(i - h, N)]!);
}

/** λ̂(m) = N^{-1} Σ_h λ(h) e^{−2πimh/N} as [re, im]. */
export function dftCoefficient(lambda: readonly number[], m: number): [number, number] {
  const N = lambda.length;
  let re = 0;
  let im = 0;
  lambda.forEach((l, h) => {
    re += l * Math.cos((2 * Math.PI * m * h) / N);
    im -= l * Math.sin((2 * Math.PI * m * h) / N);
  });
  return [re / N, im / N];
}

/** All coefficients λ̂(0..N−1). */
export function dft(lambda: readonly number[]): Array<[number, number]> {
  return Array.from({ length: lambda.length }, (_, m) => dftCoefficient(lambda, m));
}

/** KL(λ‖μ) = N^{-1} Σ λ log(λ/μ) with 0 log 0 = 0 (mean-1 densities; Infinity when λ ≪ μ fails). */
export function klDivergence(lambda: readonly number[], mu: readonly number[]): number {
  const N = lambda.length;
  let s = 0;
  for (let h = 0; h < N; h++) {
    const l = lambda[h]!;
    if (l === 0) continue;
    const m = mu[h]!;
    if (m === 0) return Infinity;
    s += l * Math.log(l / m);
  }
  return s / N;
}

/** Modified Bessel function I_k(a) by its power series (a ≤ ~30). */
export function besselI(k: number, a: number): number {
  let term = (a / 2) ** k;
  for (let i = 1; i <= k; i++) term /= i;
  let sum = term;
  for (let j = 1; j < 500; j++) {
    term *= (a * a) / 4 / (j * (j + k));
    sum += term;
    if (term < 1e-17 * sum) break;
  }
  return sum;
}

/** λ_a(θ) = e^{a cos Mθ} / I_0(a) on G equally spaced angles: exactly C_M-invariant. */
export function vonMisesLikelihood(a: number, M: number, G: number): number[] {
  const i0 = besselI(0, a);
  return Array.from({ length: G }, (_, j) => Math.exp(a * Math.cos((M * 2 * Math.PI * j) / G)) / i0);
}

/** KL(λ_a ‖ U) = a I_1(a)/I_0(a) − log I_0(a). */
export function vonMisesKl(a: number): number {
  return (a * besselI(1, a)) / besselI(0, a) - Math.log(besselI(0, a));
}

/** Softmax–Fourier likelihood on a grid: f = Σ_m 2 Re(c_m e^{imθ}), λ = e^f / mean(e^f). */
export function softmaxFourier(coeffs: readonly number[], G: number): number[] {
  const f = Array.from({ length: G }, (_, j) => coeffs.reduce((s, c, m) => s + 2 * c * Math.cos(((m + 1) * 2 * Math.PI * j) / G), 0));
  const e = f.map(Math.exp);
  const avg = e.reduce((a, b) => a + b, 0) / G;
  return e.map((v) => v / avg);
}

/** Alignment loss max_h log λ(h) − log λ(e) (≥ 0; zero iff the identity is a mode). */
export function alignmentLoss(lambda: readonly number[]): number {
  return Math.log(Math.max(...lambda)) - Math.log(lambda[0]!);
}
