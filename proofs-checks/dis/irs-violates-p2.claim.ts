import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { irsOnGroundTruth } from '../../src/empirical/disentanglement/irs.js';
import { allSameFactorSpec, rotationSpec } from '../../src/theory/disentanglement/catalogue.js';
import { irsLimit } from '../../src/theory/disentanglement/irs-limit.js';
import { DEFINITIONS_TEX, GOOD_SCORE } from '../../src/theory/disentanglement/properties.js';
import type { RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { num } from '../../src/theory/disentanglement/tex.js';
import { classify, describeSpec, groundTruthOf, representationOf, scoreBars } from './shared.js';

/**
 * IRS violates P2 (research/disentanglement.md §5.4–5.6): IRS asks how little a code moves when
 * its best factor is fixed, relative to its full range. A rotation of two factors by a small
 * angle t is entangled, yet IRS = cos t / (cos t + sin t) (0.9196 at 5 degrees); every code
 * equal to the same factor scores exactly 1.
 */
interface Params {
  spec: RepresentationSpec;
}
interface Theory {
  label: string;
  entangled: boolean;
  disentangled: boolean;
  limit: number;
}

export const irsViolatesP2 = defineClaim<Params, Theory, { score: number }>({
  id: 'dis.irs.violates-p2',
  title: 'IRS violates P2: a slightly rotated pair and single-factor copies score high',
  source: {
    paper: 'Sepliarskaia, Kiseleva & de Rijke, How to Not Measure Disentanglement (arXiv 1910.05587); IRS of Suter et al. (2019) as in disentanglement_lib',
    locator: 'P2; research/disentanglement.md 5.2 (C3), 5.4 (rotation sweep) and 5.6',
    confidence: 'reconstructed',
  },
  statement:
    '\\exists \\varphi \\in \\mathcal{E}:\\ \\mathrm{IRS}(\\varphi) \\ge 0.9;\\quad Z = R_t (s_0, s_1) \\Rightarrow \\mathrm{IRS} \\to \\frac{\\cos t}{\\cos t + \\sin t};\\quad Z_j = f_0\\ \\forall j \\Rightarrow \\mathrm{IRS} = 1',
  hypotheses: [DEFINITIONS_TEX.entangledInfo, 'n_0 = n_1 = 10;\\ \\text{99th percentile of } |Z - E[Z \\mid F_i]|,\\ \\text{factors in 20 bins}'],
  notes: 'A witness is an entangled code (Def E) or, as in CLAIMS.md, a code that is not disentangled (every code = f0) scoring at least 0.9. The summary says which.',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'judged against the fixed threshold 0.9; at N = 10^4 every grid point is sampled, so the percentile and the range are exact and the estimate sits within ~0.002 of the limit' },
  params: () => fc.integer({ min: 1, max: 5 }).map((deg) => ({ spec: rotationSpec([10, 10], deg) })),
  cases: [
    { name: 'rotation by 5 degrees, sizes [10, 10]', params: { spec: rotationSpec([10, 10], 5) } },
    { name: 'C3: every code = f0, sizes [3, 6, 10, 8]', params: { spec: allSameFactorSpec([3, 6, 10, 8]) } },
  ],
  theory({ spec }) {
    const c = classify(spec);
    const limit = irsLimit(spec) ?? 0;
    return {
      value: { label: c.label, entangled: c.entangled, disentangled: c.disentangled, limit },
      steps: [
        { label: 'within-group spread over range, best factor per code', latex: '\\mathrm{IRS}_j = \\max_i \\Bigl(1 - \\frac{\\operatorname{mean}_v q_{0.99}(|Z_j - E[Z_j \\mid F_i = v]|)}{\\max |Z_j - E Z_j|}\\Bigr)' },
        { label: 'large-sample limit on the factor grid', latex: `\\mathrm{IRS} = ${num(limit, 4)}` },
      ],
    };
  },
  experiment: ({ spec }, ctx) => ({ score: irsOnGroundTruth(groundTruthOf(spec), representationOf(spec), ctx.rng).score }),
  check(t, m) {
    if (t.disentangled) return inconclusive('the code is disentangled: no witness');
    if (m.score >= GOOD_SCORE) return holds(m.score - GOOD_SCORE, `${t.entangled ? 'an entangled' : 'a non-disentangled'} code (${t.label}) scores IRS = ${m.score.toFixed(4)} >= ${GOOD_SCORE} (limit ${t.limit.toFixed(4)})`);
    return inconclusive(`IRS = ${m.score.toFixed(4)} < ${GOOD_SCORE}: not a witness`);
  },
  summarize: (_p, t, m) => ({ metric: 'IRS', property: 'P2', class: t.label, score: m.score, threshold: GOOD_SCORE, 'large-sample limit': t.limit }),
  describe: describeSpec,
  plots: (records) => [scoreBars(records, ['score', 'large-sample limit'], 'irs-entangled', 'IRS on a slightly rotated pair and on copies of one factor', 'A 5-degree rotation already mixes both factors into both codes, yet IRS stays above 0.9.', GOOD_SCORE)],
});
