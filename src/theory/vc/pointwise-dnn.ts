import { Rational } from '../exact/rational.js';
import { gcnnLayout, type GcnnArch } from './gcnn-arch.js';

/**
 * E2.3 (research/vc.md; Lemma 8 / Lemma 2 of paper 2 in spirit): a GCNN whose filters are
 * the identity indicator is a DNN applied pointwise and summed over the group. Put points
 * 1 <= x_1 < … < x_n <= 2 into functions f_i(e) = x_i, f_i(g) = 0 (g ≠ e); the one-hidden-layer
 * ReLU net N(x) = Σ_j a_j (x − t_j)₊ that interpolates (1/2, 0), (x_1, y_1), …, (x_n, y_n)
 * has N(0) = 0, so the GCNN outputs N(x_i) = y_i: every labeling is realised with margin 1.
 */

/** The pointwise architecture: C_r, identity kernel, n hidden channels. */
export function pointwiseArch(r: number, n: number): GcnnArch {
  return { r, taps: [0], channels: [1, n] };
}

/** f_i(e) = x_i (e = group element 0), 0 elsewhere. */
export function pointwiseInputs(xs: readonly number[], r: number): number[][] {
  return xs.map((x) => Array.from({ length: r }, (_, g) => (g === 0 ? x : 0)));
}

export interface Interpolant {
  /** Knots t_0 = 1/2, t_j = x_(j) (sorted), j = 1..n−1. */
  knots: Rational[];
  /** Slope increments a_j. */
  slopes: Rational[];
}

/** The interpolating ReLU net through (1/2, 0) and (x_i, y_i), exactly (rationals). */
export function reluInterpolant(xs: readonly number[], ys: readonly (1 | -1)[]): Interpolant {
  const order = xs.map((_, i) => i).sort((p, q) => xs[p]! - xs[q]!);
  const X = [Rational.of(1, 2), ...order.map((i) => Rational.of(xs[i]!))];
  const Y = [Rational.ZERO, ...order.map((i) => Rational.of(ys[i]!))];
  for (let k = 1; k < X.length; k++) {
    if (X[k]!.cmp(X[k - 1]!) <= 0) throw new RangeError('reluInterpolant: points must be distinct and > 1/2');
  }
  const sigma = X.slice(1).map((x, k) => Y[k + 1]!.sub(Y[k]!).div(x.sub(X[k]!)));
  const slopes = sigma.map((s, k) => (k === 0 ? s : s.sub(sigma[k - 1]!)));
  return { knots: X.slice(0, -1), slopes };
}

/** N(x) exactly. */
export function evalInterpolant(net: Interpolant, x: Rational): Rational {
  return net.slopes.reduce((acc, a, j) => {
    const z = x.sub(net.knots[j]!);
    return z.sign() > 0 ? acc.add(a.mul(z)) : acc;
  }, Rational.ZERO);
}

/** θ for pointwiseArch(r, n): weights 1, biases −t_j, read-out a_j, b_0 = 0 (float64). */
export function pointwiseTheta(r: number, net: Interpolant): Float64Array {
  const n = net.slopes.length;
  const lay = gcnnLayout(pointwiseArch(r, n));
  const layer = lay.layers[0]!;
  const theta = new Float64Array(lay.size);
  for (let j = 0; j < n; j++) {
    theta[layer.weights + j] = 1;
    theta[layer.biases + j] = -net.knots[j]!.toNumber();
    theta[lay.readout + j] = net.slopes[j]!.toNumber();
  }
  return theta;
}
