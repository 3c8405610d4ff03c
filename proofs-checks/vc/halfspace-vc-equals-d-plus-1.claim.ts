import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { EXACT } from '../../src/core/tolerance.js';
import { holds, violated } from '../../src/core/verdict.js';
import { Rational } from '../../src/theory/exact/rational.js';
import { halfspaceDichotomies, signsOf } from '../../src/theory/vc/dichotomies.js';
import { exactMargin, radonPartition, simplexPoints, simplexSeparator } from '../../src/theory/vc/halfspace.js';
import { generalPositionPoints } from './arbitraries.js';

/**
 * VC(halfspaces in R^d) = d + 1. Lower bound: the explicit (w, b) of research/vc.md §3.2
 * shatters {0, e_1, …, e_d} with exact margin 1/2 for every labeling. Upper bound: for any
 * d + 2 points in general position, Radon's labeling sign(λ) (λ the null vector of
 * [x_i; 1]) and its complement are the only labelings no halfspace realises (exact LP).
 */
interface Params {
  d: number;
  points: number[][];
}
interface Theory {
  worstMargin: Rational;
  radonMask: number;
  lambda: string[];
}

export const halfspaceVcEqualsDPlus1 = defineClaim<Params, Theory, { realised: number; radonRealised: boolean }>({
  id: 'vc.halfspace.vc-equals-d-plus-1',
  title: 'Halfspaces in R^d shatter d+1 points and no d+2',
  source: { paper: 'standard (Radon 1921; see research/vc.md §3.2)', locator: 'VC dimension of halfspaces', confidence: 'stated' },
  statement: '\\mathrm{VC}\\{x \\mapsto \\operatorname{sign}(w^\\top x + b)\\} = d + 1 \\text{ on } \\mathbb{R}^d',
  hypotheses: ['\\{0, e_1, \\dots, e_d\\} \\text{ shattered by } b = y_0/2,\\ w_i = y_i - y_0/2', 'x_1,\\dots,x_{d+2} \\text{ in general position}'],
  quantifier: 'forall',
  tolerance: EXACT,
  params: () => fc.integer({ min: 1, max: 4 }).chain((d) => fc.record({ d: fc.constant(d), points: generalPositionPoints(d, d + 2, d + 2) })),
  cases: [
    { name: 'd = 2, four points', params: { d: 2, points: [[0, 0], [4, 0], [0, 4], [4, 5]] } },
    { name: 'd = 3 (LP-verified in the notes)', params: { d: 3, points: [[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [2, 3, 5]] } },
  ],
  runs: { quick: 8 },
  theory({ d, points }) {
    const simplex = simplexPoints(d);
    let worst: Rational | null = null;
    for (let mask = 0; mask < 2 ** (d + 1); mask++) {
      const labels = simplex.map((_, i) => ((mask >>> i) & 1 ? 1 : -1) as 1 | -1);
      const { w, b } = simplexSeparator(labels);
      const m = exactMargin(simplex, labels, w, b);
      if (worst === null || m.cmp(worst) < 0) worst = m;
    }
    const { lambda, mask } = radonPartition(points);
    return {
      value: { worstMargin: worst ?? Rational.ZERO, radonMask: mask, lambda: lambda.map((l) => l.toString()) },
      steps: [
        { label: 'explicit separators on {0, e_i}', latex: `\\min_{y \\in \\{\\pm1\\}^{${d + 1}}} \\min_j y_j (w^\\top x_j + b) = ${(worst ?? Rational.ZERO).toTeX()}` },
        { label: 'Radon null vector', latex: `\\lambda = (${lambda.map((l) => l.toTeX()).join(',\\ ')}),\\ \\sum_i \\lambda_i x_i = 0,\\ \\sum_i \\lambda_i = 0` },
        { label: 'forbidden labeling', latex: `\\operatorname{sign}(\\lambda) = (${signsOf(mask, d + 2).replaceAll('−', '-').split('').join(',')})` },
      ],
    };
  },
  experiment({ points }) {
    const realised = halfspaceDichotomies(points);
    const { mask } = radonPartition(points);
    return { realised: realised.size, radonRealised: realised.has(mask) };
  },
  check(t, m, _tol, { d }) {
    const expected = 2 ** (d + 2) - 2;
    if (t.worstMargin.cmp(Rational.of(1, 2)) < 0) return violated(t.worstMargin.toNumber() - 0.5, `explicit construction margin ${t.worstMargin} < 1/2`);
    if (m.radonRealised) return violated(-1, `the Radon labeling ${signsOf(t.radonMask, d + 2)} was realised by the LP`);
    if (m.realised !== expected) return violated(-Math.abs(m.realised - expected), `${m.realised} labelings of d+2 points realised, expected 2^{d+2} − 2 = ${expected}`);
    return holds(t.worstMargin.toNumber(), `{0,e_i} shattered with margin ${t.worstMargin}; all but the Radon pair of the ${2 ** (d + 2)} labelings of d+2 points realised`);
  },
  summarize: ({ d }, t, m) => ({ d, 'shatter margin': t.worstMargin.toNumber(), 'realised of d+2': m.realised, 'of 2^(d+2)': 2 ** (d + 2), 'Radon labeling': signsOf(t.radonMask, d + 2), 'Radon realised': m.radonRealised }),
  describe: ({ d, points }) => `d = ${d}: ${JSON.stringify(points)}`,
  plots: (records) => [
    {
      id: 'realised',
      title: 'Labelings of d+2 points realised by halfspaces',
      x: { label: 'dimension d' },
      y: { label: 'labelings', log: true },
      series: [
        { name: 'realised (exact LP)', style: 'points', points: records.map((r) => ({ x: Number(r.summary.d), y: Number(r.summary['realised of d+2']) })) },
        { name: 'all 2^(d+2)', style: 'dashed', points: [1, 2, 3, 4, 5].map((d) => ({ x: d, y: 2 ** (d + 2) })) },
      ],
      caption: 'Exactly two labelings (Radon’s and its complement) are always missing: d+2 points are never shattered.',
    },
  ],
});
