import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { matVec } from '../../../../src/theory/exact/matrix.js';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { intertwinerEntry, phi, sampleMember } from '../../../../src/theory/equivariance/intertwiner.js';
import { forwardExact, forwardFloat, maxAbsDiff, randomRatMlp, transformMlp } from '../../../../src/theory/equivariance/weight-symmetry.js';

describe('transformMlp', () => {
  it('should preserve a LeakyReLU network exactly and move hidden units by φ(g)', () => {
    const rng = new Rng(11);
    const a = { kind: 'leaky-relu' as const, slope: 0.25 };
    const e = intertwinerEntry(a);
    const mlp = randomRatMlp([2, 5, 4, 1], rng);
    const gs = [sampleMember(e, 5, rng), sampleMember(e, 4, rng)];
    const t = transformMlp(mlp, gs, e);
    for (let i = 0; i < 5; i++) {
      const x = [Rational.of(rng.int(-9, 9), 4), Rational.of(rng.int(-9, 9), 3)];
      const f = forwardExact(mlp, a, x);
      const g = forwardExact(t, a, x);
      expect(maxAbsDiff(f.out, g.out).isZero()).toBe(true);
      expect(maxAbsDiff(matVec(phi(e, gs[1]!), f.hidden[1]!), g.hidden[1]!).isZero()).toBe(true);
    }
  });

  it('should preserve an RBF network in float64 with φ = |g|', () => {
    const rng = new Rng(5);
    const a = { kind: 'rbf' as const };
    const e = intertwinerEntry(a);
    const mlp = randomRatMlp([3, 4, 2], rng);
    const t = transformMlp(mlp, [sampleMember(e, 4, rng)], e);
    const x = [0.3, -1.2, 2];
    const d = forwardFloat(mlp, a, x).out.map((v, i) => Math.abs(v - forwardFloat(t, a, x).out[i]!));
    expect(Math.max(...d)).toBeLessThan(1e-13);
  });

  it('should reject a wrong number of intertwiners and non-rational activations', () => {
    const mlp = randomRatMlp([2, 3, 1], new Rng(1));
    expect(() => transformMlp(mlp, [], intertwinerEntry({ kind: 'relu' }))).toThrow(/intertwiners/);
    expect(() => forwardExact(mlp, { kind: 'tanh' }, [Rational.ONE, Rational.ONE])).toThrow(/rationals/);
  });
});
