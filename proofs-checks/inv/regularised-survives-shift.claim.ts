import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive, violated } from '../../src/core/verdict.js';
import type { ShiftKind } from '../../src/empirical/data/shift.js';
import { MODEL_TYPES, type StudyResult } from '../../src/empirical/train/inv-regularisation-study.js';
import { INVARIANCE_FORMULAS, ratioRuleSteps } from '../../src/theory/invariance/formulas.js';
import { decideAtLeast, meanInterval } from '../../src/theory/invariance/statistics.js';
import { barsWithErrors, budgetQuantiles, describeStudy, failedTraining, runStudy, seedRatio, type StudyParams, STATISTICAL_CLAIM } from './study.js';

/**
 * The paper's statement that regularised invariance holds "even under severe input
 * distribution shift", operationalised (ours): on every shifted input set the regulariser
 * still cuts the logit invariance error of the same MLP at least 2x (one-sided 95% bound
 * over seeds). In distribution it cuts it ≥ 5x (inv.regularised.closer); our pilot found the
 * gain does not carry over to noise, so this claim may fail, and reports what it sees.
 */
const SHIFTS: readonly ShiftKind[] = ['noise', 'contrast', 'family', 'gaussian'];
const CONDITIONS: readonly ShiftKind[] = ['clean', ...SHIFTS];
const THRESHOLD = 2;
const LEVEL = 0.95;
const lie = (row: StudyResult['seeds'][number], type: 'plain' | 'regularised', c: ShiftKind) => row[type]!.conditions[c]!.lie;

export const regularisedSurvivesShift = defineClaim<StudyParams, { threshold: number }, StudyResult>({
  id: 'inv.regularised.survives-shift',
  title: 'Regularised invariance survives input distribution shift (the paper’s statement)',
  source: {
    paper: 'Moskalev, Sepliarskaia, Bekkers, Smeulders, "On genuine invariance learning without weight-tying", TAG-ML @ ICML 2023 (arXiv 2308.03904)',
    locator: 'abstract ("holds reliably even under severe input distribution shift"); threshold and shifts ours, research/invariance.md §3.3',
    confidence: 'reconstructed',
    url: 'https://arxiv.org/abs/2308.03904',
  },
  statement:
    '\\forall S \\in \\{\\text{noise}, \\text{contrast}, \\text{family}, \\text{gaussian}\\}:\\ \\exp\\Bigl(\\mathbb{E}_{s}\\ln \\frac{\\mathrm{LIE}_{\\lambda=0}(S, s)}{\\mathrm{LIE}_{\\lambda}(S, s)}\\Bigr) \\ge 2 \\quad \\text{(one-sided 95\\% lower bound over seeds)}',
  hypotheses: [
    '\\text{training and regulariser on clean rotated glyphs only; } S \\text{ is never seen in training}',
    '\\text{noise: } x + \\mathcal{N}(0, 0.3^2);\\ \\text{contrast: } \\mu + 0.4(x - \\mu);\\ \\text{family: other glyphs};\\ \\text{gaussian: } \\mathcal{N}(0, 1) \\text{ images}',
    '\\lambda \\in [0.3, 3];\\ \\text{both models fit clean test data (accuracy} \\ge 0.9\\text{), else inconclusive}',
  ],
  notes:
    'May fail: the paper states it; our MLP pilot (research/invariance.md §3.3) did not reproduce it. Holds when every shift keeps a ≥ 2x cut (lower bound), violated when some shift has its upper bound below 2, inconclusive otherwise. The threshold 2 is ours (the in-distribution cut is ≥ 5x). The weight-tied MLP is trained and measured alongside, as the genuine reference of the report plot (its LIE is 0: the orbit mean is computed order-free). The experiment returns saliency maps (seed 0, first clean input) for each model.',
  quantifier: 'forall',
  expectation: 'may-fail',
  ...STATISTICAL_CLAIM,
  theory: () => ({
    value: { threshold: THRESHOLD },
    steps: [
      { label: 'regulariser (clean training inputs only)', latex: INVARIANCE_FORMULAS.regulariser.latex },
      { label: 'logit invariance error', latex: INVARIANCE_FORMULAS.lie.latex },
      { label: 'per-seed cut on shifted inputs', latex: 'r_{S,s} = \\mathrm{LIE}_{\\lambda=0}(S, s) / \\mathrm{LIE}_{\\lambda}(S, s)' },
      ...ratioRuleSteps('r_S', LEVEL, THRESHOLD, 'at-least', budgetQuantiles(LEVEL)),
    ],
  }),
  // gradients only for the saliency example of the report: 8 clean inputs
  experiment: (p, ctx) => runStudy(ctx.rng, ctx.budget, p, MODEL_TYPES, CONDITIONS, ['clean'], { gradientCount: 8 }),
  check(th, study) {
    const failed = failedTraining(study);
    if (failed) return inconclusive(`training failed, which proves nothing: ${failed}`);
    const per = SHIFTS.map((S) => ({ S, ...seedRatio(study, (row) => [lie(row, 'plain', S), lie(row, 'regularised', S)]) }));
    const text = per.map(({ S, ci }) => `${S} ${ci.mean.toFixed(2)}x [${ci.lower.toFixed(2)}, ${ci.upper.toFixed(2)}]`).join('; ');
    const margin = Math.min(...per.map(({ ci }) => Math.log(ci.lower / th.threshold)));
    const decisions = per.map(({ S, ci }) => ({ S, d: decideAtLeast(ci, th.threshold) }));
    const bad = decisions.filter((x) => x.d === 'violated').map((x) => x.S);
    if (bad.length) return violated(margin, `the regulariser's cut does not survive ${bad.join(', ')} (upper bound < ${th.threshold}x): ${text}`);
    if (decisions.every((x) => x.d === 'holds')) return holds(margin, `every shift keeps a ≥ ${th.threshold}x cut: ${text}`);
    return inconclusive(`some shift straddles ${th.threshold}x: ${text}`, margin);
  },
  summarize: (p, _t, study) => {
    const out: Record<string, number> = { λ: p.lambda, seeds: study.seeds.length };
    for (const S of SHIFTS) {
      const { ci } = seedRatio(study, (row) => [lie(row, 'plain', S), lie(row, 'regularised', S)]);
      out[`cut ${S}`] = ci.mean;
      out[`cut ${S} 95% lower`] = ci.lower;
      out[`cut ${S} 95% upper`] = ci.upper;
    }
    for (const type of MODEL_TYPES) {
      for (const c of CONDITIONS) {
        const vals = study.seeds.map((row) => row[type]!.conditions[c]!.lie);
        const ci = meanInterval(vals, LEVEL, 'two');
        out[`LIE ${type} ${c}`] = ci.mean;
        out[`LIE ${type} ${c} lo`] = Math.max(0, ci.lower);
        out[`LIE ${type} ${c} hi`] = ci.upper;
      }
    }
    return out;
  },
  describe: describeStudy,
  plots: (records) => [
    {
      id: 'lie-by-model',
      title: 'Logit invariance error per model type, clean and shifted inputs (mean over seeds, 95% t interval)',
      x: { label: CONDITIONS.map((c, i) => `${i}: ${c}`).join(', ') },
      y: { label: 'LIE (relative orbit spread)', log: true },
      series: barsWithErrors(records, MODEL_TYPES, CONDITIONS, (m, c, part) => `LIE ${m} ${c}${part === 'mean' ? '' : part === 'low' ? ' lo' : ' hi'}`).map((s) => ({
        ...s,
        points: s.points.map((pt) => ({ ...pt, y: Math.max(pt.y, 1e-12) })),
      })),
      caption: 'Weight-tied: 0 on every input (drawn at 1e-12). Augmented and regularised: small on clean glyphs, growing with the shift; the regulariser’s advantage shrinks off-distribution.',
    },
  ],
});
