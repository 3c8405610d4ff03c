import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import type { PlotSpec } from '../../src/core/plot.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import type { ShiftKind } from '../../src/empirical/data/shift.js';
import type { ConditionMetrics, StudyResult } from '../../src/empirical/train/inv-regularisation-study.js';
import { INVARIANCE_FORMULAS } from '../../src/theory/invariance/formulas.js';
import { describeStudy, runStudy, type StudyParams } from './study.js';

/**
 * Learned invariance is not genuine (the paper's headline): an MLP trained on rotated
 * glyphs agrees with itself on the argmax over every C4 orbit, yet its logits and saliency
 * are far from invariant — far from a weight-tied model trained alike — and its invariance
 * degrades as inputs leave the training distribution. One trained pair that shows all of it
 * is a witness; a training failure proves nothing (inconclusive).
 */
const CONDITIONS: readonly ShiftKind[] = ['clean', 'noise', 'gaussian'];
const B = { accuracy: 0.95, agreement: 0.99, lieFactor: 100, sisPlain: 0.99, sisTied: 0.999 };
type Params = Omit<StudyParams, 'lambda'>;

interface Witness {
  plain: Partial<Record<ShiftKind, ConditionMetrics>>;
  tied: Partial<Record<ShiftKind, ConditionMetrics>>;
}

const witnessOf = (s: StudyResult): Witness => ({ plain: s.seeds[0]!.plain!.conditions, tied: s.seeds[0]!.tied!.conditions });

export const learnedNotGenuine = defineClaim<Params, typeof B, StudyResult>({
  id: 'inv.learned.not-genuine',
  title: 'An augmentation-trained MLP is correct on the orbit but not genuinely invariant',
  source: {
    paper: 'Moskalev, Sepliarskaia, Bekkers, Smeulders, "On genuine invariance learning without weight-tying", TAG-ML @ ICML 2023 (arXiv 2308.03904)',
    locator: 'abstract and Fig. 1 (same predicted distribution on every orientation, divergent saliency; learned invariance unreliable under shift); research/invariance.md §3.3, P13–P14',
    confidence: 'reconstructed',
    url: 'https://arxiv.org/abs/2308.03904',
  },
  statement:
    '\\exists f \\text{ trained with rotations}:\\ \\mathrm{agree}(f) \\ge 0.99,\\ \\mathrm{LIE}(f) \\ge 100\\,\\mathrm{LIE}(f_{\\text{tied}}),\\ \\mathrm{SIS}(f) \\le 0.99 < 0.999 \\le \\mathrm{SIS}(f_{\\text{tied}}),\\ \\mathrm{LIE}_{\\text{clean}}(f) < \\mathrm{LIE}_{\\text{noise}}(f) < \\mathrm{LIE}_{\\text{gaussian}}(f)',
  hypotheses: [
    '\\text{clean test accuracy of both models} \\ge 0.95 \\text{ (else: training failed, inconclusive)}',
    'G = C_4;\\ \\text{noise: } x + \\mathcal{N}(0, 0.3^2);\\ \\text{gaussian: } \\mathcal{N}(0,1) \\text{ images}',
  ],
  notes:
    'The plain MLP sees glyphs rotated by continuous random angles (rotation augmentation by construction, so C4 orbits are in-distribution); the weight-tied MLP has the same width, data, initialisation and batch order. Pilot (research/invariance.md §3.3): plain agreement 1.000, LIE 2e-2, SIS 0.87–0.90; under N(0, 0.3²) noise LIE 0.2, on pure noise 0.45. The experiment returns the saliency maps of both models on the first clean input, all four orientations aligned back.',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'an existence claim: a witness meets every inequality as measured; the thresholds are the pilot’s (research/invariance.md P13, P14)' },
  params: (budget) =>
    fc.record({
      hidden: fc.constantFrom(32, 64),
      epochs: fc.integer({ min: 8, max: budget === 'quick' ? 12 : 20 }),
      trainCount: fc.constantFrom(600, 800, 1600),
    }),
  cases: [{ name: 'MLP 256-32-4 vs weight-tied, 800 glyphs, 12 epochs', params: { hidden: 32, epochs: 12, trainCount: 800 } }],
  runs: { quick: 2, standard: 5, full: 10 },
  theory: () => ({
    value: B,
    steps: [
      { label: 'argmax agreement', latex: INVARIANCE_FORMULAS.agreement.latex },
      { label: 'logit invariance error', latex: INVARIANCE_FORMULAS.lie.latex },
      { label: 'saliency invariance similarity', latex: INVARIANCE_FORMULAS.sis.latex },
      { label: 'genuine reference', latex: '\\mathrm{LIE}(f_{\\text{tied}}) = 0,\\ \\mathrm{SIS}(f_{\\text{tied}}) = 1 \\text{ for every input (inv.weight-tied.exact)}' },
    ],
  }),
  experiment: (p, ctx) => runStudy(ctx.rng, ctx.budget, { ...p, lambda: 0 }, ['tied', 'plain'], CONDITIONS, ['clean'], { seeds: 1 }),
  check(b, study) {
    const { plain, tied } = witnessOf(study);
    const [pc, pn, pg, tc] = [plain.clean!, plain.noise!, plain.gaussian!, tied.clean!];
    const acc = Math.min(pc.accuracy ?? 0, tc.accuracy ?? 0);
    if (acc < b.accuracy) return inconclusive(`training failed (clean accuracy ${acc.toFixed(3)} < ${b.accuracy}); no witness, nothing proved`);
    const tests: [boolean, string, number][] = [
      [pc.agreement >= b.agreement, `argmax agreement ${pc.agreement.toFixed(3)} ≥ ${b.agreement}`, pc.agreement - b.agreement],
      [pc.lie >= b.lieFactor * tc.lie, `LIE ${pc.lie.toExponential(2)} ≥ 100 × tied ${tc.lie.toExponential(2)}`, Math.log10(pc.lie / Math.max(b.lieFactor * tc.lie, 1e-12))],
      [(pc.sis ?? 1) <= b.sisPlain, `SIS ${(pc.sis ?? NaN).toFixed(3)} ≤ ${b.sisPlain}`, b.sisPlain - (pc.sis ?? 1)],
      [(tc.sis ?? 0) >= b.sisTied, `tied SIS ${(tc.sis ?? NaN).toFixed(6)} ≥ ${b.sisTied}`, (tc.sis ?? 0) - b.sisTied],
      [pc.lie < pn.lie && pn.lie < pg.lie, `LIE clean ${pc.lie.toExponential(2)} < noise ${pn.lie.toExponential(2)} < gaussian ${pg.lie.toExponential(2)}`, Math.log10(Math.min(pn.lie / pc.lie, pg.lie / pn.lie))],
    ];
    const failedTests = tests.filter(([ok]) => !ok).map(([, t]) => t);
    const margin = Math.min(...tests.map(([, , m]) => m));
    if (failedTests.length) return inconclusive(`not a witness: ${failedTests.join('; ')} fails`, margin);
    return holds(margin, `witness: ${tests.map(([, t]) => t).join('; ')}`);
  },
  summarize: (p, _b, study) => {
    const { plain, tied } = witnessOf(study);
    const out: Record<string, number> = {
      'accuracy plain': plain.clean!.accuracy ?? 0,
      'accuracy tied': tied.clean!.accuracy ?? 0,
      'agreement plain': plain.clean!.agreement,
      'SIS plain': plain.clean!.sis ?? 0,
      'SIS tied': tied.clean!.sis ?? 0,
    };
    for (const c of CONDITIONS) {
      out[`LIE plain ${c}`] = plain[c]!.lie;
      out[`LIE tied ${c}`] = tied[c]!.lie;
      out[`PDI plain ${c}`] = plain[c]!.pdi;
    }
    out['agreement plain gaussian'] = plain.gaussian!.agreement;
    out.hidden = p.hidden;
    return out;
  },
  describe: (p) => describeStudy({ ...p, lambda: 0 }),
  plots: (records, named) => {
    const r = records[0];
    if (!r) return [];
    const study = named[0]?.measured;
    const pts = (type: string) => CONDITIONS.map((c, i) => ({ x: i, y: Math.max(Number(r.summary[`LIE ${type} ${c}`]), 1e-12), label: c }));
    return [
      {
        id: 'lie-shift',
        title: 'Logit invariance error: augmentation-trained vs weight-tied MLP',
        x: { label: CONDITIONS.map((c, i) => `${i}: ${c}`).join(', ') },
        y: { label: 'LIE', log: true },
        series: [
          { name: 'augmentation-trained', style: 'bars', points: pts('plain') },
          { name: 'weight-tied', style: 'bars', points: pts('tied') },
        ],
        caption: 'Both models give the same argmax on every orbit of clean glyphs; only the weight-tied one is invariant, and the learned invariance erodes as the inputs leave the training distribution (weight-tied 0 drawn at 1e-12).',
      },
      ...(study ? [saliencyPairs(study)] : []),
    ];
  },
});

/** Saliency of x and of its rotations aligned back by g^{-1}: identical for the weight-tied model, not for the plain one. */
function saliencyPairs(study: StudyResult): PlotSpec {
  const size = study.config.size;
  const rows = (['plain', 'tied'] as const).flatMap((type) =>
    (study.saliency[type]?.maps ?? []).map((m, g) => ({
      label: `${type === 'plain' ? 'augmented' : 'weight-tied'} ${g * 90}°`,
      rows: size,
      cols: size,
      values: Array.from(m.subarray(0, size * size)),
    })),
  );
  return {
    id: 'saliency',
    title: 'Saliency of g·x aligned back by g⁻¹ (first clean glyph)',
    x: { label: '' },
    y: { label: '' },
    series: [],
    heatmaps: rows,
    caption: 'A genuinely invariant model has the same aligned saliency for every rotation; the augmentation-trained one attends differently per orientation.',
  };
}
