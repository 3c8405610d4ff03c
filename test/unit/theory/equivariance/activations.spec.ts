import { describe, expect, it } from 'vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { activationExact, activationFloat, activationName, erf, isPolynomial } from '../../../../src/theory/equivariance/activations.js';

describe('erf', () => {
  it('should match reference values to float64 accuracy', () => {
    // erf(0.5), erf(1), erf(2), erf(3) (Abramowitz & Stegun table values)
    expect(erf(0.5)).toBeCloseTo(0.5204998778130465, 15);
    expect(erf(1)).toBeCloseTo(0.8427007929497149, 15);
    expect(erf(2)).toBeCloseTo(0.9953222650189527, 15);
    expect(erf(3)).toBeCloseTo(0.9999779095030014, 15);
    expect(erf(-1)).toBe(-erf(1));
    expect(erf(0)).toBe(0);
    expect(erf(10)).toBe(1);
  });
});

describe('activations', () => {
  it('should evaluate GELU as x·Φ(x) and the RBF as exp(−x²)', () => {
    const gelu = activationFloat({ kind: 'gelu' });
    expect(gelu(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(gelu(-1)).toBeCloseTo(-0.15865525393145707, 14);
    expect(activationFloat({ kind: 'rbf' })(2)).toBeCloseTo(Math.exp(-4), 15);
    expect(activationFloat({ kind: 'softplus' })(50)).toBeCloseTo(50, 12);
  });

  it('should be exact on rationals where σ maps Q to Q, and refuse otherwise', () => {
    const leaky = activationExact({ kind: 'leaky-relu', slope: 0.1 })!;
    expect(leaky(Rational.of('-3/7')).eq(Rational.of('-3/70'))).toBe(true);
    expect(activationExact({ kind: 'power', degree: 3 })!(Rational.of('-2/3')).eq(Rational.of('-8/27'))).toBe(true);
    expect(activationExact({ kind: 'relu' })!(Rational.of(-5)).isZero()).toBe(true);
    expect(activationExact({ kind: 'tanh' })).toBeNull();
  });

  it('should name activations and flag polynomials', () => {
    expect(activationName({ kind: 'power', degree: 2 })).toBe('x^2');
    expect(isPolynomial({ kind: 'power', degree: 2 })).toBe(true);
    expect(isPolynomial({ kind: 'elu' })).toBe(false);
  });
});
