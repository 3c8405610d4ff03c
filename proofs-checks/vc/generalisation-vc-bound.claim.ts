import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { holds, violated } from '../../src/core/verdict.js';
import { measureGeneralisation, type GeneralisationTrial } from '../../src/empirical/shattering/generalisation-probe.js';
import { mohriGap, mohriTeX, testSetTerm, vapnikGap } from '../../src/theory/vc/generalisation.js';

/**
 * The classical VC generalisation bound (Mohri et al., Cor. 3.19; research/vc.md §3.7) for
 * affine halfspaces in R^d (VC dimension d + 1): with probability >= 1 − δ every h satisfies
 * R(h) <= R̂(h) + √(2(d+1) ln(em/(d+1))/m) + √(ln(1/δ)/(2m)). R is estimated on T fresh test
 * points, which costs √(ln(1/δ')/(2T)) more (Hoeffding). The trained halfspace's test-minus-train
 * gap must stay below the sum in every trial. Statistical: seeds are fixed and δ = δ' = 10^-3,
 * so a violation is rare and real. The bound holds for any h, so a poorly trained model is no
 * excuse either way.
 */
interface Params {
  d: number;
  m: number;
  noise: number;
}
interface Theory {
  vc: number;
  bound: number;
  vapnik: number;
}

const DELTA = 1e-3;
const TEST = 4000;
const TRIALS = 6;

export const generalisationVcBound = defineClaim<Params, Theory, GeneralisationTrial[]>({
  id: 'vc.generalisation.vc-bound',
  title: 'Train–test gap of halfspaces stays below the VC generalisation bound',
  source: { paper: 'Mohri, Rostamizadeh & Talwalkar, Foundations of Machine Learning (2nd ed.)', locator: 'Cor. 3.19; research/vc.md §3.7', confidence: 'stated' },
  statement: 'R(h) - \\hat R_m(h) \\le \\sqrt{\\tfrac{2 d_{\\mathrm{VC}} \\ln(e m / d_{\\mathrm{VC}})}{m}} + \\sqrt{\\tfrac{\\ln(1/\\delta)}{2m}} \\quad \\forall h \\in \\mathcal{H} \\text{ w.p.} \\ge 1 - \\delta',
  hypotheses: ['\\mathcal{H} = \\text{affine halfspaces in } \\mathbb{R}^d,\\ d_{\\mathrm{VC}} = d + 1', '|\\hat R_{\\mathrm{test}} - R| \\le \\sqrt{\\ln(1/\\delta\')/(2T)},\\ \\delta = \\delta\' = 10^{-3},\\ T = 4000'],
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 0, reason: 'the bound already carries its confidence terms (δ = δ′ = 1e-3 per trial); no extra slack is added' },
  params: (budget) =>
    fc.record({
      d: fc.integer({ min: 1, max: 5 }),
      m: fc.integer({ min: 50, max: bySize(budget, { quick: 600, standard: 2000, full: 5000 }) }),
      noise: fc.double({ min: 0, max: 0.3, noNaN: true }).map((p) => Math.round(p * 100) / 100),
    }),
  cases: [
    { name: 'd = 2 (VC 3), m = 1000, 10% label noise', params: { d: 2, m: 1000, noise: 0.1 } },
    { name: 'd = 5 (VC 6), m = 100, 20% label noise', params: { d: 5, m: 100, noise: 0.2 } },
  ],
  runs: { quick: 3, standard: 12, full: 30 },
  theory({ d, m }) {
    const vc = d + 1;
    const bound = mohriGap(vc, m, DELTA) + testSetTerm(TEST, DELTA);
    return {
      value: { vc, bound, vapnik: vapnikGap(vc, m, DELTA) },
      steps: [
        { label: 'Mohri et al. Cor. 3.19', latex: mohriTeX(vc, m, DELTA) },
        { label: 'finite test set', latex: `\\sqrt{\\ln(1/\\delta')/(2\\cdot ${TEST})} = ${testSetTerm(TEST, DELTA).toFixed(4)}` },
        { label: 'reference values (δ = 0.05, research/vc.md)', latex: `d_{\\mathrm{VC}} = 3, m = 1000: ${mohriGap(3, 1000, 0.05).toFixed(3)};\\ m = 10^4: ${mohriGap(3, 1e4, 0.05).toFixed(3)};\\ d_{\\mathrm{VC}} = 25: ${mohriGap(25, 1e4, 0.05).toFixed(3)}` },
        { label: 'Vapnik’s form, for comparison', latex: `\\sqrt{(h(\\ln(2m/h)+1) - \\ln(\\delta/4))/m} = ${vapnikGap(vc, m, DELTA).toFixed(4)}` },
      ],
    };
  },
  experiment({ d, m, noise }, ctx) {
    return measureGeneralisation({ d, m, noise, testSize: TEST, trials: TRIALS, steps: 150, lr: 0.05, rng: ctx.rng });
  },
  check(t, trials) {
    const worst = Math.max(...trials.map((x) => x.gap));
    const margin = t.bound - worst;
    return margin >= 0
      ? holds(margin, `largest gap over ${trials.length} trials ${worst.toFixed(4)} <= bound ${t.bound.toFixed(4)}`)
      : violated(margin, `a trial's test − train gap ${worst.toFixed(4)} exceeds the bound ${t.bound.toFixed(4)}`);
  },
  summarize: ({ d, m, noise }, t, trials) => ({
    d,
    'VC = d+1': t.vc,
    m,
    noise,
    'mean train error': mean(trials.map((x) => x.train)),
    'mean test error': mean(trials.map((x) => x.test)),
    'largest gap': Math.max(...trials.map((x) => x.gap)),
    bound: t.bound,
  }),
  describe: ({ d, m, noise }) => `d = ${d}, m = ${m}, noise ${noise}`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'gap-vs-m',
      title: 'Measured train–test gap vs the VC bound',
      x: { label: 'training points m', log: true },
      y: { label: 'gap', log: false },
      series: [
        { name: 'largest measured gap', style: 'points', points: records.map((c) => ({ x: Number(c.summary.m), y: Number(c.summary['largest gap']), label: `d = ${c.summary.d}` })) },
        { name: 'bound (same case)', style: 'points', points: records.map((c) => ({ x: Number(c.summary.m), y: Number(c.summary.bound) })) },
      ],
      caption: 'The bound is loose by an order of magnitude: it holds for every h in the class, not just the one trained.',
    },
  ],
});

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
