import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { jointSpec } from '../../src/theory/disentanglement/catalogue.js';
import { dcimigOf, isMaxEntangledInfo, migOf, populationInfo } from '../../src/theory/disentanglement/population.js';
import { DEFINITIONS_TEX, GOOD_SCORE } from '../../src/theory/disentanglement/properties.js';
import type { RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { matrixTex, num } from '../../src/theory/disentanglement/tex.js';
import { classify, describeSpec, measureMigAndDcimig, scoreBars } from './shared.js';

/**
 * MIG violates P2 (research/disentanglement.md §5.5, J1): packing two equal-size factors into
 * one number, f_a·n + f_b, gives a code that is maximally entangled (its MIs with f_a and f_b
 * are equal, each H(F)), yet each factor's best code has MI H(F) and its runner-up 0, so MIG
 * is 1. DCIMIG, whose per-code gap is 0 here, gives 0.
 */
interface Params {
  spec: RepresentationSpec;
}
interface Theory {
  label: string;
  entangled: boolean;
  maxEntangled: boolean;
  mig: number;
  dcimig: number;
}
interface Measured {
  mig: number;
  dcimig: number;
}

export const migViolatesP2 = defineClaim<Params, Theory, Measured>({
  id: 'dis.mig.violates-p2',
  title: 'MIG violates P2: factors packed in one number score near 1',
  source: {
    paper: 'Sepliarskaia, Kiseleva & de Rijke, How to Not Measure Disentanglement (arXiv 1910.05587); MIG of Chen et al. (2018) as in disentanglement_lib',
    locator: 'P2; research/disentanglement.md 5.5 (J1) and 5.6',
    confidence: 'reconstructed',
  },
  statement: '\\exists \\varphi \\in \\mathcal{E}_{\\max}:\\ \\mathrm{MIG}(\\varphi) \\ge 0.9; \\quad Z = (4 f_0 + f_1,\\ 4 f_2 + f_3) \\Rightarrow \\mathrm{MIG} \\approx 1,\\ \\mathrm{DCIMIG} = 0',
  hypotheses: [DEFINITIONS_TEX.maxEntangled, 'n_a n_b \\le 20 \\text{ so that the 20-bin histogram keeps every packed value apart}'],
  notes: 'Threshold 0.9: the score disentanglement_lib’s own tests demand of a good code; an entangled code reaching it violates P2.',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'the witness is judged against the fixed threshold 0.9; the finite-sample bias of the runner-up MI (~1e-3) is far below the 0.1 margin' },
  params: () =>
    fc.tuple(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 1, max: 2 })).map(([n, pairs]) => ({ spec: jointSpec(Array(2 * pairs).fill(n)) })),
  cases: [
    { name: 'J1: (4 f0 + f1, 4 f2 + f3), sizes [4, 4, 4, 4]', params: { spec: jointSpec([4, 4, 4, 4]) } },
    { name: 'one packed pair, sizes [3, 3]', params: { spec: jointSpec([3, 3]) } },
  ],
  theory({ spec }) {
    const c = classify(spec);
    const info = populationInfo(spec, 20);
    const mig = migOf(info);
    const dcimig = dcimigOf(info);
    return {
      value: { label: c.label, entangled: c.entangledBinned, maxEntangled: isMaxEntangledInfo(info), mig, dcimig },
      steps: [
        { label: 'population MI of binned codes with factors', latex: `m = ${matrixTex(info.mi)}` },
        { label: 'every code carries two factors equally (E-max)', latex: 'm_{j,(1)} = m_{j,(2)} = \\ln n \\Rightarrow \\mathrm{gap}_j = 0 \\Rightarrow \\mathrm{DCIMIG} = 0' },
        { label: 'but per factor the best code has MI H and the runner-up 0', latex: `\\mathrm{MIG} = ${num(mig)},\\quad \\mathrm{DCIMIG} = ${num(dcimig)}` },
      ],
    };
  },
  experiment: ({ spec }, ctx) => measureMigAndDcimig(spec, ctx.rng),
  check(t, m) {
    if (!t.entangled) return inconclusive(`the code is ${t.label}, not entangled: no witness`);
    if (m.mig >= GOOD_SCORE) return holds(m.mig - GOOD_SCORE, `an entangled code${t.maxEntangled ? ' (E-max)' : ''} scores MIG = ${m.mig.toFixed(4)} >= ${GOOD_SCORE} (DCIMIG ${m.dcimig.toFixed(4)})`);
    return inconclusive(`MIG = ${m.mig.toFixed(4)} < ${GOOD_SCORE}: not a witness`);
  },
  summarize: (_p, t, m) => ({ metric: 'MIG', property: 'P2', class: t.maxEntangled ? 'entangled (E-max)' : t.label, score: m.mig, threshold: GOOD_SCORE, 'population MIG': t.mig, DCIMIG: m.dcimig }),
  describe: describeSpec,
  plots: (records) => [
    scoreBars(records, ['score', 'DCIMIG'], 'mig-vs-dcimig', 'MIG and DCIMIG on packed (maximally entangled) codes', 'MIG (score) is near 1 on codes that each pack two factors; DCIMIG gives them 0.', GOOD_SCORE),
  ],
});
