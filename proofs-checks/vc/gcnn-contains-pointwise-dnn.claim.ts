import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { holds, violated } from '../../src/core/verdict.js';
import { evaluateExplicit } from '../../src/empirical/shattering/explicit.js';
import { Rational } from '../../src/theory/exact/rational.js';
import { evalInterpolant, pointwiseArch, pointwiseInputs, pointwiseTheta, reluInterpolant } from '../../src/theory/vc/pointwise-dnn.js';

/**
 * Paper 2, Lemma 8 / Lemma 2 in spirit (E2.3 of research/vc.md): a GCNN with the identity
 * kernel is a DNN applied pointwise and summed over the group, so it inherits the DNN's
 * shattering. Points x_i = 1 + k_i/64 ∈ [1, 2] go into f_i(e) = x_i, f_i(g ≠ e) = 0; the ReLU
 * interpolant through (1/2, 0) and (x_i, y_i) vanishes at 0, so the GCNN outputs exactly y_i:
 * n functions shattered with margin 1 for every r. Exact on the symbolic side (rationals);
 * on tfjs the float32 margin must be at least 1 minus a rounding bound computed per labeling.
 */
interface Params {
  r: number;
  /** x_i = 1 + k_i / 64 (distinct). */
  ks: number[];
}
interface Theory {
  n: number;
  exactAll: boolean;
  labelings: number;
}
interface Measured {
  realised: number;
  realised64: number;
  minMargin: number;
  /** min over labelings of margin − (1 − float32 rounding bound): >= 0 when consistent. */
  slack: number;
  maxErrorBound: number;
}

const U = 2 ** -24;
const xsOf = (ks: readonly number[]) => ks.map((k) => 1 + k / 64);
const labelsOf = (mask: number, n: number) => Array.from({ length: n }, (_, i) => ((mask >>> i) & 1 ? 1 : -1) as 1 | -1);

export const gcnnContainsPointwiseDnn = defineClaim<Params, Theory, Measured>({
  id: 'vc.gcnn.contains-pointwise-dnn',
  title: 'An identity-kernel GCNN embeds a pointwise ReLU net: n functions shattered for every r',
  source: { paper: 'Sepliarskaia, Langer & Schmidt-Hieber, On the VC dimension of deep group convolutional neural networks (NeurIPS 2025)', locator: 'Lemma 8 (suppl.), Lemma 2; research/vc.md E2.3', confidence: 'derived', url: 'https://arxiv.org/abs/2410.15800' },
  statement: '\\sum_{g \\in G_r} N(f_i(g)) = N(x_i) = y_i \\quad \\forall y \\in \\{\\pm1\\}^n,\\ \\forall r,\\qquad N(x) = \\sum_{j=0}^{n-1} a_j (x - t_j)_+',
  hypotheses: ['1 \\le x_1 < \\dots < x_n \\le 2,\\ f_i(e) = x_i,\\ f_i(g) = 0 \\ (g \\ne e)', 't_0 = \\tfrac12,\\ t_j = x_j,\\ a_j = \\text{slope increments of the interpolant through } (\\tfrac12, 0), (x_i, y_i)'],
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 0, reason: 'the float32 margin is compared with 1 − γ_{n+4} Σ_j |a_j||x_i − t_j| (γ_k = ku/(1−ku), u = 2^-24), the standard dot-product rounding bound, computed per labeling' },
  params: (budget) =>
    fc.record({
      r: fc.integer({ min: 3, max: 16 }),
      ks: fc.uniqueArray(fc.integer({ min: 0, max: 64 }), { minLength: 1, maxLength: bySize(budget, { quick: 7, standard: 9, full: 10 }) }),
    }),
  cases: [
    { name: 'n = 4, r = 3', params: { r: 3, ks: [0, 20, 41, 64] } },
    { name: 'n = 10, r = 16', params: { r: 16, ks: [0, 5, 11, 18, 26, 33, 40, 47, 56, 64] } },
  ],
  runs: { quick: 5, standard: 20, full: 40 },
  theory({ ks }) {
    const xs = xsOf(ks);
    const n = xs.length;
    let exactAll = true;
    for (let mask = 0; mask < 2 ** n; mask++) {
      const ys = labelsOf(mask, n);
      const net = reluInterpolant(xs, ys);
      xs.forEach((x, i) => {
        if (evalInterpolant(net, Rational.of(x)).cmp(Rational.of(ys[i]!)) !== 0) exactAll = false;
      });
      if (!evalInterpolant(net, Rational.ZERO).isZero()) exactAll = false;
    }
    const example = reluInterpolant(xs, labelsOf(2 ** n - 1 - 1, n));
    return {
      value: { n, exactAll, labelings: 2 ** n },
      steps: [
        { label: 'example: y = (−, +, …, +)', latex: `a = (${example.slopes.slice(0, 4).map((a) => a.toTeX()).join(', ')}${n > 4 ? ', \\dots' : ''})` },
        { label: 'exact interpolation (rationals)', latex: `N(x_i) = y_i \\text{ and } N(0) = 0 \\text{ for all } 2^{${n}} \\text{ labelings: } ${exactAll ? '\\text{yes}' : '\\text{no}'}` },
      ],
    };
  },
  experiment({ r, ks }) {
    const xs = xsOf(ks);
    const n = xs.length;
    const thetas: Float64Array[] = [];
    const labels: number[][] = [];
    const bounds: number[] = [];
    const gamma = ((n + 4) * U) / (1 - (n + 4) * U);
    for (let mask = 0; mask < 2 ** n; mask++) {
      const ys = labelsOf(mask, n);
      const net = reluInterpolant(xs, ys);
      thetas.push(pointwiseTheta(r, net));
      labels.push(ys);
      const a = net.slopes.map((s) => Math.abs(s.toNumber()));
      const t = net.knots.map((s) => s.toNumber());
      bounds.push(gamma * Math.max(...xs.map((x) => a.reduce((acc, aj, j) => acc + aj * Math.abs(x - t[j]!), 0))));
    }
    const ev = evaluateExplicit(pointwiseArch(r, n), pointwiseInputs(xs, r), thetas, labels, 0.5);
    const slack = Math.min(...ev.margins.map((m, k) => m - (1 - bounds[k]!)));
    return { realised: ev.realised, realised64: ev.realised64, minMargin: ev.minMargin, slack, maxErrorBound: Math.max(...bounds) };
  },
  check(t, x) {
    if (!t.exactAll) return violated(-1, 'the exact interpolant misses some y_i or N(0) ≠ 0');
    if (x.realised !== t.labelings || x.realised64 !== t.labelings) return violated(x.slack, `only ${x.realised} (float32) / ${x.realised64} (float64) of ${t.labelings} labelings realised`);
    if (x.slack < 0) return violated(x.slack, `float32 margin ${x.minMargin} is below 1 minus the rounding bound`);
    return holds(x.slack, `all ${t.labelings} labelings of ${t.n} functions realised, float32 margin ${x.minMargin.toPrecision(7)} (rounding bound ${x.maxErrorBound.toExponential(1)})`);
  },
  summarize: ({ r, ks }, t, x) => ({ r, n: ks.length, labelings: t.labelings, 'realised (float32)': x.realised, 'min margin (float32)': x.minMargin, 'rounding bound': x.maxErrorBound, 'exact interpolation': t.exactAll }),
  describe: ({ r, ks }) => `r = ${r}, x = 1 + [${ks.join(', ')}]/64`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'shattered',
      title: 'Pointwise-DNN embedding: functions shattered for each r',
      x: { label: 'group order r' },
      y: { label: 'functions n (all 2^n labelings realised)' },
      series: [{ name: 'checked cases', style: 'points', points: records.map((c) => ({ x: Number(c.summary.r), y: Number(c.summary.n) })) }],
      caption: 'The shattered size does not depend on r: the identity-kernel GCNN contains the pointwise DNN.',
    },
  ],
});
