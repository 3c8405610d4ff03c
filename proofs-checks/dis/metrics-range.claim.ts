import { defineClaim } from '../../src/core/claim.js';
import type { BudgetName } from '../../src/core/budget.js';
import { holds, violated } from '../../src/core/verdict.js';
import { allMetricsOnGroundTruth, LIBRARY_SIZES, type MetricSizes } from '../../src/empirical/disentanglement/all-metrics.js';
import { anyRepresentationArb } from '../../src/theory/disentanglement/arbitraries.js';
import { thresholdXorSpec } from '../../src/theory/disentanglement/catalogue.js';
import type { CodeSpec, RepresentationSpec } from '../../src/theory/disentanglement/representation.js';
import { classify, describeSpec, groundTruthOf, representationOf } from './shared.js';

/**
 * Every metric is finite and in its range on any codes, constant codes included
 * (research/disentanglement.md §6.2). The ranges follow from the definitions: 0 <= gap <= top MI
 * <= H (MIG, DCIMIG), δ_j <= 1 (Modularity), accuracies and AUCs, squared correlations, and
 * 1 − entropy (DCI). IRS is the exception: the library's IRS is 1 − mean_v q_v / M with
 * q_v <= max Z − min Z <= 2M, so it lies in [−1, 1] and is negative when the within-group
 * spread exceeds the spread about the global mean (the threshold-XOR case, IRS ≈ −0.13).
 */
interface Params {
  spec: RepresentationSpec;
}
type Scores = Record<string, number>;
const RANGES: Readonly<Record<string, [number, number]>> = Object.freeze({
  MIG: [0, 1],
  DCIMIG: [0, 1],
  SAP: [0, 1],
  'SAP-continuous': [0, 1],
  Modularity: [0, 1],
  Explicitness: [0, 1],
  IRS: [-1, 1],
  BetaVAE: [0, 1],
  FactorVAE: [0, 1],
  'DCI-D': [0, 1],
  'DCI-C': [0, 1],
  'DCI-I': [0, 1],
});

/** Small sizes: the claim is about ranges, not accuracy. */
function rangeSizes(budget: BudgetName): MetricSizes {
  return budget === 'quick'
    ? { numTrain: 1000, numTest: 500, batchSize: 16, interventionTrain: 200, interventionEval: 100, interventionBatch: 16, numVarianceEstimate: 1000, dciTrain: 300, dciTest: 150 }
    : budget === 'standard'
      ? { ...LIBRARY_SIZES, interventionTrain: 2000, interventionEval: 1000, dciTrain: 2000, dciTest: 1000 }
      : { ...LIBRARY_SIZES };
}

const constant = (value: number): CodeSpec => ({ kind: 'constant', value });

export const metricsRange = defineClaim<Params, { label: string }, Scores>({
  id: 'dis.metrics.range',
  title: 'Every metric is finite and in range on any codes, constant codes included',
  source: { paper: 'disentanglement_lib metric definitions (Locatello et al. 2019); ranges derived in research/disentanglement.md 6.2', locator: '6.2', confidence: 'derived' },
  statement: 'M(\\varphi) \\in [0, 1] \\text{ for } M \\in \\{\\mathrm{MIG}, \\mathrm{DCIMIG}, \\mathrm{SAP}, \\mathrm{Mod}, \\mathrm{Expl}, \\beta\\text{VAE}, \\mathrm{FactorVAE}, D, C, I\\};\\quad \\mathrm{IRS}(\\varphi) \\in [-1, 1]',
  hypotheses: ['\\text{any deterministic or noisy codes, constant codes included; no NaN or infinity}', '\\mathrm{IRS} = 1 - \\frac{\\operatorname{mean}_v q_v}{M},\\ q_v \\le \\max Z - \\min Z \\le 2M'],
  notes: 'CLAIMS.md states [0, 1] for every metric; the library’s IRS can be negative (named case), so its range is stated as [-1, 1]. Sizes in quick: 1000 / 500 points, 200 / 100 intervention points with batch 16, DCI 300 / 150.',
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 0, reason: 'range membership is exact: a value outside by any amount is a violation' },
  params: () => anyRepresentationArb({ maxK: 3, maxN: 6 }).map((spec) => ({ spec })),
  cases: [
    { name: 'constant codes only, sizes [3, 4]', params: { spec: { factorSizes: [3, 4], codes: [constant(0), constant(2)] } } },
    { name: 'identity plus a constant code, sizes [3, 4]', params: { spec: { factorSizes: [3, 4], codes: [{ kind: 'factor', factor: 0, map: { kind: 'affine', a: 1, b: 0 } }, constant(1), { kind: 'factor', factor: 1, map: { kind: 'affine', a: 1, b: 0 } }] } } },
    { name: 'threshold XOR [f0 < 2] xor [f1 < 2], sizes [5, 5] (IRS < 0)', params: { spec: thresholdXorSpec() } },
  ],
  runs: { quick: 6, standard: 30, full: 100 },
  theory: ({ spec }) => ({
    value: { label: classify(spec).label },
    steps: [
      { label: 'gaps of MIs never exceed the entropy', latex: '0 \\le m_{(1)} - m_{(2)} \\le m_{(1)} \\le \\hat H(F_i)' },
      { label: 'modularity deviation', latex: '0 \\le \\delta_j = \\frac{\\sum_i m_{ji}^2 - \\theta_j}{\\theta_j (K - 1)} \\le 1' },
      { label: 'IRS', latex: '0 \\le q_v \\le 2 M_j \\Rightarrow -1 \\le \\mathrm{IRS} \\le 1' },
    ],
  }),
  experiment({ spec }, ctx) {
    const r = allMetricsOnGroundTruth(groundTruthOf(spec), representationOf(spec), ctx.seed, rangeSizes(ctx.budget));
    return {
      MIG: r.mig ?? NaN,
      DCIMIG: r.dcimig ?? NaN,
      SAP: r.sap ?? NaN,
      'SAP-continuous': r.sap_continuous ?? NaN,
      Modularity: r.modularity ?? NaN,
      Explicitness: r.explicitness ?? NaN,
      IRS: r.irs ?? NaN,
      BetaVAE: r.betavae ?? NaN,
      FactorVAE: r.factorvae ?? NaN,
      'DCI-D': r.dci?.disentanglement ?? NaN,
      'DCI-C': r.dci?.completeness ?? NaN,
      'DCI-I': r.dci?.informativeness ?? NaN,
    };
  },
  check(_t, m) {
    let margin = Infinity;
    for (const [name, [lo, hi]] of Object.entries(RANGES)) {
      const v = m[name];
      if (v === undefined || !Number.isFinite(v)) return violated(null, `${name} is ${v} (not a finite number)`);
      const inside = Math.min(v - lo, hi - v);
      if (inside < 0) return violated(inside, `${name} = ${v} outside [${lo}, ${hi}]`);
      margin = Math.min(margin, inside);
    }
    return holds(margin, `all ${Object.keys(RANGES).length} scores finite and in range (IRS ${m.IRS?.toFixed(3)})`);
  },
  summarize: (_p, t, m) => ({ class: t.label, ...Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Number.isFinite(v) ? v : null])) }),
  describe: describeSpec,
  plots: (records) => [
    {
      id: 'ranges',
      title: 'Every score of every evaluated case, per metric',
      x: { label: 'metric (1 MIG, 2 DCIMIG, 3 SAP, 4 SAP-c, 5 Mod, 6 Expl, 7 IRS, 8 BetaVAE, 9 FactorVAE, 10-12 DCI D/C/I)' },
      y: { label: 'score' },
      series: [
        {
          name: 'scores',
          style: 'points',
          points: records.flatMap((r) => Object.keys(RANGES).flatMap((k, i) => (typeof r.summary[k] === 'number' ? [{ x: i + 1, y: r.summary[k] as number, label: r.name ?? r.paramsText }] : []))),
        },
        { name: 'lower end 0', style: 'dashed', points: [{ x: 0.5, y: 0 }, { x: 12.5, y: 0 }] },
      ],
      caption: 'All scores stay in [0, 1] except IRS, which dips below 0 on the threshold-XOR code.',
    },
  ],
});
