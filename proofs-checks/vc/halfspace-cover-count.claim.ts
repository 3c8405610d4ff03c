import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { EXACT } from '../../src/core/tolerance.js';
import { holds, inconclusive, violated } from '../../src/core/verdict.js';
import { halfspaceDichotomies } from '../../src/theory/vc/dichotomies.js';
import { coverCount, sauerShelahSum } from '../../src/theory/vc/growth.js';
import { inGeneralPosition, momentCurve } from '../../src/theory/vc/halfspace.js';
import { generalPositionPoints } from './arbitraries.js';

/**
 * Cover's function-counting theorem: n points in general position in R^d have exactly
 * 2 Σ_{k<=d} C(n−1, k) labelings realisable by affine halfspaces. The count is measured by
 * an exact rational LP for each of the 2^n labelings; general position is checked exactly.
 * Cover's count sits strictly below Sauer–Shelah at d + 1 once n > d + 1, which this shows.
 */
interface Params {
  points: number[][];
}

export const halfspaceCoverCount = defineClaim<Params, { cover: bigint; sauer: bigint; generalPosition: boolean }, { realised: number }>({
  id: 'vc.halfspace.cover-count',
  title: 'Halfspaces realise exactly Cover’s count of dichotomies on points in general position',
  source: { paper: 'T. M. Cover, IEEE Trans. Electronic Computers 14(3), 1965', locator: 'Function Counting Theorem', confidence: 'stated' },
  statement: 'x_1,\\dots,x_n \\in \\mathbb{R}^d \\text{ in general position} \\implies \\#\\{\\text{halfspace dichotomies}\\} = 2\\sum_{k=0}^{d}\\binom{n-1}{k}',
  hypotheses: ['\\text{every } d+1 \\text{ of the points are affinely independent (checked exactly)}'],
  quantifier: 'forall',
  tolerance: EXACT,
  params: (budget) =>
    fc.integer({ min: 1, max: 3 }).chain((d) =>
      fc.record({ points: generalPositionPoints(d, 1, bySize(budget, { quick: 7, standard: 8, full: 9 })) }),
    ),
  // points on the moment curve (t, t^2, …, t^d) are always in general position
  cases: [
    { name: '(d, n) = (1, 5)', params: { points: momentCurve(1, [-4, -1, 0, 3, 7]) } },
    { name: '(d, n) = (2, 6)', params: { points: momentCurve(2, [-3, -1, 0, 1, 2, 4]) } },
    { name: '(d, n) = (2, 8)', params: { points: momentCurve(2, [-4, -3, -2, -1, 0, 1, 2, 3]) } },
    { name: '(d, n) = (3, 7)', params: { points: momentCurve(3, [-3, -2, -1, 0, 1, 2, 3]) } },
  ],
  runs: { quick: 10 },
  theory({ points }) {
    const n = points.length;
    const d = points[0]?.length ?? 0;
    const cover = coverCount(n, d);
    const sauer = sauerShelahSum(n, d + 1);
    return {
      value: { cover, sauer, generalPosition: inGeneralPosition(points) },
      steps: [
        { label: 'Cover’s count', latex: `2\\sum_{k=0}^{${d}}\\binom{${n - 1}}{k} = ${cover}` },
        { label: 'Sauer–Shelah at VC = d+1', latex: `\\sum_{i=0}^{${d + 1}}\\binom{${n}}{i} = ${sauer} ${cover < sauer ? '>' : '='} ${cover}` },
      ],
    };
  },
  experiment: ({ points }) => ({ realised: halfspaceDichotomies(points).size }),
  check(t, m) {
    if (!t.generalPosition) return inconclusive('the points are not in general position: the theorem does not apply');
    const diff = m.realised - Number(t.cover);
    return diff === 0
      ? holds(0, `exact LP finds ${m.realised} realisable labelings = Cover’s count`)
      : violated(-Math.abs(diff), `exact LP finds ${m.realised} realisable labelings, Cover’s count is ${t.cover}`);
  },
  summarize: ({ points }, t, m) => ({ d: points[0]?.length ?? 0, n: points.length, 'LP count': m.realised, Cover: Number(t.cover), 'Sauer–Shelah (d+1)': Number(t.sauer) }),
  describe: ({ points }) => `d = ${points[0]?.length}, n = ${points.length}: ${JSON.stringify(points)}`,
  plots: (records) => [coverPlot(records)],
});

function coverPlot(records: CaseRecord[]) {
  const dims = [...new Set(records.map((r) => Number(r.summary.d)))].sort();
  return {
    id: 'cover',
    title: 'Exact LP count vs Cover’s formula',
    x: { label: 'number of points n' },
    y: { label: 'realisable labelings', log: true },
    series: dims.flatMap((d) => {
      const rs = records.filter((r) => Number(r.summary.d) === d);
      const maxN = Math.max(...rs.map((r) => Number(r.summary.n)));
      const curve = (f: (n: number) => bigint) => Array.from({ length: maxN }, (_, i) => ({ x: i + 1, y: Number(f(i + 1)) }));
      return [
        { name: `d = ${d}: LP count`, style: 'points' as const, points: rs.map((r) => ({ x: Number(r.summary.n), y: Number(r.summary['LP count']) })) },
        { name: `d = ${d}: Cover`, style: 'line' as const, points: curve((n) => coverCount(n, d)) },
        { name: `d = ${d}: Sauer–Shelah`, style: 'dashed' as const, points: curve((n) => sauerShelahSum(n, d + 1)) },
      ];
    }),
    caption: 'The LP counts (markers) fall on Cover’s curve (solid), strictly below Sauer–Shelah (dashed) once n > d + 1.',
  };
}
