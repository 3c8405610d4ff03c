import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { factorSizesArb } from '../../src/theory/disentanglement/arbitraries.js';
import { duplicatedSpec } from '../../src/theory/disentanglement/catalogue.js';
import { dcimigOf, migOf, populationInfo } from '../../src/theory/disentanglement/population.js';
import { DEFINITIONS_TEX, GOOD_SCORE } from '../../src/theory/disentanglement/properties.js';
import type { CodeSpec, RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { matrixTex, num } from '../../src/theory/disentanglement/tex.js';
import { classify, describeSpec, measureMigAndDcimig, scoreBars } from './shared.js';

/**
 * MIG violates P1 (research/disentanglement.md §5.6): duplicating a disentangled code, [f, f],
 * keeps it disentangled (Def D allows redundant single-factor codes) but makes the two largest
 * MIs of every duplicated factor equal, so its gap, and MIG, is 0. DCIMIG, which takes the gap
 * per code, stays at 1.
 */
interface Params {
  spec: RepresentationSpec;
}
interface Theory {
  label: string;
  disentangled: boolean;
  mig: number;
  dcimig: number;
}
interface Measured {
  mig: number;
  dcimig: number;
}

const id = (i: number): CodeSpec => ({ kind: 'factor', factor: i, map: { kind: 'affine', a: 1, b: 0 } });

export const migViolatesP1 = defineClaim<Params, Theory, Measured>({
  id: 'dis.mig.violates-p1',
  title: 'MIG violates P1: a duplicated disentangled code scores far below 1',
  source: {
    paper: 'Sepliarskaia, Kiseleva & de Rijke, How to Not Measure Disentanglement (arXiv 1910.05587); MIG of Chen et al. (2018) as in disentanglement_lib',
    locator: 'P1; research/disentanglement.md 5.2 (C1) and 5.6',
    confidence: 'reconstructed',
  },
  statement: '\\exists \\varphi \\in \\mathcal{D}:\\ \\mathrm{MIG}(\\varphi) < 0.9; \\quad \\varphi = (f, f) \\Rightarrow \\mathrm{MIG}(\\varphi) = 0',
  hypotheses: [DEFINITIONS_TEX.disentangled, 'F_i \\text{ independent, uniform};\\ N = 10^4,\\ \\text{20-bin histogram codes, MI in nats}'],
  notes: 'Threshold 0.9: disentanglement_lib’s own tests require a good (identity) code to score at least 0.9. The summary carries DCIMIG on the same code for contrast.',
  quantifier: 'exists',
  tolerance: { abs: 0, rel: 0, reason: 'bit-identical duplicates have bit-identical MI estimates, so the gap is exactly 0: no rounding is involved' },
  params: () =>
    factorSizesArb({ maxK: 4, maxN: 12 }).chain((sizes) =>
      fc.subarray(sizes.map((_, i) => i), { minLength: 1 }).map((dups) => ({ spec: { factorSizes: sizes, codes: [...sizes.map((_, i) => id(i)), ...dups.map(id)] } })),
    ),
  cases: [
    { name: 'C1: (f, f) on sizes [3, 6, 10, 8]', params: { spec: duplicatedSpec([3, 6, 10, 8]) } },
    { name: 'one factor of [10, 10] duplicated', params: { spec: { factorSizes: [10, 10], codes: [id(0), id(1), id(0)] } } },
  ],
  theory({ spec }) {
    const c = classify(spec);
    const info = populationInfo(spec, 20);
    const mig = migOf(info);
    const dcimig = dcimigOf(info);
    return {
      value: { label: c.label, disentangled: c.disentangled, mig, dcimig },
      steps: [
        { label: 'population MI of binned codes (rows) with factors (columns)', latex: `m = ${matrixTex(info.mi)}` },
        { label: 'a duplicated factor has two equal largest MIs', latex: 'm_{(1),i} = m_{(2),i} = H(F_i) \\Rightarrow \\frac{m_{(1),i} - m_{(2),i}}{H(F_i)} = 0' },
        { label: 'population scores', latex: `\\mathrm{MIG} = ${num(mig)},\\quad \\mathrm{DCIMIG} = ${num(dcimig)}` },
      ],
    };
  },
  experiment: ({ spec }, ctx) => measureMigAndDcimig(spec, ctx.rng),
  check(t, m) {
    if (!t.disentangled) return inconclusive(`the code is ${t.label}, not disentangled: no witness`);
    if (m.mig < GOOD_SCORE) return holds(GOOD_SCORE - m.mig, `a disentangled code (${t.label}) scores MIG = ${m.mig.toFixed(4)} < ${GOOD_SCORE} (DCIMIG ${m.dcimig.toFixed(4)})`);
    return inconclusive(`MIG = ${m.mig.toFixed(4)} >= ${GOOD_SCORE}: not a witness`);
  },
  summarize: (_p, t, m) => ({ metric: 'MIG', property: 'P1', class: t.label, score: m.mig, threshold: GOOD_SCORE, 'population MIG': t.mig, DCIMIG: m.dcimig }),
  describe: describeSpec,
  plots: (records) => [
    scoreBars(records, ['score', 'DCIMIG'], 'mig-vs-dcimig', 'MIG and DCIMIG on duplicated disentangled codes', 'MIG (score) collapses on duplicated codes while DCIMIG, computed per code, stays at 1.', GOOD_SCORE),
  ],
});
