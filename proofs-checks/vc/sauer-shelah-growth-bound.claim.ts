import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { EXACT } from '../../src/core/tolerance.js';
import { holds, violated } from '../../src/core/verdict.js';
import { halfspaceDichotomies, intervalDichotomies, thresholdDichotomies } from '../../src/theory/vc/dichotomies.js';
import { intervalGrowth, sauerShelahExpBound, sauerShelahSum, thresholdGrowth } from '../../src/theory/vc/growth.js';
import { distinctLinePoints, integerPoints } from './arbitraries.js';

/**
 * Sauer–Shelah: a class of VC dimension d realises at most Σ_{i<=d} C(n,i) labelings of
 * n points. Checked on thresholds (d = 1), intervals (d = 2) and affine halfspaces in R^k
 * (d = k + 1) by exact enumeration of the realised labelings; tight for thresholds and
 * intervals on distinct points. Symbolic side: the closed forms of the sum for d <= 2
 * (verified by the CAS) and the bound Σ <= (en/d)^d.
 */
type Cls = 'threshold' | 'interval' | 'halfspace';
interface Params {
  cls: Cls;
  points: number[][];
}
interface Theory {
  vc: number;
  sum: bigint;
  expBound: number;
  /** The exact growth function where the class is tight on distinct points. */
  exact: bigint | null;
}

const CLOSED_FORM: Record<number, string> = { 1: 'n + 1', 2: 'n^2/2 + n/2 + 1' };

export const sauerShelahGrowthBound = defineClaim<Params, Theory, { realised: number }>({
  id: 'vc.sauer-shelah.growth-bound',
  title: 'Realised dichotomies never exceed the Sauer–Shelah sum',
  source: { paper: 'Sauer (1972); Shelah (1972); see research/vc.md §3.1', locator: 'Sauer–Shelah lemma', confidence: 'stated' },
  statement:
    '\\mathrm{VC}(H)=d \\implies \\Pi_H(n) \\le \\sum_{i=0}^{d}\\binom{n}{i} \\le \\left(\\frac{en}{d}\\right)^{d}\\quad(n\\ge d\\ge 1)',
  hypotheses: ['H \\in \\{\\text{thresholds } (d=1),\\ \\text{intervals } (d=2),\\ \\text{halfspaces in } \\mathbb{R}^k\\ (d=k+1)\\}'],
  notes: 'Equality is checked where it is known: n+1 for thresholds and 1+n+C(n,2) for intervals on distinct points.',
  quantifier: 'forall',
  tolerance: EXACT,
  params: (budget) =>
    fc.oneof(
      fc.record({ cls: fc.constant<Cls>('threshold'), points: distinctLinePoints(14) }),
      fc.record({ cls: fc.constant<Cls>('interval'), points: distinctLinePoints(14) }),
      fc.integer({ min: 1, max: 3 }).chain((k) =>
        fc.record({ cls: fc.constant<Cls>('halfspace'), points: integerPoints(k, 1, bySize(budget, { quick: 7, standard: 8, full: 9 })) }),
      ),
    ),
  cases: [
    { name: 'thresholds on 8 points', params: { cls: 'threshold', points: [[3], [-1], [7], [0], [12], [5], [-8], [2]] } },
    { name: 'intervals on 10 points', params: { cls: 'interval', points: [[1], [2], [3], [5], [8], [13], [21], [34], [55], [89]] } },
    { name: 'halfspaces in R^2, 6 points', params: { cls: 'halfspace', points: [[0, 0], [4, 1], [1, 5], [-3, 2], [2, -4], [6, 6]] } },
  ],
  runs: { quick: 12 },
  theory({ cls, points }, { cas }) {
    const n = points.length;
    const vc = cls === 'threshold' ? 1 : cls === 'interval' ? 2 : (points[0]?.length ?? 0) + 1;
    const sum = sauerShelahSum(n, vc);
    const distinct = new Set(points.map((p) => p.join(','))).size === n;
    const exact = !distinct ? null : cls === 'threshold' ? thresholdGrowth(n) : cls === 'interval' ? intervalGrowth(n) : null;
    const steps = [
      { label: 'VC dimension of the class', latex: `\\mathrm{VC}(H) = ${vc}` },
      { label: 'Sauer–Shelah sum', latex: `\\sum_{i=0}^{${vc}} \\binom{${n}}{i} = ${sum}` },
    ];
    const closed = CLOSED_FORM[vc];
    if (closed) {
      // C(n,0) + C(n,1) [+ C(n,2)] written termwise; the CAS proves it equals the closed form
      const termwise = vc === 1 ? '1 + n' : '1 + n + n*(n-1)/2';
      if (!cas.equal(termwise, closed) || cas.evaluateExact(closed, { n }).toString() !== sum.toString()) {
        throw new Error(`CAS disagrees with the closed form ${closed} of the binomial sum at n = ${n}`);
      }
      steps.push({ label: 'closed form (CAS-verified identity)', latex: `\\sum_{i=0}^{${vc}}\\binom{n}{i} = ${cas.toTeX(closed)}` });
    }
    const expBound = sauerShelahExpBound(n, vc);
    if (n >= vc) steps.push({ label: 'exponential form', latex: `\\left(\\frac{e\\cdot ${n}}{${vc}}\\right)^{${vc}} \\approx ${expBound.toPrecision(6)}` });
    if (exact !== null) steps.push({ label: 'exact growth function', latex: `\\Pi_H(${n}) = ${exact}` });
    return { value: { vc, sum, expBound, exact }, steps };
  },
  experiment({ cls, points }) {
    const xs = points.map((p) => p[0]!);
    const set = cls === 'threshold' ? thresholdDichotomies(xs) : cls === 'interval' ? intervalDichotomies(xs) : halfspaceDichotomies(points);
    return { realised: set.size };
  },
  check(t, m, _tol, { points }) {
    const n = points.length;
    const margin = Number(t.sum) - m.realised;
    if (margin < 0) return violated(margin, `${m.realised} labelings realised, above the Sauer–Shelah sum ${t.sum}`);
    if (t.exact !== null && BigInt(m.realised) !== t.exact) {
      return violated(-Math.abs(Number(t.exact) - m.realised), `${m.realised} labelings realised, but the class is known to realise exactly ${t.exact}`);
    }
    if (n >= t.vc && Number(t.sum) > t.expBound * (1 + 1e-12)) {
      return violated(t.expBound - Number(t.sum), `Σ C(n,i) = ${t.sum} exceeds (en/d)^d = ${t.expBound}`);
    }
    return holds(margin, `${m.realised} <= ${t.sum}${t.exact !== null ? ' (tight, as known)' : ''}`);
  },
  summarize({ cls, points }, t, m) {
    return { class: cls, n: points.length, VC: t.vc, realised: m.realised, 'Σ C(n,i)': Number(t.sum), '(en/d)^d': t.expBound, exact: t.exact === null ? null : Number(t.exact) };
  },
  describe: ({ cls, points }) => `${cls}, n = ${points.length}${cls === 'halfspace' ? `, R^${points[0]?.length}` : ''}: ${JSON.stringify(points)}`,
  plots: (records) => [growthPlot(records)],
});

function growthPlot(records: CaseRecord[]) {
  const series = (['threshold', 'interval', 'halfspace'] as const).flatMap((cls) => {
    const rs = records.filter((r) => r.summary.class === cls);
    if (!rs.length) return [];
    const pts = (key: string) => rs.map((r) => ({ x: Number(r.summary.n), y: Number(r.summary[key]), label: r.paramsText.slice(0, 80) }));
    return [
      { name: `${cls}: realised`, style: 'points' as const, points: pts('realised') },
      { name: `${cls}: Sauer–Shelah sum`, style: 'dashed' as const, points: pts('Σ C(n,i)').sort((a, b) => a.x - b.x) },
    ];
  });
  return {
    id: 'growth',
    title: 'Realised dichotomies vs the Sauer–Shelah sum',
    x: { label: 'number of points n' },
    y: { label: 'labelings', log: true },
    series,
    caption: 'Every realised count (markers) lies on or below its class’s Sauer–Shelah sum (dashed); thresholds and intervals meet it.',
  };
}
