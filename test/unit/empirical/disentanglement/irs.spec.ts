import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { irs, percentileLinear } from '../../../../src/empirical/disentanglement/irs.js';

function sample(n: number, seed: number, code: (f0: number, f1: number) => number) {
  const rng = new Rng(seed);
  const f0 = new Float64Array(n);
  const f1 = new Float64Array(n);
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    f0[i] = rng.int(0, 4);
    f1[i] = rng.int(0, 4);
    z[i] = code(f0[i]!, f1[i]!);
  }
  return { codes: [z], factors: [f0, f1] };
}

describe('IRS', () => {
  it('should match numpy.percentile (linear) on small arrays', () => {
    expect(percentileLinear(Float64Array.from([1, 2, 3, 4]), 0.5)).toBeCloseTo(2.5, 15);
    expect(percentileLinear(Float64Array.from([0, 10]), 0.99)).toBeCloseTo(9.9, 12);
    expect(percentileLinear(Float64Array.from([5]), 0.99)).toBe(5);
  });

  it('should be 1 for a code that is a function of one factor, 0 with only constant codes', () => {
    const d = sample(2000, 1, (f0) => 3 * f0);
    expect(irs(d).score).toBeCloseTo(1, 12);
    expect(irs({ codes: [new Float64Array(2000).fill(2)], factors: d.factors })).toMatchObject({ score: 0, numActive: 0 });
  });

  it('should be negative on the threshold-XOR code (the library’s IRS is not in [0, 1])', () => {
    const d = sample(10000, 2, (f0, f1) => ((f0 < 2) !== (f1 < 2) ? 1 : 0));
    const s = irs(d).score;
    expect(s).toBeLessThan(-0.05);
    expect(s).toBeGreaterThanOrEqual(-1);
  });

  it('should give cos t / (cos t + sin t) for a rotation by t of two 10-valued factors', () => {
    const rng = new Rng(3);
    const n = 10000;
    const f0 = new Float64Array(n);
    const f1 = new Float64Array(n);
    const z = new Float64Array(n);
    const t = (10 * Math.PI) / 180;
    for (let i = 0; i < n; i++) {
      f0[i] = rng.int(0, 9);
      f1[i] = rng.int(0, 9);
      z[i] = Math.cos(t) * (f0[i]! - 4.5) - Math.sin(t) * (f1[i]! - 4.5);
    }
    expect(irs({ codes: [z], factors: [f0, f1] }).score).toBeCloseTo(Math.cos(t) / (Math.cos(t) + Math.sin(t)), 2);
  });
});
