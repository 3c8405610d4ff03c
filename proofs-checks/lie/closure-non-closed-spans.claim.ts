import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { EXACT } from '../../src/core/tolerance.js';
import { holds, inconclusive } from '../../src/core/verdict.js';
import { ratMatrix } from '../../src/theory/exact/matrix.js';
import { analyzeLieAlgebra, matrixToTeX, so3Basis, toStrings } from '../../src/theory/lie/index.js';
import { integerMatrix } from './arbitraries.js';

/**
 * Not every span of matrices is a Lie algebra: span{Lx, Ly} misses [Lx, Ly] = Lz, and a
 * generic 2-plane of gl(3) is not closed either. A witness is a span with a bracket outside
 * it (found exactly); the algebra the matrices generate is reported alongside.
 */
interface Params {
  generators: number[][][];
  names: string[];
}
interface Measured {
  closed: boolean;
  missing: { pair: string; value: string[][] }[];
  generatedDim: number;
  generatedName: string | null;
}

const [Lx, Ly] = so3Basis().map((M) => toStrings(M).map((r) => r.map(Number))) as [number[][], number[][]];

export const closureNonClosedSpans = defineClaim<Params, { spanDim: number }, Measured>({
  id: 'lie.closure.non-closed-spans',
  title: 'Some spans of matrices are not closed under the bracket (span{Lx, Ly}, generic planes of gl(3))',
  source: { paper: 'standard (e.g. Hall, Lie Groups, Lie Algebras, and Representations, §3.2)', locator: 'subalgebras; example so(3)', confidence: 'stated' },
  statement: '\\exists\\, X, Y:\\ [X, Y] \\notin \\operatorname{span}\\{X, Y\\};\\ \\text{e.g. } [L_x, L_y] = L_z \\notin \\operatorname{span}\\{L_x, L_y\\}',
  quantifier: 'exists',
  tolerance: EXACT,
  params: () => fc.record({ generators: fc.array(integerMatrix(3), { minLength: 2, maxLength: 2 }), names: fc.constant(['X1', 'X2']) }),
  cases: [
    { name: '{Lx, Ly}', params: { generators: [Lx, Ly], names: ['Lx', 'Ly'] } },
    { name: 'a 2-plane of gl(3)', params: { generators: [[[1, 2, 0], [0, -1, 3], [1, 0, 0]], [[0, 1, -1], [2, 0, 1], [0, 3, 1]]], names: ['X1', 'X2'] } },
  ],
  runs: { quick: 5, standard: 20, full: 50 },
  theory: ({ generators }) => ({
    value: { spanDim: generators.length },
    steps: [
      { label: 'closure test', latex: '[X_i, X_j] \\in \\operatorname{span}\\{X_k\\} \\iff \\operatorname{rank}[\\operatorname{vec}X_1, \\dots, \\operatorname{vec}X_m, \\operatorname{vec}[X_i,X_j]] = \\operatorname{rank}[\\operatorname{vec}X_1, \\dots, \\operatorname{vec}X_m]' },
      { label: 'the so(3) instance', latex: `[L_x, L_y] = ${matrixToTeX(so3Basis()[2]!)} = L_z` },
    ],
  }),
  experiment({ generators, names }) {
    const a = analyzeLieAlgebra(generators.map((g) => ratMatrix(g)), names);
    return {
      closed: a.closure.closed,
      missing: a.closure.missing.map((m) => ({ pair: `[${names[m.i]},${names[m.j]}]`, value: toStrings(m.value) })),
      generatedDim: a.algebra.dim,
      generatedName: a.identification?.name ?? null,
    };
  },
  check(_t, m) {
    if (m.closed) return inconclusive('this span is closed under the bracket: not a witness');
    const first = m.missing[0]!;
    return holds(m.missing.length, `${first.pair} = ${JSON.stringify(first.value)} lies outside the span; the generated algebra has dimension ${m.generatedDim}${m.generatedName ? ` (${m.generatedName})` : ''}`);
  },
  summarize: (p, _t, m) => ({ 'span dimension': p.generators.length, closed: m.closed, 'missing brackets': m.missing.map((x) => x.pair).join(' ') || '—', 'generated dimension': m.generatedDim, 'generated algebra': m.generatedName }),
  describe: (p) => `${p.names.join(', ')}: ${JSON.stringify(p.generators)}`,
  plots: (records) => [
    {
      id: 'generated',
      title: 'Span dimension vs dimension of the generated algebra',
      x: { label: 'dimension of the span' },
      y: { label: 'dimension of the generated Lie algebra' },
      series: [{ name: 'cases', style: 'points', points: records.map((r) => ({ x: Number(r.summary['span dimension']), y: Number(r.summary['generated dimension']), label: r.paramsText.slice(0, 40) })) }],
      caption: 'Points above y = x are spans that are not closed: the bracket adds new directions (Lx, Ly generate all of so(3)).',
    },
  ],
});
