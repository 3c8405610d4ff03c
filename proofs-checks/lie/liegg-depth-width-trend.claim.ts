import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, violated } from '../../src/core/verdict.js';
import { o5LieggExperiment } from '../../src/empirical/symmetry/liegg-o5.js';
import { fmt } from './arbitraries.js';

/**
 * LieGG's capacity claim (abstract: "the quality of the learned symmetries depends on depth
 * and on the number of parameters"), on the O(5) task: at equal data and training, the larger
 * network has the larger LieGG gap σ²₁₅/σ²₁₆. Only the sign is asserted: the mean over seeds
 * of log10 gap(large) − log10 gap(small) must be positive. Marked may-fail: the statement
 * is a trend from the paper's figures, and the pilot saw exceptions (depth 3 → 4 at width 16).
 */
interface Config {
  depth: number;
  width: number;
}
interface Params {
  small: Config;
  large: Config;
  seeds: number;
  trainCount: number;
  epochs: number;
}
interface Measured {
  small: number[];
  large: number[];
  smallMse: number[];
  largeMse: number[];
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const log10Gaps = (xs: number[]) => xs.map((g) => Math.log10(g));

export const lieggDepthWidthTrend = defineClaim<Params, { expected: string }, Measured>({
  id: 'lie.liegg.depth-width-trend',
  title: 'LieGG: symmetry quality grows with width and depth (sign of the trend over seeds)',
  source: { paper: 'Moskalev, Sepliarskaia, Sosnovik, Smeulders, LieGG (NeurIPS 2022)', locator: 'abstract and the width/depth figures (not retrieved); pilot in research/invariance.md §2.6, P8', confidence: 'reconstructed', url: 'https://arxiv.org/abs/2210.04345' },
  statement: '\\text{larger} \\succ \\text{smaller (depth or width)} \\implies \\mathbb{E}_{\\text{seed}}\\bigl[\\log_{10} \\tfrac{\\sigma^2_{15}}{\\sigma^2_{16}}(\\text{larger}) - \\log_{10} \\tfrac{\\sigma^2_{15}}{\\sigma^2_{16}}(\\text{smaller})\\bigr] > 0',
  hypotheses: ['\\text{O(5) task, same data, epochs and optimiser for both sizes; one seed feeds both}'],
  notes: 'Reports the gaps per seed. The gap of an under-fitting small network is a legitimate data point (the claim is about capacity), so no fit gate is applied.',
  quantifier: 'forall',
  expectation: 'may-fail',
  tolerance: { abs: 0, rel: 0, reason: 'sign test only: any positive mean difference of log gaps counts (the notes: “assert only the sign over seeds”)' },
  params: () =>
    fc.oneof(
      fc.record({ d: fc.integer({ min: 2, max: 3 }), w: fc.constantFrom(16, 32) }).map(({ d, w }) => ({ small: { depth: d, width: w }, large: { depth: d, width: 4 * w }, seeds: 2, trainCount: 1000, epochs: 40 })),
      fc.constantFrom(16, 32, 64).map((w) => ({ small: { depth: 1, width: w }, large: { depth: 2, width: w }, seeds: 2, trainCount: 1000, epochs: 40 })),
    ),
  cases: [
    { name: 'width 16 → 64 at depth 2', params: { small: { depth: 2, width: 16 }, large: { depth: 2, width: 64 }, seeds: 2, trainCount: 1000, epochs: 40 } },
    { name: 'depth 1 → 2 at width 32', params: { small: { depth: 1, width: 32 }, large: { depth: 2, width: 32 }, seeds: 2, trainCount: 1000, epochs: 40 } },
  ],
  runs: { quick: 0, standard: 2, full: 6 },
  theory: ({ small, large }) => ({
    value: { expected: `${large.depth} x ${large.width} > ${small.depth} x ${small.width}` },
    steps: [{ label: 'the trend', latex: `\\text{gap}(${large.depth} \\times ${large.width}) > \\text{gap}(${small.depth} \\times ${small.width}) \\text{ on average over seeds}` }],
  }),
  experiment(p, ctx) {
    const out: Measured = { small: [], large: [], smallMse: [], largeMse: [] };
    for (let s = 0; s < p.seeds; s++) {
      const rng = ctx.rng.fork('seed', s);
      for (const size of ['small', 'large'] as const) {
        // one seed for both sizes: same data, same batches; only the network differs
        const r = o5LieggExperiment(rng.fork('run'), { ...p[size], trainCount: p.trainCount, epochs: p.epochs, evalCount: 1000 });
        out[size].push(r.trained.gap);
        out[size === 'small' ? 'smallMse' : 'largeMse'].push(r.testMse);
      }
    }
    return out;
  },
  check(t, m) {
    const diff = mean(log10Gaps(m.large)) - mean(log10Gaps(m.small));
    const text = `gaps ${m.small.map((g) => fmt(g)).join(', ')} → ${m.large.map((g) => fmt(g)).join(', ')}; mean Δlog10 gap = ${fmt(diff)}`;
    return diff > 0 ? holds(diff, `${t.expected}: ${text}`) : violated(diff, `the larger network does not have the larger gap: ${text}`);
  },
  summarize: (p, _t, m) => ({
    small: `${p.small.depth} x ${p.small.width}`,
    large: `${p.large.depth} x ${p.large.width}`,
    'mean gap (small)': 10 ** mean(log10Gaps(m.small)),
    'mean gap (large)': 10 ** mean(log10Gaps(m.large)),
    'Δ log10 gap': mean(log10Gaps(m.large)) - mean(log10Gaps(m.small)),
    'seeds ordered': m.large.filter((g, i) => g > m.small[i]!).length,
    seeds: p.seeds,
    'test MSE (small)': mean(m.smallMse),
    'test MSE (large)': mean(m.largeMse),
  }),
  describe: (p) => `${p.small.depth} x ${p.small.width} → ${p.large.depth} x ${p.large.width}, ${p.seeds} seeds, N = ${p.trainCount}, ${p.epochs} epochs`,
  plots: (records) => [
    {
      id: 'trend',
      title: 'LieGG gap of the smaller vs the larger network',
      x: { label: 'gap σ²₁₅/σ²₁₆, smaller network (geometric mean over seeds)', log: true },
      y: { label: 'gap, larger network', log: true },
      series: [
        { name: 'pairs', style: 'points', points: records.map((r) => ({ x: Number(r.summary['mean gap (small)']), y: Number(r.summary['mean gap (large)']), label: `${r.summary.small} → ${r.summary.large}` })) },
        { name: 'no change', style: 'dashed', points: [{ x: 1, y: 1 }, { x: 300, y: 300 }] },
      ],
      caption: 'Points above the diagonal follow the trend: more capacity, a sharper learned symmetry.',
    },
  ],
});
