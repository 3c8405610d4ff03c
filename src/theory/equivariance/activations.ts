/**
 * Point-wise activations as data: a float64 evaluation for each, and an exact rational
 * evaluation where the activation maps rationals to rationals (ReLU, LeakyReLU with a
 * rational slope, t^d). Names are shared with the tfjs side (src/empirical).
 */
import { Rational } from '../exact/rational.js';

/** A point-wise activation. `slope` is read exactly through its shortest decimal (0.1 = 1/10). */
export type Activation =
  | { kind: 'relu' }
  | { kind: 'leaky-relu'; slope: number }
  | { kind: 'tanh' }
  | { kind: 'sigmoid' }
  | { kind: 'gelu' }
  | { kind: 'rbf' }
  | { kind: 'softplus' }
  | { kind: 'elu' }
  | { kind: 'power'; degree: number };

/** A short human-readable name: "relu", "leaky-relu(0.1)", "x^2". */
export function activationName(a: Activation): string {
  switch (a.kind) {
    case 'leaky-relu':
      return `leaky-relu(${a.slope})`;
    case 'power':
      return `x^${a.degree}`;
    default:
      return a.kind;
  }
}

/** LaTeX name of the activation. */
export function activationTeX(a: Activation): string {
  switch (a.kind) {
    case 'relu':
      return '\\mathrm{ReLU}';
    case 'leaky-relu':
      return `\\mathrm{LeakyReLU}_{${a.slope}}`;
    case 'tanh':
      return '\\tanh';
    case 'sigmoid':
      return '\\mathrm{sigmoid}';
    case 'gelu':
      return '\\mathrm{GELU}';
    case 'rbf':
      return 'e^{-t^2}';
    case 'softplus':
      return '\\mathrm{softplus}';
    case 'elu':
      return '\\mathrm{ELU}';
    case 'power':
      return `t^{${a.degree}}`;
  }
}

/** Whether the activation is a polynomial (the case where separation power can drop). */
export function isPolynomial(a: Activation): boolean {
  return a.kind === 'power';
}

/** erf to float64 accuracy: Maclaurin series for |x| < 2.5, continued fraction for erfc beyond. */
export function erf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const ax = Math.abs(x);
  if (ax < 2.5) {
    // erf(x) = 2/sqrt(pi) * sum_n (-1)^n x^(2n+1) / (n! (2n+1))
    let term = ax;
    let sum = ax;
    for (let n = 1; n < 200; n++) {
      term *= (-ax * ax) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return Math.sign(x) * (2 / Math.sqrt(Math.PI)) * sum;
  }
  if (ax > 6) return Math.sign(x);
  // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + 1/2/(x + 1/(x + 3/2/(x + ...)))), evaluated bottom-up
  let f = ax;
  for (let k = 60; k >= 1; k--) f = ax + k / 2 / f;
  const erfc = Math.exp(-ax * ax) / Math.sqrt(Math.PI) / f;
  return Math.sign(x) * (1 - erfc);
}

/** The activation in float64. */
export function activationFloat(a: Activation): (t: number) => number {
  switch (a.kind) {
    case 'relu':
      return (t) => (t > 0 ? t : 0);
    case 'leaky-relu': {
      const s = a.slope;
      return (t) => (t >= 0 ? t : s * t);
    }
    case 'tanh':
      return Math.tanh;
    case 'sigmoid':
      return (t) => 1 / (1 + Math.exp(-t));
    case 'gelu':
      return (t) => 0.5 * t * (1 + erf(t / Math.SQRT2));
    case 'rbf':
      return (t) => Math.exp(-t * t);
    case 'softplus':
      return (t) => (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));
    case 'elu':
      return (t) => (t >= 0 ? t : Math.expm1(t));
    case 'power': {
      const d = a.degree;
      return (t) => t ** d;
    }
  }
}

/** The activation on exact rationals, or null when it does not map Q to Q. */
export function activationExact(a: Activation): ((t: Rational) => Rational) | null {
  switch (a.kind) {
    case 'relu':
      return (t) => (t.sign() > 0 ? t : Rational.ZERO);
    case 'leaky-relu': {
      const s = Rational.of(a.slope);
      return (t) => (t.sign() >= 0 ? t : s.mul(t));
    }
    case 'power': {
      const d = a.degree;
      return (t) => t.pow(d);
    }
    default:
      return null;
  }
}
