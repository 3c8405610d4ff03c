import { describe, expect, it } from 'vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { alignmentLoss, besselI, deltaLikelihood, dft, dftCoefficient, groupConvolve, klDivergence, mean, shiftVector, softmaxFourier, subgroupLikelihood, twirlMatrix, uniformLikelihood, vonMisesKl } from '../../../../src/theory/equivariance/degree.js';

describe('degree of equivariance on C_N', () => {
  it('should reproduce the notes’ von Mises table (M = 4)', () => {
    const row = (a: number) => [besselI(1, a) / besselI(0, a), besselI(2, a) / besselI(0, a), vonMisesKl(a)];
    expect(row(0.5).map((v) => +v.toFixed(4))).toEqual([0.2425, 0.03, 0.0597]);
    expect(row(1).map((v) => +v.toFixed(4))).toEqual([0.4464, 0.1072, 0.2105]);
    expect(row(2).map((v) => +v.toFixed(4))).toEqual([0.6978, 0.3022, 0.5716]);
    expect(row(5).map((v) => +v.toFixed(4))).toEqual([0.8934, 0.6426, 1.1622]);
  });

  it('should reproduce the softmax–Fourier table (c1 = 0.3; c1 = 1, c2 = 0.5)', () => {
    const spec = (l: number[]) => [1, 2, 3].map((m) => Math.hypot(...dftCoefficient(l, m)));
    const close = (got: number[], want: number[]) => got.forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThan(1e-3));
    const a = softmaxFourier([0.3], 4096);
    expect(+klDivergence(a, a.map(() => 1)).toFixed(3)).toBe(0.084);
    // c1 = 0.3 is a von Mises likelihood with a = 0.6: λ̂(m) = I_m(0.6)/I_0(0.6) = 0.2867, 0.0425, 0.0042.
    close(spec(a), [0.287, 0.043, 0.004]);
    expect(spec(a)[1]).toBeCloseTo(besselI(2, 0.6) / besselI(0, 0.6), 10);
    const b = softmaxFourier([1, 0.5], 4096);
    expect(+klDivergence(b, b.map(() => 1)).toFixed(3)).toBe(0.984);
    close(spec(b), [0.833, 0.621, 0.379]);
    expect(alignmentLoss(b)).toBeCloseTo(0, 12);
  });

  it('should have subgroup likelihoods with mean 1 and λ̂ = [|K| divides m]', () => {
    const l = subgroupLikelihood(12, 4); // K = {0, 4, 8}
    expect(mean(l).eq(Rational.ONE)).toBe(true);
    expect(dft(l.map((v) => v.toNumber())).map(([re]) => Math.abs(Math.round(re)))).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0]);
    expect(() => subgroupLikelihood(12, 5)).toThrow(/divide/);
  });

  it('should compose twirls by group convolution and absorb the uniform likelihood', () => {
    const d = deltaLikelihood(6);
    const u = uniformLikelihood(6);
    expect(groupConvolve(d, u).every((v) => v.eq(Rational.ONE))).toBe(true);
    expect(twirlMatrix(d)[2]![2]!.eq(Rational.ONE)).toBe(true);
    expect(shiftVector([1, 2, 3], 1)).toEqual([3, 1, 2]);
    expect(klDivergence([2, 0], [1, 1])).toBeCloseTo(Math.log(2), 15);
    expect(klDivergence([1, 1], [2, 0])).toBe(Infinity);
  });
});
