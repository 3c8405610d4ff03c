import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { sapOnGroundTruth } from '../../src/empirical/disentanglement/sap.js';
import { disentangledArb } from '../../src/theory/disentanglement/arbitraries.js';
import { duplicatedSpec, identitySpec, relabelSpec } from '../../src/theory/disentanglement/catalogue.js';
import { sapContinuousOf } from '../../src/theory/disentanglement/population.js';
import { DEFINITIONS_TEX, GOOD_SCORE } from '../../src/theory/disentanglement/properties.js';
import type { RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { matrixTex, num } from '../../src/theory/disentanglement/tex.js';
import { classify, describeSpec, groundTruthOf, representationOf, scoreBars, sizesFor } from './shared.js';

/**
 * SAP violates P1 (research/disentanglement.md §5.2, §5.6). As configured by default
 * (discrete factors), each score is the test accuracy of a linear SVM on one code: one
 * threshold per class on a line cannot carve out the middle classes, so even the identity code
 * scores about 0.36 on sizes [3, 6, 10, 8]. The continuous variant, a squared correlation, is 1
 * for affine codes but near 0 for a non-monotone relabelling, and exactly 0 for duplicates.
 */
interface Params {
  spec: RepresentationSpec;
  continuous: boolean;
}
interface Theory {
  label: string;
  disentangled: boolean;
  /** Population SAP-continuous (the discrete score has no closed form). */
  continuousLimit: number;
}

export const sapViolatesP1 = defineClaim<Params, Theory, { score: number }>({
  id: 'dis.sap.violates-p1',
  title: 'SAP violates P1: disentangled codes score far below 1',
  source: {
    paper: 'Sepliarskaia, Kiseleva & de Rijke, How to Not Measure Disentanglement (arXiv 1910.05587); SAP of Kumar et al. (2018) as in disentanglement_lib',
    locator: 'P1; research/disentanglement.md 4.2 (SAP), 5.2 (A1, A3, C1) and 5.6',
    confidence: 'reconstructed',
  },
  statement: '\\exists \\varphi \\in \\mathcal{D}:\\ \\mathrm{SAP}(\\varphi) < 0.9;\\quad \\mathrm{SAP}_{\\mathrm{discrete}}(\\mathrm{id}) \\approx 0.36 \\text{ on sizes } [3, 6, 10, 8]',
  hypotheses: [DEFINITIONS_TEX.disentangled, '\\text{discrete: LinearSVC}(C = 0.01, \\text{balanced}) \\text{ on one code};\\ \\text{continuous: } \\mathrm{Cov}^2/(\\mathrm{Var}\\,\\mathrm{Var})'],
  notes: 'Sizes: 10000 training and 5000 test points (library defaults) in every budget; the SVM on one feature is cheap.',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'judged against the fixed threshold 0.9; the measured scores sit 0.5 or more below it' },
  params: () => fc.record({ spec: disentangledArb({ maxK: 3, maxN: 8 }), continuous: fc.boolean() }),
  cases: [
    { name: 'A1: identity, sizes [3, 6, 10, 8], discrete SAP (library default)', params: { spec: identitySpec([3, 6, 10, 8]), continuous: false } },
    { name: 'A3: relabelled factors, continuous SAP', params: { spec: relabelSpec([3, 6, 10, 8]), continuous: true } },
    { name: 'C1: (f, f), continuous SAP', params: { spec: duplicatedSpec([3, 6, 10, 8]), continuous: true } },
  ],
  theory({ spec }) {
    const c = classify(spec);
    const { score, matrix } = sapContinuousOf(spec);
    return {
      value: { label: c.label, disentangled: c.disentangled, continuousLimit: score },
      steps: [
        { label: 'population squared correlations S_ji of code j with factor i', latex: `S = ${matrixTex(matrix)}` },
        { label: 'population SAP-continuous', latex: `\\operatorname{mean}_i\\,(S_{(1)i} - S_{(2)i}) = ${num(score, 4)}` },
      ],
    };
  },
  experiment({ spec, continuous }, ctx) {
    const s = sizesFor(ctx.budget);
    return { score: sapOnGroundTruth(groundTruthOf(spec), representationOf(spec), ctx.rng, { numTrain: s.numTrain, numTest: s.numTest, continuous }).score };
  },
  check(t, m, _tol, { continuous }) {
    const which = continuous ? 'SAP-continuous' : 'SAP (discrete)';
    if (!t.disentangled) return inconclusive(`the code is ${t.label}, not disentangled: no witness`);
    if (m.score < GOOD_SCORE) return holds(GOOD_SCORE - m.score, `a disentangled code (${t.label}) scores ${which} = ${m.score.toFixed(4)} < ${GOOD_SCORE}`);
    return inconclusive(`${which} = ${m.score.toFixed(4)} >= ${GOOD_SCORE}: not a witness`);
  },
  summarize: ({ continuous }, t, m) => ({ metric: continuous ? 'SAP-continuous' : 'SAP', property: 'P1', class: t.label, score: m.score, threshold: GOOD_SCORE, 'population SAP-continuous': t.continuousLimit }),
  describe: (p) => `${describeSpec(p)}; ${p.continuous ? 'continuous' : 'discrete'}`,
  plots: (records) => [scoreBars(records, ['score'], 'sap-disentangled', 'SAP on disentangled codes', 'All three codes are disentangled; none reaches the 0.9 that disentanglement_lib asks of a good code.', GOOD_SCORE)],
});
