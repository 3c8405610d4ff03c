import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { holds, violated } from '../../src/core/verdict.js';
import { evaluateExplicit } from '../../src/empirical/shattering/explicit.js';
import { explicitLowerBound } from '../../src/theory/vc/gcnn-bounds.js';
import { floorLog2, indicatorArch, stackedInputs, stackedTheta, STACK_FILLER, STACK_SPACING } from '../../src/theory/vc/indicator.js';

/**
 * Paper 2, Cor 3: W̃ interval-indicator networks on disjoint value ranges, summed, give a
 * GCNN with 4W̃ trainable parameters that shatters W̃⌊log2 r⌋ functions (E2.2 of
 * research/vc.md). Block t reads values 1000(t+1) + j + 1 (filler −5), which lie outside
 * every other block's intervals, so the blocks' biases are chosen independently per
 * sub-labeling. All labelings are checked when there are at most 2^10; otherwise a seeded
 * random sample plus the all-negative and all-positive labelings. Float32 on tfjs, and float64.
 */
interface Params {
  blocks: number;
  r: number;
  /** Random labelings checked when 2^(W̃m) is too many to enumerate. */
  sample: number;
}
interface Theory {
  m: number;
  functions: number;
  params: number;
  cor3: number;
}
interface Measured {
  labelings: number;
  exhaustive: boolean;
  realised: number;
  realised64: number;
  minMargin: number;
}

export const gcnnStackedIndicators = defineClaim<Params, Theory, Measured>({
  id: 'vc.gcnn.stacked-indicators',
  title: 'Stacked indicator networks: 4W parameters shatter W⌊log2 r⌋ functions',
  source: { paper: 'Sepliarskaia, Langer & Schmidt-Hieber, On the VC dimension of deep group convolutional neural networks (NeurIPS 2025)', locator: 'Cor 3; research/vc.md E2.2', confidence: 'reconstructed', url: 'https://arxiv.org/abs/2410.15800' },
  statement: '\\mathrm{VC}(\\mathcal{H}_{4W,L,r}) \\ge W \\lfloor \\log_2 r \\rfloor',
  hypotheses: [
    '\\text{block } t:\\ f_{t,i}(g_j) = 1000(t+1) + j + 1 \\text{ if } \\mathrm{bit}_{i-1}(j) = 1, \\text{ else } -5',
    '\\text{output} = \\sum_t \\sum_g I_{a_t,b_t,1/4}(f(g)) - \\tfrac12,\\ [a_t, b_t] \\subset [1000(t+1), 1000(t+1) + 2^m + 1]',
  ],
  notes: 'Each block has 4 trainable biases (input weights 1, output weights ±4 and the threshold fixed), so 4W̃ parameters in all.',
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 0, reason: 'values below 2^13 and interval ends in quarters are exact in float32, so every labeling’s output is exactly ±1/2' },
  params: (budget) =>
    fc.record({
      blocks: fc.integer({ min: 1, max: 4 }),
      r: fc.integer({ min: 2, max: bySize(budget, { quick: 32, standard: 64, full: 256 }) }),
      sample: fc.constant(bySize(budget, { quick: 64, standard: 300, full: 1000 })),
    }),
  cases: [
    { name: 'W̃ = 2, r = 8 (6 functions, all 64 labelings)', params: { blocks: 2, r: 8, sample: 0 } },
    { name: 'W̃ = 4, r = 32 (20 functions, 300 random labelings)', params: { blocks: 4, r: 32, sample: 300 } },
  ],
  runs: { quick: 5, standard: 20, full: 50 },
  theory({ blocks, r }) {
    const m = floorLog2(r);
    const cor3 = explicitLowerBound(4 * blocks, r);
    return {
      value: { m, functions: blocks * m, params: 4 * blocks, cor3 },
      steps: [
        { label: 'per block', latex: `\\lfloor \\log_2 ${r} \\rfloor = ${m} \\text{ functions, values in } [${STACK_SPACING}(t+1),\\, ${STACK_SPACING}(t+1) + ${2 ** m + 1}],\\ \\text{filler } ${STACK_FILLER}` },
        { label: 'Cor 3', latex: `W = 4\\cdot ${blocks} = ${4 * blocks}:\\quad \\lfloor W/4 \\rfloor \\lfloor \\log_2 r \\rfloor = ${cor3} \\text{ functions}` },
      ],
    };
  },
  experiment({ blocks, r, sample }, ctx) {
    const m = floorLog2(r);
    const n = blocks * m;
    const exhaustive = n <= 10;
    const masks: bigint[] = [];
    if (exhaustive) for (let k = 0; k < 2 ** n; k++) masks.push(BigInt(k));
    else {
      masks.push(0n, (1n << BigInt(n)) - 1n);
      for (let k = 0; k < sample; k++) {
        let mask = 0n;
        for (let i = 0; i < n; i++) if (ctx.rng.next() < 0.5) mask |= 1n << BigInt(i);
        masks.push(mask);
      }
    }
    const thetas = masks.map((mask) => stackedTheta(blocks, m, r, mask));
    const labels = masks.map((mask) => Array.from({ length: n }, (_, i) => ((mask >> BigInt(i)) & 1n ? 1 : -1)));
    const ev = evaluateExplicit(indicatorArch(r, blocks), stackedInputs(blocks, m, r), thetas, labels, 0.5);
    return { labelings: ev.labelings, exhaustive, realised: ev.realised, realised64: ev.realised64, minMargin: ev.minMargin };
  },
  check(t, x) {
    const margin = x.minMargin - 0.5;
    if (x.realised !== x.labelings || x.realised64 !== x.labelings) {
      return violated(margin, `only ${x.realised} (float32) / ${x.realised64} (float64) of ${x.labelings} labelings of ${t.functions} functions realised with margin 1/2`);
    }
    return holds(margin, `${x.exhaustive ? 'all' : 'every sampled one of'} ${x.labelings} labelings of ${t.functions} functions realised by ${t.params} biases, margin ${x.minMargin}`);
  },
  summarize: ({ blocks, r }, t, x) => ({
    'blocks W̃': blocks,
    r,
    'parameters 4W̃': t.params,
    functions: t.functions,
    'Cor 3 bound': t.cor3,
    'labelings checked': x.labelings,
    exhaustive: x.exhaustive,
    'realised (float32)': x.realised,
    'min margin (float32)': x.minMargin,
  }),
  describe: ({ blocks, r, sample }) => `W̃ = ${blocks}, r = ${r}${sample ? `, sample ${sample}` : ''}`,
  plots: (records) => [stackPlot(records)],
});

function stackPlot(records: CaseRecord[]) {
  const pts = records.map((c) => ({ x: Number(c.summary['parameters 4W̃']), y: Number(c.summary.functions), label: `r = ${c.summary.r}` }));
  return {
    id: 'functions-vs-params',
    title: 'Functions shattered vs parameters (explicit, checked)',
    x: { label: 'parameters W = 4W̃' },
    y: { label: 'functions shattered' },
    series: [{ name: 'stacked indicators', style: 'points' as const, points: pts }],
    caption: 'At fixed r the shattered set grows linearly in W: each block of 4 biases adds ⌊log2 r⌋ functions.',
  };
}
