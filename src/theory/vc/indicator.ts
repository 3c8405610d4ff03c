import { Rational } from '../exact/rational.js';
import { gcnnLayout, type GcnnArch } from './gcnn-arch.js';

/**
 * Paper 2's explicit lower-bound constructions (research/vc.md §1.3, E2.1–E2.2): the
 * interval-indicator GCNN (Lemma 3) and W̃ stacked copies on disjoint value ranges (Cor 3).
 *
 *   I_{a,b,ε}(x) = ((x − a + ε)₊ − (x − a)₊ − (x − b)₊ + (x − b − ε)₊) / ε
 *
 * is 1 on [a, b] and 0 outside [a − ε, b + ε]. With the identity kernel the network applies
 * it pointwise and sums over the group: out(f) = Σ_g I(f(g)) − 1/2, label = [out > 0].
 * The 4 trainable parameters are the biases −(a−ε), −a, −b, −(b+ε); input weights are 1,
 * output weights ±1/ε, threshold 1/2. On integer-valued inputs I is 0 or 1, so |out| = 1/2.
 */

export const INDICATOR_EPS = 0.25;

/** ⌊log2 r⌋: the number of functions the 4-parameter indicator network shatters on C_r. */
export function floorLog2(r: number): number {
  return Math.floor(Math.log2(r) + 1e-12);
}

/** The pointwise architecture with k indicator blocks: C_r, identity kernel, channels 1-4k. */
export function indicatorArch(r: number, blocks = 1): GcnnArch {
  return { r, taps: [0], channels: [1, 4 * blocks] };
}

/** E2.1 inputs: f_i(g_j) = j + 1 if bit_{i−1}(j) = 1 (j < 2^m), else `filler` (+ offset on hits). */
export function indicatorInputs(m: number, r: number, offset = 0, filler = 0): number[][] {
  if (2 ** m > r) throw new RangeError(`indicatorInputs: 2^m = ${2 ** m} exceeds r = ${r}`);
  return Array.from({ length: m }, (_, i) =>
    Array.from({ length: r }, (_, j) => (j < 2 ** m && (j >>> i) & 1 ? offset + j + 1 : filler)),
  );
}

/** The interval [a, b] = [j + 3/4, j + 5/4] (+ offset) that picks out group element g_j. */
export function indicatorInterval(j: number, offset = 0): { a: number; b: number } {
  return { a: offset + j + 0.75, b: offset + j + 1.25 };
}

/**
 * θ for the architecture indicatorArch(r, k): block t realises interval t, output weights
 * ±1/ε, read-out bias −1/2. Layout from gcnnLayout.
 */
export function indicatorTheta(r: number, intervals: readonly { a: number; b: number }[], eps = INDICATOR_EPS): Float64Array {
  const arch = indicatorArch(r, intervals.length);
  const lay = gcnnLayout(arch);
  const layer = lay.layers[0]!;
  const theta = new Float64Array(lay.size);
  intervals.forEach(({ a, b }, t) => {
    const biases = [-(a - eps), -a, -b, -(b + eps)];
    const outs = [1 / eps, -1 / eps, -1 / eps, 1 / eps];
    for (let q = 0; q < 4; q++) {
      const o = 4 * t + q;
      theta[layer.weights + o] = 1; // one tap, one input channel: W[o][0][0]
      theta[layer.biases + o] = biases[q]!;
      theta[lay.readout + o] = outs[q]!;
    }
  });
  theta[lay.bias0] = -0.5;
  return theta;
}

/** E2.2: block t uses values 1000(t+1) + j + 1 for hits and −5 as filler. */
export const STACK_SPACING = 1000;
export const STACK_FILLER = -5;

/** The W̃·m functions of the stacked construction (block-major: function t·m + i). */
export function stackedInputs(blocks: number, m: number, r: number): number[][] {
  return Array.from({ length: blocks }, (_, t) => indicatorInputs(m, r, STACK_SPACING * (t + 1), STACK_FILLER)).flat();
}

/** θ for a labeling of the stacked set (bit t·m + i = label of function t·m + i). */
export function stackedTheta(blocks: number, m: number, r: number, mask: bigint): Float64Array {
  const intervals = Array.from({ length: blocks }, (_, t) => {
    const j = Number((mask >> BigInt(t * m)) & ((1n << BigInt(m)) - 1n));
    return indicatorInterval(j, STACK_SPACING * (t + 1));
  });
  return indicatorTheta(r, intervals);
}

/** I_{a,b,ε}(x) exactly (rationals): the symbolic side of the construction. */
export function indicatorExact(x: Rational, a: Rational, b: Rational, eps: Rational): Rational {
  const relu = (v: Rational) => (v.sign() > 0 ? v : Rational.ZERO);
  return relu(x.sub(a).add(eps)).sub(relu(x.sub(a))).sub(relu(x.sub(b))).add(relu(x.sub(b).sub(eps))).div(eps);
}

/**
 * Exact output Σ_g I(f(g)) − 1/2 of the indicator network for labeling j on each E2.1
 * function (rationals): every value is ±1/2 and the sign is bit i of j.
 */
export function indicatorExactOutputs(m: number, r: number, j: number): Rational[] {
  const { a, b } = indicatorInterval(j);
  const [A, Bq, E] = [Rational.of(a), Rational.of(b), Rational.of(INDICATOR_EPS)];
  return indicatorInputs(m, r).map((f) =>
    f.reduce((acc, v) => acc.add(indicatorExact(Rational.of(v), A, Bq, E)), Rational.ZERO).sub(Rational.of(1, 2)),
  );
}
