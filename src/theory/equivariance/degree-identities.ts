/**
 * The identities of research/equivariance.md §3.2 evaluated on one instance: exact ones over
 * rationals (R_U, R_{Nδ}, R_{U_K}, composition R_λR_μ = R_{λ∗μ}), float64 ones for the
 * spectrum, KL values and the continuous (von Mises) likelihood.
 */
import { identity, matEq, matMul, matVec } from '../exact/matrix.js';
import { Rational } from '../exact/rational.js';
import {
  besselI,
  deltaLikelihood,
  dft,
  dftCoefficient,
  groupConvolve,
  klDivergence,
  mean,
  shiftVector,
  subgroupLikelihood,
  twirlMatrix,
  uniformLikelihood,
  vonMisesKl,
  vonMisesLikelihood,
} from './degree.js';

export interface DegreeInstance {
  N: number;
  /** Non-negative integer weights; λ = N·w/Σw (mean 1). */
  lambdaWeights: number[];
  muWeights: number[];
  kernel: number[];
  /** K = ⟨stepK⟩ ≤ H = ⟨stepH⟩ ≤ C_N (stepH | stepK | N). */
  stepH: number;
  stepK: number;
  /** von Mises concentration and symmetry order. */
  a: number;
  M: number;
}

export interface DegreeReport {
  exact: Record<'uniformProjection' | 'uniformIdempotent' | 'deltaIdentity' | 'subgroupInvariant' | 'subgroupIdempotent' | 'composition' | 'convolutionMean' | 'absorbsUniform', boolean>;
  /** Largest |R_λ v_m − λ̂(m) v_m| over Fourier vectors (float64). */
  eigenError: number;
  /** max_{m ≠ 0} |λ̂(m)|, and |λ̂(0) − 1|. */
  maxNonTrivial: number;
  zeroError: number;
  /** |KL(U_K‖U_H) − log[H:K]| and |KL(δ‖U) − log N|. */
  klSubgroupError: number;
  klDeltaError: number;
  klSubgroup: number;
  /** von Mises: max |λ̂(jM) − I_j/I_0| (j = 1, 2), max |λ̂(m)| off multiples of M, |KL − formula|, |mean − 1|. */
  besselError: number;
  offMultiple: number;
  vonMisesKlError: number;
  meanError: number;
}

const ratLikelihood = (w: readonly number[]): Rational[] => {
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((v) => Rational.of(v * w.length, total));
};

export function evaluateDegreeIdentities(p: DegreeInstance): DegreeReport {
  const { N } = p;
  const lambda = ratLikelihood(p.lambdaWeights);
  const mu = ratLikelihood(p.muWeights);
  const k = p.kernel.map((v) => Rational.of(v));
  const RU = twirlMatrix(uniformLikelihood(N));
  const RK = twirlMatrix(subgroupLikelihood(N, p.stepK));
  const avg = mean(k);
  const Rk = matVec(RK, k);
  const exact = {
    uniformProjection: matVec(RU, k).every((v) => v.eq(avg)),
    uniformIdempotent: matEq(matMul(RU, RU), RU),
    deltaIdentity: matEq(twirlMatrix(deltaLikelihood(N)), identity(N)),
    subgroupInvariant: shiftVector(Rk, p.stepK).every((v, i) => v.eq(Rk[i]!)),
    subgroupIdempotent: matEq(matMul(RK, RK), RK),
    composition: matEq(matMul(twirlMatrix(lambda), twirlMatrix(mu)), twirlMatrix(groupConvolve(lambda, mu))),
    convolutionMean: mean(groupConvolve(lambda, mu)).eq(Rational.ONE),
    absorbsUniform: groupConvolve(lambda, uniformLikelihood(N)).every((v) => v.eq(Rational.ONE)),
  };
  const lf = lambda.map((v) => v.toNumber());
  const spec = dft(lf);
  const R = twirlMatrix(lambda).map((row) => row.map((v) => v.toNumber()));
  let eigenError = 0;
  spec.forEach(([re, im], m) => {
    for (let i = 0; i < N; i++) {
      // (R v)_i with v_j = e^{2πimj/N}, against λ̂(m) v_i.
      let sr = 0;
      let si = 0;
      for (let j = 0; j < N; j++) {
        sr += R[i]![j]! * Math.cos((2 * Math.PI * m * j) / N);
        si += R[i]![j]! * Math.sin((2 * Math.PI * m * j) / N);
      }
      const vr = Math.cos((2 * Math.PI * m * i) / N);
      const vi = Math.sin((2 * Math.PI * m * i) / N);
      eigenError = Math.max(eigenError, Math.hypot(sr - (re * vr - im * vi), si - (re * vi + im * vr)));
    }
  });
  const uK = subgroupLikelihood(N, p.stepK).map((v) => v.toNumber());
  const uH = subgroupLikelihood(N, p.stepH).map((v) => v.toNumber());
  const klSubgroup = klDivergence(uK, uH);
  const G = 4096;
  const vm = vonMisesLikelihood(p.a, p.M, G);
  const vmSpec = Array.from({ length: 2 * p.M + 2 }, (_, m) => dftCoefficient(vm, m));
  const i0 = besselI(0, p.a);
  return {
    exact,
    eigenError,
    maxNonTrivial: Math.max(0, ...spec.slice(1).map(([re, im]) => Math.hypot(re, im))),
    zeroError: Math.abs(spec[0]![0] - 1) + Math.abs(spec[0]![1]),
    klSubgroupError: Math.abs(klSubgroup - Math.log(p.stepK / p.stepH)),
    klDeltaError: Math.abs(klDivergence(deltaLikelihood(N).map((v) => v.toNumber()), new Array<number>(N).fill(1)) - Math.log(N)),
    klSubgroup,
    besselError: Math.max(...[1, 2].map((j) => Math.abs(Math.hypot(...vmSpec[j * p.M]!) - besselI(j, p.a) / i0))),
    offMultiple: Math.max(0, ...vmSpec.filter((_, m) => m % p.M !== 0).map(([re, im]) => Math.hypot(re, im))),
    vonMisesKlError: Math.abs(klDivergence(vm, new Array<number>(G).fill(1)) - vonMisesKl(p.a)),
    meanError: Math.abs(vm.reduce((s, v) => s + v, 0) / G - 1),
  };
}
