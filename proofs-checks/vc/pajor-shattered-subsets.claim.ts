import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { EXACT } from '../../src/core/tolerance.js';
import { holds, violated } from '../../src/core/verdict.js';
import { halfspaceDichotomies, intervalDichotomies } from '../../src/theory/vc/dichotomies.js';
import { shatterCensus } from '../../src/theory/vc/shatter.js';

/**
 * Pajor's lemma: every set P of labelings of n points shatters at least |P| subsets of the
 * points (the empty set included). It implies Sauer–Shelah and checks the bookkeeping the
 * shattering engine relies on; the largest shattered subset is a free VC lower bound.
 * Checked on arbitrary labeling sets and on sets realised by intervals and halfspaces.
 */
type Params =
  | { kind: 'set'; n: number; labelings: number[] }
  | { kind: 'intervals'; xs: number[] }
  | { kind: 'halfspaces'; points: number[][] };

/** The labeling set P of a case (realised sets come from the exact oracles); memoised per case. */
const memo = new WeakMap<Params, Theory>();
function labelingSet(p: Params): Theory {
  let t = memo.get(p);
  if (!t) {
    const labelings =
      p.kind === 'set' ? [...new Set(p.labelings)] : [...(p.kind === 'intervals' ? intervalDichotomies(p.xs) : halfspaceDichotomies(p.points))];
    const n = p.kind === 'set' ? p.n : p.kind === 'intervals' ? p.xs.length : p.points.length;
    memo.set(p, (t = { n, labelings }));
  }
  return t;
}

interface Theory {
  n: number;
  labelings: number[];
}

export const pajorShatteredSubsets = defineClaim<Params, Theory, { shattered: number; largest: number }>({
  id: 'vc.pajor.shattered-subsets',
  title: 'Any set of labelings shatters at least as many subsets as it has labelings',
  source: { paper: 'Pajor (1985); see research/vc.md §3.1', locator: 'Pajor’s lemma', confidence: 'stated' },
  statement: 'P \\subseteq \\{0,1\\}^n \\implies \\#\\{S \\subseteq [n] : P \\text{ shatters } S\\} \\ge |P|',
  quantifier: 'forall',
  tolerance: EXACT,
  params: () =>
    fc.oneof(
      fc.integer({ min: 1, max: 7 }).chain((n) =>
        fc.record({
          kind: fc.constant<'set'>('set'),
          n: fc.constant(n),
          labelings: fc.uniqueArray(fc.integer({ min: 0, max: 2 ** n - 1 }), { minLength: 1, maxLength: 2 ** n }),
        }),
      ),
      fc.record({ kind: fc.constant<'intervals'>('intervals'), xs: fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 9 }) }),
    ),
  cases: [
    { name: 'a single labeling', params: { kind: 'set', n: 5, labelings: [0b10110] } },
    { name: 'all labelings of 4 points', params: { kind: 'set', n: 4, labelings: Array.from({ length: 16 }, (_, i) => i) } },
    { name: 'intervals on 7 points', params: { kind: 'intervals', xs: [0, 1, 2, 3, 4, 5, 6] } },
    { name: 'halfspaces on 6 points of R^2', params: { kind: 'halfspaces', points: [[0, 0], [4, 1], [1, 5], [-3, 2], [2, -4], [6, 6]] } },
  ],
  runs: { quick: 20, standard: 100, full: 500 },
  theory(p) {
    const { n, labelings } = labelingSet(p);
    return {
      value: { n, labelings },
      steps: [{ label: 'Pajor lower bound', latex: `\\#\\{S : P \\text{ shatters } S\\} \\ge |P| = ${labelings.length}` }],
    };
  },
  experiment(p) {
    const { n, labelings } = labelingSet(p);
    const census = shatterCensus(labelings, n);
    return { shattered: census.shatteredCount, largest: census.largestSize };
  },
  check(t, m) {
    const margin = m.shattered - t.labelings.length;
    return margin >= 0
      ? holds(margin, `${m.shattered} shattered subsets >= |P| = ${t.labelings.length}; largest shattered subset has ${m.largest} points`)
      : violated(margin, `only ${m.shattered} shattered subsets but |P| = ${t.labelings.length}`);
  },
  summarize: (p, t, m) => ({ source: p.kind, n: t.n, '|P|': t.labelings.length, 'shattered subsets': m.shattered, 'largest shattered': m.largest }),
  describe: (p) => (p.kind === 'set' ? `n = ${p.n}, |P| = ${new Set(p.labelings).size}` : p.kind === 'intervals' ? `intervals on ${JSON.stringify(p.xs)}` : `halfspaces on ${JSON.stringify(p.points)}`),
  plots: (records) => [
    {
      id: 'pajor',
      title: 'Shattered subsets vs |P|',
      x: { label: '|P| (labelings)' },
      y: { label: 'subsets shattered by P' },
      series: [
        { name: 'labeling sets', style: 'points', points: records.map((r) => ({ x: Number(r.summary['|P|']), y: Number(r.summary['shattered subsets']), label: r.paramsText })) },
        { name: 'Pajor bound y = |P|', style: 'dashed', points: [0, Math.max(1, ...records.map((r) => Number(r.summary['|P|'])))].map((v) => ({ x: v, y: v })) },
      ],
      caption: 'Every labeling set lies on or above the diagonal.',
    },
  ],
});
