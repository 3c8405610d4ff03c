import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { allMetricsOnGroundTruth } from '../../src/empirical/disentanglement/all-metrics.js';
import { xorSpec } from '../../src/theory/disentanglement/catalogue.js';
import { dcimigOf, migOf, modularityOf, populationInfo } from '../../src/theory/disentanglement/population.js';
import { DEFINITIONS_TEX, GOOD_SCORE } from '../../src/theory/disentanglement/properties.js';
import type { CodeSpec, RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { matrixTex, num } from '../../src/theory/disentanglement/tex.js';
import { classify, describeSpec, groundTruthOf, representationOf, scoreBars, sizesFor } from './shared.js';

/**
 * The pairwise blind spot (research/disentanglement.md §3 and §5.5 X1, our own finding): with
 * F_1, F_2 of even size, Z_0 = 2 F_0 + ((F_1 + F_2) mod 2) is a function of three factors, yet
 * independent of F_1 and of F_2 separately, so every pairwise MI looks like a clean code of F_0.
 * MIG, DCIMIG and Modularity (and DCI-D, BetaVAE, FactorVAE, which fix or split one factor at a
 * time) give it the score of a disentangled code.
 */
interface Params {
  spec: RepresentationSpec;
}
interface Theory {
  label: string;
  disentangled: boolean;
  hidden: number[];
  mig: number;
  dcimig: number;
  modularity: number;
}
type Measured = Record<'MIG' | 'DCIMIG' | 'Modularity' | 'IRS' | 'DCI-D' | 'BetaVAE' | 'FactorVAE', number>;

const id = (i: number): CodeSpec => ({ kind: 'factor', factor: i, map: { kind: 'affine', a: 1, b: 0 } });

export const dcimigPairwiseBlindSpot = defineClaim<Params, Theory, Measured>({
  id: 'dis.dcimig.pairwise-blind-spot',
  title: 'An XOR code, a function of three factors, fools every pairwise-MI metric',
  source: { paper: 'derived here (research/disentanglement.md 3, "blind spot", and 5.5, X1)', locator: 'X1', confidence: 'derived' },
  statement:
    '\\exists \\varphi \\notin \\mathcal{D}:\\ \\mathrm{MIG} = \\mathrm{DCIMIG} = \\mathrm{Mod} = 1;\\quad Z_0 = 2F_0 + (F_1 \\oplus F_2),\\ I(Z_0; F_1) = I(Z_0; F_2) = 0',
  hypotheses: [DEFINITIONS_TEX.entangledFunctional, 'n_1, n_2 \\text{ even: } (F_1 + F_2) \\bmod 2 \\text{ is a fair bit independent of } F_1 \\text{ and of } F_2'],
  notes: 'The notes leave open whether "entangled" should be functional or informational; under the functional reading DCIMIG fails P2 here. IRS is only partly fooled (0.888 in the notes).',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'judged against the fixed threshold 0.9; the population values are exactly 1' },
  params: () =>
    fc.tuple(fc.integer({ min: 2, max: 8 }), fc.constantFrom(2, 4), fc.constantFrom(2, 4)).map(([a, b, c]) => ({
      spec: { factorSizes: [a, b, c], codes: [{ kind: 'xor', base: 0, bits: [1, 2] } as CodeSpec, id(1), id(2)] },
    })),
  cases: [{ name: 'X1: (2 f0 + (f1 xor f2), f1, f2), sizes [4, 2, 2]', params: { spec: xorSpec() } }],
  theory({ spec }) {
    const c = classify(spec);
    const info = populationInfo(spec, 20);
    return {
      value: { label: c.label, disentangled: c.disentangled, hidden: c.hiddenCodes, mig: migOf(info), dcimig: dcimigOf(info), modularity: modularityOf(info.mi) },
      steps: [
        { label: 'Z_0 depends on F_0, F_1, F_2 as a function, so the code is not disentangled', latex: `\\text{codes that hide a dependence: } ${c.hiddenCodes.map((j) => `Z_${j}`).join(', ')}` },
        { label: 'yet its MI matrix is that of a clean code', latex: `m = ${matrixTex(info.mi)}` },
        { label: 'population scores', latex: `\\mathrm{MIG} = ${num(migOf(info), 4)},\\ \\mathrm{DCIMIG} = ${num(dcimigOf(info), 4)},\\ \\mathrm{Mod} = ${num(modularityOf(info.mi), 4)}` },
      ],
    };
  },
  experiment({ spec }, ctx) {
    const s = sizesFor(ctx.budget);
    const r = allMetricsOnGroundTruth(groundTruthOf(spec), representationOf(spec), ctx.seed, s, ['mig', 'dcimig', 'modularity', 'irs', 'dci', 'betavae', 'factorvae']);
    return {
      MIG: r.mig ?? 0,
      DCIMIG: r.dcimig ?? 0,
      Modularity: r.modularity ?? 0,
      IRS: r.irs ?? 0,
      'DCI-D': r.dci?.disentanglement ?? 0,
      BetaVAE: r.betavae ?? 0,
      FactorVAE: r.factorvae ?? 0,
    };
  },
  check(t, m) {
    if (t.disentangled || t.hidden.length === 0) return inconclusive(`the code is ${t.label}: no hidden dependence, no witness`);
    const fooled = Math.min(m.MIG, m.DCIMIG, m.Modularity);
    if (fooled >= GOOD_SCORE) return holds(fooled - GOOD_SCORE, `MIG ${m.MIG.toFixed(3)}, DCIMIG ${m.DCIMIG.toFixed(3)}, Modularity ${m.Modularity.toFixed(3)} all >= ${GOOD_SCORE} on a code that is a function of three factors`);
    return inconclusive(`the pairwise metrics were not all fooled (min ${fooled.toFixed(3)})`);
  },
  summarize: (_p, t, m) => ({ metric: 'DCIMIG', property: 'P2 (functional)', class: t.label, score: m.DCIMIG, threshold: GOOD_SCORE, ...m }),
  describe: describeSpec,
  plots: (records) => [
    scoreBars(records, ['MIG', 'DCIMIG', 'Modularity', 'DCI-D', 'BetaVAE', 'FactorVAE', 'IRS'], 'xor-scores', 'Every metric on the XOR code', 'Each pairwise or one-factor-at-a-time metric scores the XOR code like a disentangled one; only IRS is below 1.', GOOD_SCORE),
  ],
});
