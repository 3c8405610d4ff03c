import fc from 'fast-check';
import { bySize } from '../../src/core/budget.js';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { Rng } from '../../src/core/rng.js';
import { holds, violated } from '../../src/core/verdict.js';
import { mlpForwardFloat32 } from '../../src/empirical/equivariance/intertwiner-probe.js';
import { matVec } from '../../src/theory/exact/matrix.js';
import { Rational } from '../../src/theory/exact/rational.js';
import { activationExact, activationName, type Activation } from '../../src/theory/equivariance/activations.js';
import { intertwinerEntry, phi, sampleMember } from '../../src/theory/equivariance/intertwiner.js';
import { toFloat } from '../../src/theory/equivariance/monomial.js';
import { forwardExact, forwardFloat, maxAbsDiff, randomRatMlp, transformMlp, type RatMlp } from '../../src/theory/equivariance/weight-symmetry.js';
import { tableActivationArb } from './arbitraries.js';

/**
 * Weight-space symmetry (Godfrey et al. 2022): with g_i ∈ G_σ per hidden layer,
 * W_i ↦ g_i W_i φ(g_{i−1})^{-1}, b_i ↦ g_i b_i leaves the network function unchanged and maps
 * hidden activations to φ(g_i) h_i. Exact (zero difference) for ReLU, LeakyReLU and x^d over
 * rationals; float64 for tanh, sigmoid, GELU and the RBF; float32 on tfjs for all.
 */
interface Params {
  activation: Activation;
  widths: number[];
  seed: number;
}
interface Theory {
  exact: boolean;
  /** Largest output difference: exact (as a number) or float64 relative. */
  outDiff: number;
  hiddenDiff: number;
}
interface Measured {
  outRel: number;
  hiddenRel: number;
}

const FLOAT64_TOL = 1e-10;

function build({ activation, widths, seed }: Params) {
  const rng = new Rng(seed);
  const entry = intertwinerEntry(activation);
  const original = randomRatMlp(widths, rng);
  const gs = widths.slice(1, -1).map((w) => sampleMember(entry, w, rng));
  const transformed = transformMlp(original, gs, entry);
  const inputs = Array.from({ length: 4 }, () => Array.from({ length: widths[0]! }, () => Rational.of(Math.round(rng.normal(0, 2) * 8), 8)));
  return { entry, original, transformed, gs, inputs };
}

export const weightSymmetry = defineClaim<Params, Theory, Measured>({
  id: 'eqv.weight-symmetry.function-preserved',
  title: 'Intertwiner weight transformations leave the MLP function unchanged',
  source: { paper: 'Godfrey, Brown, Emerson, Kvinge, On the Symmetries of Deep Learning Models and their Internal Representations (NeurIPS 2022)', locator: 'weight-space symmetry lemma, research/equivariance.md §2.3', confidence: 'reconstructed', url: 'https://arxiv.org/abs/2205.14258' },
  statement:
    "W_1' = g_1W_1,\\ W_i' = g_iW_i\\varphi(g_{i-1})^{-1},\\ W_L' = W_L\\varphi(g_{L-1})^{-1},\\ b_i' = g_ib_i \\implies f' \\equiv f,\\ \\ h_i' = \\varphi(g_i)h_i",
  hypotheses: ['g_i \\in G_\\sigma \\text{ (table of eqv.intertwiner.table)},\\ \\text{scales in } [\\tfrac14, 4] \\cap \\mathbb{Q}', 'b_L\' = b_L'],
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 1e-4, reason: 'float32 composition of 2–3 layers (the notes’ 1e-4 relative), measured against the scale max(1, max|f|) of each output over the batch, since x^d networks sum large terms that cancel' },
  params: (budget) =>
    fc.record({
      activation: tableActivationArb,
      widths: fc
        .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.integer({ min: 2, max: bySize(budget, { quick: 6, standard: 10, full: 16 }) }), { minLength: 1, maxLength: bySize(budget, { quick: 2, standard: 3, full: 3 }) }), fc.integer({ min: 1, max: 3 }))
        .map(([i, h, o]) => [i, ...h, o]),
      seed: fc.nat(),
    }),
  cases: [
    { name: 'ReLU, 3-6-6-2 (exact)', params: { activation: { kind: 'relu' }, widths: [3, 6, 6, 2], seed: 1 } },
    { name: 'tanh, 3-6-6-2', params: { activation: { kind: 'tanh' }, widths: [3, 6, 6, 2], seed: 2 } },
    { name: 'RBF, 3-6-6-2 (φ = |g|)', params: { activation: { kind: 'rbf' }, widths: [3, 6, 6, 2], seed: 3 } },
    { name: 'sigmoid, 3-5-4-2', params: { activation: { kind: 'sigmoid' }, widths: [3, 5, 4, 2], seed: 4 } },
    { name: 'GELU, 3-5-4-2', params: { activation: { kind: 'gelu' }, widths: [3, 5, 4, 2], seed: 5 } },
    { name: 'x^3, 2-4-3-1 (exact, φ = g^∘3)', params: { activation: { kind: 'power', degree: 3 }, widths: [2, 4, 3, 1], seed: 6 } },
  ],
  runs: { quick: 12, standard: 50, full: 200 },
  theory(params) {
    const { entry, original, transformed, gs, inputs } = build(params);
    const exact = activationExact(params.activation) !== null;
    let outDiff = 0;
    let hiddenDiff = 0;
    for (const x of inputs) {
      if (exact) {
        const a = forwardExact(original, params.activation, x);
        const b = forwardExact(transformed, params.activation, x);
        outDiff = Math.max(outDiff, maxAbsDiff(a.out, b.out).toNumber());
        a.hidden.forEach((h, i) => (hiddenDiff = Math.max(hiddenDiff, maxAbsDiff(matVec(phi(entry, gs[i]!), h), b.hidden[i]!).toNumber())));
      } else {
        const xf = x.map((v) => v.toNumber());
        const a = forwardFloat(original, params.activation, xf);
        const b = forwardFloat(transformed, params.activation, xf);
        const rel = (u: number, v: number) => Math.abs(u - v) / Math.max(1, Math.abs(u));
        a.out.forEach((v, i) => (outDiff = Math.max(outDiff, rel(v, b.out[i]!))));
        a.hidden.forEach((h, l) => {
          const P = toFloat(phi(entry, gs[l]!));
          P.forEach((row, i) => (hiddenDiff = Math.max(hiddenDiff, rel(row.reduce((s, p, j) => s + p * h[j]!, 0), b.hidden[l]![i]!))));
        });
      }
    }
    return {
      value: { exact, outDiff, hiddenDiff },
      steps: [
        { label: 'layer-wise cancellation', latex: "g_i W_i\\varphi(g_{i-1})^{-1}\\,\\varphi(g_{i-1})h_{i-1} + g_ib_i = g_i z_i,\\quad \\sigma(g_iz_i) = \\varphi(g_i)\\sigma(z_i)" },
        { label: exact ? 'exact difference over 4 rational inputs' : 'float64 relative difference over 4 inputs', latex: `\\max\\lvert f'(x) - f(x)\\rvert = ${exact ? String(outDiff) : outDiff.toExponential(2)},\\quad \\max\\lvert h_i' - \\varphi(g_i)h_i\\rvert = ${exact ? String(hiddenDiff) : hiddenDiff.toExponential(2)}` },
      ],
    };
  },
  experiment(params, ctx) {
    const { transformed, original, gs, entry } = build(params);
    const phis = gs.map((g) => toFloat(phi(entry, g)));
    const X = Array.from({ length: params.widths[0]! }, () => Array.from(ctx.rng.normals(64, 1)));
    const f = (m: RatMlp) => mlpForwardFloat32(m.weights.map(toFloat), m.biases.map((b) => b.map((v) => v.toNumber())), params.activation, X);
    const a = f(original);
    const b = f(transformed);
    // Differences relative to the scale of each output / hidden unit over the batch (max(1, max|·|)).
    const scaled = (ref: number[][], got: number[][]) =>
      ref.reduce((worst, row, i) => {
        const scale = Math.max(1, ...row.map(Math.abs));
        return Math.max(worst, ...row.map((v, k) => Math.abs(v - got[i]![k]!) / scale));
      }, 0);
    const outRel = scaled(a.out, b.out);
    let hiddenRel = 0;
    a.hidden.forEach((H, l) => {
      const mapped = phis[l]!.map((prow) => H[0]!.map((_, k) => prow.reduce((s, p, j) => s + p * H[j]![k]!, 0)));
      hiddenRel = Math.max(hiddenRel, scaled(mapped, b.hidden[l]!));
    });
    return { outRel, hiddenRel };
  },
  check(t, m, tol) {
    if (t.exact && (t.outDiff !== 0 || t.hiddenDiff !== 0)) return violated(-Math.max(t.outDiff, t.hiddenDiff), `exact difference ${t.outDiff} (outputs), ${t.hiddenDiff} (hidden) ≠ 0`);
    if (!t.exact && Math.max(t.outDiff, t.hiddenDiff) > FLOAT64_TOL) return violated(FLOAT64_TOL - Math.max(t.outDiff, t.hiddenDiff), `float64 relative difference ${Math.max(t.outDiff, t.hiddenDiff).toExponential(2)} > ${FLOAT64_TOL}`);
    const worst = Math.max(m.outRel, m.hiddenRel);
    if (worst > tol.rel) return violated(tol.rel - worst, `float32 relative difference ${worst.toExponential(2)} > ${tol.rel}`);
    return holds(tol.rel - worst, `${t.exact ? 'exact difference 0' : `float64 difference ${t.outDiff.toExponential(1)}`}; float32 outputs ${m.outRel.toExponential(1)}, hidden ${m.hiddenRel.toExponential(1)}`);
  },
  summarize: ({ activation, widths }, t, m) => ({
    activation: activationName(activation),
    widths: widths.join('-'),
    exact: t.exact,
    'theory max diff': t.outDiff,
    'float32 output rel diff': m.outRel,
    'float32 hidden rel diff': m.hiddenRel,
  }),
  describe: ({ activation, widths, seed }) => `${activationName(activation)}, widths ${widths.join('-')}, weight seed ${seed}`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'float32-differences',
      title: 'float32 output difference after the weight transformation',
      x: { label: 'case' },
      y: { label: 'max relative difference (floored at 1e-9)', log: true },
      series: [
        { name: 'outputs', style: 'points', points: records.map((r, i) => ({ x: i, y: Math.max(1e-9, Number(r.summary['float32 output rel diff'])), label: String(r.summary.activation) })) },
        { name: 'tolerance 1e-4', style: 'dashed', points: [{ x: 0, y: 1e-4 }, { x: Math.max(1, records.length - 1), y: 1e-4 }] },
      ],
      caption: 'The transformed network computes the same function: the float32 differences are rounding, decades under the tolerance.',
    },
  ],
});
