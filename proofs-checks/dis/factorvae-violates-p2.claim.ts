import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { factorVaeOnGroundTruth } from '../../src/empirical/disentanglement/factorvae.js';
import { diagDominantSpec, rotationSpec } from '../../src/theory/disentanglement/catalogue.js';
import { factorVaeLimit } from '../../src/theory/disentanglement/intervention-limits.js';
import { DEFINITIONS_TEX, GOOD_SCORE } from '../../src/theory/disentanglement/properties.js';
import type { RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { num } from '../../src/theory/disentanglement/tex.js';
import { classify, describeSpec, groundTruthOf, representationOf, scoreBars, sizesFor } from './shared.js';

/**
 * FactorVAE violates P2 (research/disentanglement.md §5.4, §5.6): the vote only asks which code
 * varies least, relative to its global variance, when one factor is held fixed. For linear codes
 * Z = A s that is argmin_j (1 − A_jk² / Σ_i A_ji²): as long as each factor has its own
 * dominant code, every vote is right and the score is 1, however strongly the codes mix.
 */
interface Params {
  spec: RepresentationSpec;
}
interface Theory {
  label: string;
  entangled: boolean;
  limit: number;
  choices: string;
}
interface Measured {
  score: number;
  train: number;
}

export const factorVaeViolatesP2 = defineClaim<Params, Theory, Measured>({
  id: 'dis.factorvae.violates-p2',
  title: 'FactorVAE violates P2: rotated and mixed factors still score 1',
  source: {
    paper: 'Sepliarskaia, Kiseleva & de Rijke, How to Not Measure Disentanglement (arXiv 1910.05587); FactorVAE score of Kim & Mnih (2018) as in disentanglement_lib',
    locator: 'P2; research/disentanglement.md 5.2 (B3), 5.4 (rotation sweep), 5.6',
    confidence: 'reconstructed',
  },
  statement: '\\exists \\varphi \\in \\mathcal{E}:\\ \\mathrm{FactorVAE}(\\varphi) \\ge 0.9; \\quad Z = R_{40^\\circ}\\,(s_0, s_1) \\Rightarrow \\mathrm{FactorVAE} = 1',
  hypotheses: [DEFINITIONS_TEX.entangledInfo, '\\text{batch } 64,\\ 10^4 \\text{ points for the global variances, codes with std} < 0.05 \\text{ pruned}'],
  notes: 'quick budget: 2000 training and 1000 evaluation points; standard/full: 10000 / 5000. At exactly 45 degrees both codes vary equally and the vote is decided by batch noise (last case).',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'judged against the fixed threshold 0.9; with one dominant code per factor the vote is right up to rare batch-noise flips' },
  params: () => fc.integer({ min: 5, max: 40 }).map((deg) => ({ spec: rotationSpec([10, 10], deg) })),
  cases: [
    { name: 'rotation by 40 degrees, sizes [10, 10]', params: { spec: rotationSpec([10, 10], 40) } },
    { name: 'B3: (I + 0.5(J - I)) s, sizes [3, 6, 10, 8]', params: { spec: diagDominantSpec([3, 6, 10, 8], 0.5) } },
    { name: 'rotation by 45 degrees (a tie)', params: { spec: rotationSpec([10, 10], 45) } },
  ],
  theory({ spec }) {
    const c = classify(spec);
    const lim = factorVaeLimit(spec);
    const choices = lim.choices.map((ds, k) => `F_${k} \\to Z_{${[...new Set(ds)].join(',')}}`).join(',\\ ');
    return {
      value: { label: c.label, entangled: c.entangled, limit: lim.accuracy, choices },
      steps: [
        { label: 'least-varying code when F_k is fixed (large-batch limit)', latex: `\\arg\\min_j \\frac{\\mathrm{Var}(Z_j \\mid F_k = v)}{\\mathrm{Var}(Z_j)}:\\ ${choices}` },
        { label: 'majority vote per code', latex: `\\lim \\mathrm{FactorVAE} = ${num(lim.accuracy)}` },
      ],
    };
  },
  experiment({ spec }, ctx) {
    const s = sizesFor(ctx.budget);
    const r = factorVaeOnGroundTruth(groundTruthOf(spec), representationOf(spec), ctx.rng, {
      batchSize: s.interventionBatch,
      numTrain: s.interventionTrain,
      numEval: s.interventionEval,
      numVarianceEstimate: s.numVarianceEstimate,
    });
    return { score: r.score, train: r.trainAccuracy };
  },
  check(t, m) {
    if (!t.entangled) return inconclusive(`the code is ${t.label}, not entangled: no witness`);
    if (m.score >= GOOD_SCORE) return holds(m.score - GOOD_SCORE, `an entangled code scores FactorVAE = ${m.score.toFixed(4)} >= ${GOOD_SCORE} (limit ${t.limit.toFixed(3)})`);
    return inconclusive(`FactorVAE = ${m.score.toFixed(4)} < ${GOOD_SCORE}: not a witness`);
  },
  summarize: (_p, t, m) => ({ metric: 'FactorVAE', property: 'P2', class: t.label, score: m.score, threshold: GOOD_SCORE, 'large-batch limit': t.limit, 'train accuracy': m.train }),
  describe: describeSpec,
  plots: (records) => [scoreBars(records, ['score', 'large-batch limit'], 'factorvae-entangled', 'FactorVAE on entangled codes', 'Each factor keeps a dominant code under a rotation below 45 degrees or a diagonal-dominant mixing, so every vote is right; the 45-degree tie falls to about 0.5.', GOOD_SCORE)],
});
