import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { modularityOnGroundTruth } from '../../src/empirical/disentanglement/modularity.js';
import { allSameFactorSpec, diagDominantSpec } from '../../src/theory/disentanglement/catalogue.js';
import { modularityOf, populationInfo } from '../../src/theory/disentanglement/population.js';
import { DEFINITIONS_TEX, GOOD_SCORE } from '../../src/theory/disentanglement/properties.js';
import type { RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { matrixTex, num } from '../../src/theory/disentanglement/tex.js';
import { classify, describeSpec, groundTruthOf, representationOf, scoreBars } from './shared.js';

/**
 * Modularity violates P2 (research/disentanglement.md §5.6): it only asks that each code's MI
 * be concentrated on one factor, relative to K − 1 others, so (a) a diagonal-dominant mixing,
 * in which every code depends on every factor, scores about 0.95, and (b) every code equal to
 * the same factor scores exactly 1 although the other factors are absent.
 */
interface Params {
  spec: RepresentationSpec;
}
interface Theory {
  label: string;
  entangled: boolean;
  disentangled: boolean;
  population: number;
}

export const modularityViolatesP2 = defineClaim<Params, Theory, { score: number }>({
  id: 'dis.modularity.violates-p2',
  title: 'Modularity violates P2: mixed codes and single-factor copies score high',
  source: {
    paper: 'Sepliarskaia, Kiseleva & de Rijke, How to Not Measure Disentanglement (arXiv 1910.05587); Modularity of Ridgeway & Mozer (2018) as in disentanglement_lib',
    locator: 'P2; research/disentanglement.md 5.2 (B3, C3) and 5.6',
    confidence: 'reconstructed',
  },
  statement:
    '\\exists \\varphi \\in \\mathcal{E}:\\ \\mathrm{Mod}(\\varphi) \\ge 0.9 \\ (Z = (I + \\tfrac12 (J - I))\\, s);\\quad Z_j = f_0\\ \\forall j \\Rightarrow \\mathrm{Mod} = 1',
  hypotheses: [DEFINITIONS_TEX.entangledInfo, '\\mathrm{Mod} = \\frac1D \\sum_j \\Bigl(1 - \\frac{\\sum_i m_{ji}^2 - \\max_i m_{ji}^2}{(K-1)\\max_i m_{ji}^2}\\Bigr)'],
  notes: 'A witness is an entangled code (Def E) or, as in CLAIMS.md, a code that is not disentangled (every code = f0: two of three factors absent) scoring at least 0.9. The summary says which.',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'judged against the fixed threshold 0.9; the estimate is within ~0.01 of the population value (20-bin MI at N = 10^4)' },
  params: () => fc.tuple(fc.integer({ min: 3, max: 5 }), fc.integer({ min: 2, max: 8 }), fc.constantFrom(0.2, 0.3, 0.5)).map(([K, n, a]) => ({ spec: diagDominantSpec(Array(K).fill(n), a) })),
  cases: [
    { name: 'B3: (I + 0.5(J - I)) s, sizes [3, 6, 10, 8]', params: { spec: diagDominantSpec([3, 6, 10, 8], 0.5) } },
    { name: 'C3: every code = f0, sizes [3, 6, 10, 8]', params: { spec: allSameFactorSpec([3, 6, 10, 8]) } },
  ],
  theory({ spec }) {
    const c = classify(spec);
    const info = populationInfo(spec, 20);
    const population = modularityOf(info.mi);
    return {
      value: { label: c.label, entangled: c.entangled, disentangled: c.disentangled, population },
      steps: [
        { label: 'population MI of binned codes with factors', latex: `m = ${matrixTex(info.mi)}` },
        { label: 'population modularity', latex: `\\mathrm{Mod} = ${num(population, 4)}` },
      ],
    };
  },
  experiment: ({ spec }, ctx) => ({ score: modularityOnGroundTruth(groundTruthOf(spec), representationOf(spec), ctx.rng).score }),
  check(t, m) {
    if (t.disentangled) return inconclusive('the code is disentangled: no witness');
    if (m.score >= GOOD_SCORE) return holds(m.score - GOOD_SCORE, `${t.entangled ? 'an entangled' : 'a non-disentangled'} code (${t.label}) scores Modularity = ${m.score.toFixed(4)} >= ${GOOD_SCORE}`);
    return inconclusive(`Modularity = ${m.score.toFixed(4)} < ${GOOD_SCORE}: not a witness`);
  },
  summarize: (_p, t, m) => ({ metric: 'Modularity', property: 'P2', class: t.label, score: m.score, threshold: GOOD_SCORE, 'population value': t.population }),
  describe: describeSpec,
  plots: (records) => [scoreBars(records, ['score', 'population value'], 'modularity-entangled', 'Modularity on a mixing and on copies of one factor', 'Both representations pass the 0.9 bar that disentanglement_lib sets for a good code.', GOOD_SCORE)],
});
