import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { holds, violated } from '../../src/core/verdict.js';
import { gcnnScores64, rollFunction, type Padding } from '../../src/empirical/models/gcnn-exact.js';
import { GcnnFamily } from '../../src/empirical/models/gcnn-family.js';
import { realiseLabelings } from '../../src/empirical/shattering/realise.js';
import { gcnnArch, describeArch } from '../../src/theory/vc/gcnn-arch.js';
import { signsOf } from '../../src/theory/vc/dichotomies.js';

/**
 * E2.4 of research/vc.md: a G-invariant class gives f and g·f the same label, so a point
 * set containing both is never shattered: no labeling with y(f) ≠ y(g·f) is realised, and at
 * most 2^{n−1} labelings are. Every labeling is trained (batched, failure-focused restarts)
 * and accepted only by the float64 forward pass with margin γ; a forbidden labeling that
 * passes would be a real counterexample (an equivariance bug: a wrong roll direction, zero
 * padding instead of wrap-around), which `padding: 'zero'` constructs on purpose.
 */
interface Params {
  r: number;
  kernel: number;
  widths: number[];
  /** The roll g = t (taken as 1 + (t − 1) mod (r − 1), so g ≠ e). */
  shift: number;
  /** Further random functions besides f and g·f. */
  extra: number;
  padding?: Padding;
}
interface Measured {
  n: number;
  realised: number;
  forbiddenRealised: number;
  example: string | null;
  /** max over accepted witnesses of |s(f) − s(g·f)| / max(1, |s(f)|) (float64). */
  invarianceError: number;
}

const GAMMA = 1e-3;
const shiftOf = (p: Params) => 1 + ((p.shift - 1) % (p.r - 1));

export const gcnnInvarianceForbids = defineClaim<Params, { n: number; cap: number }, Measured>({
  id: 'vc.gcnn.invariance-forbids-labelings',
  title: 'Invariance forbids labelings: f and g·f always share a label',
  source: { paper: 'Sepliarskaia, Langer & Schmidt-Hieber (NeurIPS 2025), setting of §2; research/vc.md E2.4', locator: 'G-invariance of sum-pooled GCNNs', confidence: 'derived' },
  statement: 'h(g\\cdot f) = h(f)\\ \\ \\forall h \\in \\mathcal{H} \\implies \\{y : y(f) \\ne y(g\\cdot f)\\} \\cap \\mathcal{H}|_S = \\emptyset,\\quad |\\mathcal{H}|_S| \\le 2^{n-1}',
  hypotheses: ['S = \\{f,\\ g\\cdot f,\\ f_3, \\dots, f_n\\},\\ (g\\cdot f)(x) = f(x + t \\bmod r) \\text{ on } C_r', '\\text{realised} \\iff \\min_i y_i\\, s_i \\ge \\gamma = 10^{-3} \\text{ (float64 forward pass)}'],
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 0, reason: 'a count: a forbidden labeling accepted with float64 margin 1e-3 is a counterexample (rounding in the pass is ~1e-15)' },
  params: (budget) =>
    fc.record({
      r: fc.integer({ min: 3, max: 8 }),
      kernel: fc.integer({ min: 1, max: 3 }),
      widths: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 2 }),
      shift: fc.integer({ min: 1, max: 7 }),
      extra: fc.integer({ min: 1, max: bySize(budget, { quick: 1, standard: 2, full: 3 }) }),
    }),
  cases: [
    { name: 'model A on C_8: f, f rolled by 3, one more', params: { r: 8, kernel: 3, widths: [2, 2], shift: 3, extra: 1 } },
    { name: 'model A on C_8: f, f rolled by 1, two more', params: { r: 8, kernel: 3, widths: [2, 2], shift: 1, extra: 2 } },
  ],
  runs: { quick: 4, standard: 15, full: 40 },
  theory({ extra }) {
    const n = extra + 2;
    return {
      value: { n, cap: 2 ** (n - 1) },
      steps: [{ label: 'labelings left by invariance', latex: `|\\mathcal{H}|_S| \\le 2^{${n}-1} = ${2 ** (n - 1)}` }],
    };
  },
  experiment(p, ctx) {
    const arch = gcnnArch(p.r, p.kernel, [1, ...p.widths]);
    const rand = () => Array.from({ length: p.r }, () => Math.round(ctx.rng.normal() * 16) / 16);
    const f = rand();
    const fs = [f, rollFunction(f, p.r, shiftOf(p)), ...Array.from({ length: p.extra }, rand)];
    const family = new GcnnFamily(arch, fs, { padding: p.padding ?? 'circular' });
    try {
      const res = realiseLabelings(family, {
        rng: ctx.rng.fork('train'),
        rounds: bySize(ctx.budget, { quick: 2, standard: 4, full: 6 }),
        steps: bySize(ctx.budget, { quick: 60, standard: 120, full: 200 }),
        lr: 0.05,
        gamma: GAMMA,
        minBatch: 32,
      });
      const forbidden = [...res.realised].filter((m) => (m & 1) !== ((m >>> 1) & 1));
      let invarianceError = 0;
      for (const theta of res.witnesses.values()) {
        const [a, b] = gcnnScores64(arch, theta, fs.slice(0, 2), p.padding ?? 'circular');
        invarianceError = Math.max(invarianceError, Math.abs(a! - b!) / Math.max(1, Math.abs(a!)));
      }
      return { n: fs.length, realised: res.realised.size, forbiddenRealised: forbidden.length, example: forbidden.length ? signsOf(forbidden[0]!, fs.length) : null, invarianceError };
    } finally {
      family.dispose();
    }
  },
  check(t, x) {
    if (x.forbiddenRealised > 0) return violated(-x.forbiddenRealised, `${x.forbiddenRealised} labelings with y(f) ≠ y(g·f) were realised with margin, e.g. ${x.example}`);
    if (x.realised > t.cap) return violated(t.cap - x.realised, `${x.realised} labelings realised, more than 2^(n−1) = ${t.cap}`);
    return holds(t.cap - x.realised, `no forbidden labeling among ${x.realised} realised (cap ${t.cap}); max invariance error ${x.invarianceError.toExponential(1)}`);
  },
  summarize: (p, t, x) => ({ arch: describeArch(gcnnArch(p.r, p.kernel, [1, ...p.widths])), n: x.n, realised: x.realised, 'cap 2^(n−1)': t.cap, 'forbidden realised': x.forbiddenRealised, 'invariance error': x.invarianceError }),
  describe: (p) => `${describeArch(gcnnArch(p.r, p.kernel, [1, ...p.widths]))}, shift ${shiftOf(p)}, ${p.extra + 2} functions${p.padding === 'zero' ? ', ZERO padding' : ''}`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'realised-vs-cap',
      title: 'Realised labelings vs the invariance cap 2^(n−1)',
      x: { label: 'points n' },
      y: { label: 'labelings', log: true },
      series: [
        { name: 'realised (training, margin-checked)', style: 'points', points: records.map((c) => ({ x: Number(c.summary.n), y: Number(c.summary.realised) })) },
        { name: 'cap 2^(n−1)', style: 'dashed', points: [2, 3, 4, 5, 6].map((n) => ({ x: n, y: 2 ** (n - 1) })) },
        { name: 'all 2^n', style: 'line', points: [2, 3, 4, 5, 6].map((n) => ({ x: n, y: 2 ** n })) },
      ],
      caption: 'Training reaches the cap (all labelings that give f and g·f the same label) and never beyond it.',
    },
  ],
});
