import fc from 'fast-check';
import { bySize } from '../../src/core/budget.js';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { holds, violated } from '../../src/core/verdict.js';
import { twirlErrors } from '../../src/empirical/equivariance/twirl-probe.js';
import { besselI, deltaLikelihood, subgroupLikelihood } from '../../src/theory/equivariance/degree.js';
import { evaluateDegreeIdentities, type DegreeInstance, type DegreeReport } from '../../src/theory/equivariance/degree-identities.js';

/**
 * Identities behind Veefkind & Cesa's probabilistic degree of equivariance (derived and
 * checked in research/equivariance.md §3.2): on C_N, λ uniform gives the exact projection,
 * λ = Nδ_e the identity, λ uniform on K exact K-equivariance; R_λR_μ = R_{λ∗μ}; |λ̂| ≤ 1;
 * KL(U_K‖U_H) = log[H:K]; the von Mises likelihood has λ̂(jM) = I_j(a)/I_0(a).
 */
type Params = DegreeInstance;
interface Measured {
  /** float32 equivariance errors of twirled random kernels. */
  subgroupOnK: number;
  uniformOnAll: number;
  deltaOnAll: number;
  rawOnAll: number;
}

const F64 = 1e-9;
const F32 = 1e-5;

const divisors = (N: number) => Array.from({ length: N }, (_, i) => i + 1).filter((d) => N % d === 0);

export const degreeIdentities = defineClaim<Params, DegreeReport, Measured>({
  id: 'eqv.degree.identities',
  title: 'Degree-of-equivariance identities: projection, identity, subgroup equivariance, |λ̂| ≤ 1, KL = log[H:K]',
  source: { paper: 'Veefkind, Cesa, A Probabilistic Approach to Learning the Degree of Equivariance in Steerable CNNs (ICML 2024)', locator: 'mechanism of QUVA-Lab/partial-escnn; identities derived in research/equivariance.md §3.2', confidence: 'derived', url: 'https://arxiv.org/abs/2406.03946' },
  statement:
    'R_\\lambda k = \\tfrac{1}{N}\\textstyle\\sum_h \\lambda(h)\\,h\\cdot k:\\ \\ R_{U} = \\text{projection},\\ R_{N\\delta_e} = I,\\ R_{U_K}k \\text{ is } K\\text{-invariant},\\ R_\\lambda R_\\mu = R_{\\lambda * \\mu},\\ \\lvert\\hat\\lambda(m)\\rvert \\le 1,\\ \\mathrm{KL}(U_K \\Vert U_H) = \\log[H:K]',
  hypotheses: ['\\lambda \\ge 0,\\ \\tfrac{1}{N}\\textstyle\\sum_h \\lambda(h) = 1 \\text{ on } C_N;\\ K \\le H \\le C_N', '\\lambda_a(\\theta) = e^{a\\cos M\\theta}/I_0(a) \\text{ on } SO(2):\\ \\hat\\lambda_a(jM) = I_j(a)/I_0(a),\\ \\mathrm{KL}(\\lambda_a\\Vert U) = a\\tfrac{I_1(a)}{I_0(a)} - \\log I_0(a)'],
  notes: 'Exact identities use rationals; spectra and KL values float64 (1e-9); the twirl of random kernels is also evaluated in float32 on tfjs (equivariance errors ≤ 1e-5). The von Mises spectrum uses a 4096-point grid.',
  quantifier: 'forall',
  tolerance: { abs: F64, rel: F32, reason: 'float64 sums of ≤ 4096 terms: ≤ 1e-9 absolute; float32 circulant products of length ≤ 12: relative error ≤ 1e-5' },
  params: (budget) =>
    bySize(budget, { quick: fc.constantFrom(4, 6, 8, 12), standard: fc.constantFrom(4, 6, 8, 12, 16), full: fc.constantFrom(4, 6, 8, 12, 16, 24) }).chain((N) =>
      fc.constantFrom(...divisors(N)).chain((stepH) =>
        fc.record({
          N: fc.constant(N),
          lambdaWeights: fc.array(fc.nat({ max: 5 }), { minLength: N, maxLength: N }).filter((w) => w.some((v) => v > 0)),
          muWeights: fc.array(fc.nat({ max: 5 }), { minLength: N, maxLength: N }).filter((w) => w.some((v) => v > 0)),
          kernel: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: N, maxLength: N }),
          stepH: fc.constant(stepH),
          stepK: fc.constantFrom(...divisors(N).filter((d) => d % stepH === 0)),
          a: fc.double({ min: 0.1, max: 6, noNaN: true }),
          M: fc.integer({ min: 1, max: 4 }),
        }),
      ),
    ),
  cases: [
    { name: 'C12 ⊇ ⟨2⟩ ⊇ ⟨4⟩, a = 1, M = 4', params: { N: 12, lambdaWeights: [5, 0, 1, 2, 0, 0, 3, 1, 0, 4, 2, 1], muWeights: [1, 1, 0, 2, 3, 0, 0, 1, 5, 0, 2, 1], kernel: [3, -1, 4, 1, -5, 2, 0, 0, 1, -2, 3, 5], stepH: 2, stepK: 4, a: 1, M: 4 } },
    { name: 'C8 ⊇ C8 ⊇ ⟨2⟩ (C4), a = 2, M = 4', params: { N: 8, lambdaWeights: [1, 0, 0, 0, 0, 0, 0, 0], muWeights: [2, 1, 2, 1, 2, 1, 2, 1], kernel: [1, 2, 3, 4, 5, 6, 7, 8], stepH: 1, stepK: 2, a: 2, M: 4 } },
  ],
  runs: { quick: 10, standard: 50, full: 200 },
  theory(p) {
    const r = evaluateDegreeIdentities(p);
    const ok = (b: boolean) => (b ? '\\checkmark' : '\\times');
    return {
      value: r,
      steps: [
        { label: 'exact (rationals)', latex: `R_U^2 = R_U\\ ${ok(r.exact.uniformIdempotent)},\\ R_Uk = \\bar k\\mathbf{1}\\ ${ok(r.exact.uniformProjection)},\\ R_{N\\delta} = I\\ ${ok(r.exact.deltaIdentity)},\\ R_{U_K}k \\text{ K-invariant } ${ok(r.exact.subgroupInvariant)},\\ R_\\lambda R_\\mu = R_{\\lambda*\\mu}\\ ${ok(r.exact.composition)}` },
        { label: 'spectrum (float64)', latex: `\\max_m\\lVert R_\\lambda v_m - \\hat\\lambda(m)v_m\\rVert = ${r.eigenError.toExponential(1)},\\ \\max_{m\\ne0}\\lvert\\hat\\lambda(m)\\rvert = ${r.maxNonTrivial.toFixed(4)} \\le 1` },
        { label: 'KL of subgroup likelihoods', latex: `\\mathrm{KL}(U_K\\Vert U_H) = ${r.klSubgroup.toFixed(6)} = \\log ${p.stepK / p.stepH}` },
        { label: 'von Mises (4096-point grid)', latex: `a = ${p.a.toFixed(3)},\\ M = ${p.M}:\\ \\hat\\lambda(${p.M}) = ${(besselI(1, p.a) / besselI(0, p.a)).toFixed(4)},\\ \\hat\\lambda(${2 * p.M}) = ${(besselI(2, p.a) / besselI(0, p.a)).toFixed(4)}` },
      ],
    };
  },
  experiment(p, ctx) {
    const N = p.N;
    const kernels = ctx.rng.normals(16 * N);
    const kShifts = Array.from({ length: N / p.stepK - 1 }, (_, i) => (i + 1) * p.stepK);
    const sub = twirlErrors(kernels, N, subgroupLikelihood(N, p.stepK).map((v) => v.toNumber()), kShifts);
    const uni = twirlErrors(kernels, N, new Array<number>(N).fill(1), []);
    const del = twirlErrors(kernels, N, deltaLikelihood(N).map((v) => v.toNumber()), []);
    return { subgroupOnK: sub.onK, uniformOnAll: uni.onAll, deltaOnAll: del.onAll, rawOnAll: del.raw };
  },
  check(r, m, tol) {
    const badExact = Object.entries(r.exact).filter(([, v]) => !v).map(([k]) => k);
    if (badExact.length) return violated(-badExact.length, `exact identities fail: ${badExact.join(', ')}`);
    const f64 = { eigen: r.eigenError, 'λ̂(0) − 1': r.zeroError, 'KL(U_K‖U_H) − log[H:K]': r.klSubgroupError, 'KL(δ‖U) − log N': r.klDeltaError, 'von Mises λ̂ − I_j/I_0': r.besselError, 'von Mises off-multiples': r.offMultiple, 'von Mises KL': r.vonMisesKlError, 'von Mises mean − 1': r.meanError, '|λ̂| − 1': Math.max(0, r.maxNonTrivial - 1) };
    const worst64 = Object.entries(f64).reduce((a, b) => (b[1] > a[1] ? b : a));
    if (worst64[1] > tol.abs) return violated(tol.abs - worst64[1], `${worst64[0]} = ${worst64[1].toExponential(2)} > ${tol.abs}`);
    const f32 = { 'E_K(R_{U_K}k)': m.subgroupOnK, 'E(R_U k)': m.uniformOnAll, 'E(R_δ k) − E(k)': Math.abs(m.deltaOnAll - m.rawOnAll) };
    const worst32 = Object.entries(f32).reduce((a, b) => (b[1] > a[1] ? b : a));
    if (worst32[1] > tol.rel) return violated(tol.rel - worst32[1], `float32 ${worst32[0]} = ${worst32[1].toExponential(2)} > ${tol.rel}`);
    return holds(Math.min(tol.abs - worst64[1], tol.rel - worst32[1]), `8 exact identities hold; float64 worst ${worst64[0]} ${worst64[1].toExponential(1)}; float32 worst ${worst32[0]} ${worst32[1].toExponential(1)}`);
  },
  summarize: (p, r, m) => ({
    N: p.N,
    '[H:K]': p.stepK / p.stepH,
    'KL(U_K‖U_H)': r.klSubgroup,
    'max |λ̂(m)|, m ≠ 0': r.maxNonTrivial,
    'eigen error': r.eigenError,
    a: p.a,
    M: p.M,
    'Bessel error': r.besselError,
    'float32 E_K (subgroup twirl)': m.subgroupOnK,
    'float32 E (raw kernel)': m.rawOnAll,
  }),
  describe: (p) => `C${p.N}, λ ∝ [${p.lambdaWeights.join(',')}], K = ⟨${p.stepK}⟩ ≤ H = ⟨${p.stepH}⟩, a = ${p.a.toFixed(3)}, M = ${p.M}`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'kl-index',
      title: 'KL(U_K‖U_H) against log[H:K]',
      x: { label: 'log [H:K]' },
      y: { label: 'KL(U_K‖U_H)' },
      series: [
        { name: 'computed', style: 'points', points: records.map((r) => ({ x: Math.log(Number(r.summary['[H:K]'])), y: Number(r.summary['KL(U_K‖U_H)']) })) },
        { name: 'y = x', style: 'dashed', points: [{ x: 0, y: 0 }, { x: Math.log(12), y: Math.log(12) }] },
      ],
      caption: 'Uniform likelihoods on nested subgroups differ by exactly the log of the index.',
    },
  ],
});
