import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { Rng } from '../../src/core/rng.js';
import { holds, violated } from '../../src/core/verdict.js';
import { commutationGap, residualFloat32 } from '../../src/empirical/equivariance/intertwiner-probe.js';
import { matVec, ratVector } from '../../src/theory/exact/matrix.js';
import { Rational } from '../../src/theory/exact/rational.js';
import { activationExact, activationFloat, activationName, type Activation } from '../../src/theory/equivariance/activations.js';
import { intertwinerEntry, intertwinerResidual, isMember, nonMembers } from '../../src/theory/equivariance/intertwiner.js';
import { monomial, toFloat } from '../../src/theory/equivariance/monomial.js';
import { permutationArb, positiveScaleArb, smallRationalArb } from './arbitraries.js';

/**
 * Godfrey et al. (2022): positive monomial matrices PD intertwine ReLU (and LeakyReLU) with
 * φ(PD) = PD. Exact over rationals (zero difference), bit-exact in float32 (one non-zero per
 * row: d·x rounds the same on both sides), and outside the group the least-squares best B
 * leaves a relative residual ≥ 0.05 (a sign flip, a 36° rotation).
 */
interface Params {
  activation: Activation;
  perm: number[];
  scales: string[];
  xs: string[][];
}
interface Theory {
  exactMaxDiff: Rational;
  member: boolean;
  residuals: { name: string; value: number }[];
}
interface Measured {
  maxAbs: number;
  maxRel: number;
  residuals: { name: string; value: number }[];
}

const FLOOR = 0.05;

export const intertwinerRelu = defineClaim<Params, Theory, Measured>({
  id: 'eqv.intertwiner.relu',
  title: 'Positive monomial matrices intertwine ReLU exactly; sign flips and rotations do not',
  source: { paper: 'Godfrey, Brown, Emerson, Kvinge, On the Symmetries of Deep Learning Models and their Internal Representations (NeurIPS 2022)', locator: 'Table 1 (ReLU row), re-derived in research/equivariance.md §2.2', confidence: 'reconstructed', url: 'https://arxiv.org/abs/2205.14258' },
  statement:
    '\\mathrm{relu}(PDx) = PD\\,\\mathrm{relu}(x)\\ \\ \\forall x,\\ D = \\mathrm{diag}(d),\\ d > 0; \\qquad A \\notin G_{\\mathrm{ReLU}} \\implies \\min_B \\frac{\\lVert \\mathrm{relu}(AX)_r - B_r\\,\\mathrm{relu}(X)\\rVert}{\\lVert \\mathrm{relu}(AX)_r\\rVert} \\ge 0.05',
  hypotheses: ['P \\text{ a permutation},\\ d_i \\in [\\tfrac14, 4] \\cap \\mathbb{Q}', 'X \\in \\mathbb{R}^{n\\times m} \\text{ Gaussian samples},\\ m = 256;\\ \\text{LeakyReLU slopes in } (0,1)'],
  notes: 'The residual is the worst output row (a sign flip disturbs only one row). The non-members are diag(−1, 1, …) and a rotation by 36° in the first coordinate plane.',
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 1e-6, reason: 'float32 element-wise identity: one non-zero per row, so for ReLU both sides round d·x once (bit-exact); LeakyReLU multiplies by the slope in a different order (a few ulps), within the notes’ 1e-6 relative' },
  params: (budget) =>
    fc.integer({ min: 2, max: bySize(budget, { quick: 5, standard: 6, full: 8 }) }).chain((n) =>
      fc.record({
        activation: fc.constantFrom<Activation>({ kind: 'relu' }, { kind: 'leaky-relu', slope: 0.1 }),
        perm: permutationArb(n),
        scales: fc.array(positiveScaleArb, { minLength: n, maxLength: n }),
        xs: fc.array(fc.array(smallRationalArb, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }),
      }),
    ),
  cases: [
    { name: 'ReLU, n = 4', params: { activation: { kind: 'relu' }, perm: [2, 0, 3, 1], scales: ['1/4', '3', '7/5', '4'], xs: [['1', '-2', '1/3', '-5/2'], ['-1', '-1', '2', '0']] } },
    { name: 'LeakyReLU(1/10), n = 3', params: { activation: { kind: 'leaky-relu', slope: 0.1 }, perm: [1, 2, 0], scales: ['2/3', '5/4', '1/2'], xs: [['-3', '1/2', '-1/7']] } },
  ],
  runs: { quick: 12, standard: 50, full: 200 },
  theory({ activation, perm, scales, xs }) {
    const A = monomial(perm, scales);
    const sigma = activationExact(activation)!;
    let exactMaxDiff = Rational.ZERO;
    for (const xText of xs) {
      const x = ratVector(xText);
      const lhs = matVec(A, x).map(sigma);
      const rhs = matVec(A, x.map(sigma));
      lhs.forEach((v, i) => {
        const d = v.sub(rhs[i]!).abs();
        if (d.cmp(exactMaxDiff) > 0) exactMaxDiff = d;
      });
    }
    const entry = intertwinerEntry(activation);
    const n = perm.length;
    const rng = new Rng(0x1e9 + n);
    const X = Array.from({ length: n }, () => Array.from({ length: 256 }, () => rng.normal()));
    const residuals = nonMembers(entry, n)
      .filter((m) => m.name !== '2I')
      .map((m) => ({ name: m.name, value: intertwinerResidual(activationFloat(activation), m.matrix, X) }));
    return {
      value: { exactMaxDiff, member: isMember(entry, A), residuals },
      steps: [
        { label: 'the matrix PD (exact)', latex: `PD = ${A.map((r) => r.map((v) => v.toTeX()).join('\\,')).join(';\\ ')}` },
        { label: 'positive homogeneity', latex: '\\sigma(d\\,t) = d\\,\\sigma(t)\\ (d > 0) \\implies \\sigma\\bigl((PDx)_i\\bigr) = d_i\\,\\sigma(x_{\\pi(i)}) = \\bigl(PD\\,\\sigma(x)\\bigr)_i' },
        { label: 'exact difference over the given x', latex: `\\max_i \\lvert \\sigma(PDx)_i - (PD\\sigma(x))_i \\rvert = ${exactMaxDiff.toTeX()}` },
        ...residuals.map((r) => ({ label: `least-squares residual (float64): ${r.name}`, latex: `\\rho = ${r.value.toFixed(4)} \\ge ${FLOOR}` })),
      ],
    };
  },
  experiment({ activation, perm, scales }, ctx) {
    const n = perm.length;
    const A = toFloat(monomial(perm, scales));
    const X = Array.from({ length: n }, () => Array.from(ctx.rng.normals(256, 2)));
    const gap = commutationGap(activation, A, A, X);
    const residuals = nonMembers(intertwinerEntry(activation), n)
      .filter((m) => m.name !== '2I')
      .map((m) => ({ name: m.name, value: residualFloat32(activation, m.matrix, X) }));
    return { ...gap, residuals };
  },
  check(t, m, tol) {
    if (!t.member) return violated(-1, 'the exact membership test rejects PD');
    if (!t.exactMaxDiff.isZero()) return violated(-t.exactMaxDiff.toNumber(), `exact difference ${t.exactMaxDiff.toString()} ≠ 0`);
    if (m.maxRel > tol.rel) return violated(tol.rel - m.maxRel, `float32 relative gap ${m.maxRel.toExponential(2)} > ${tol.rel}`);
    const all = [...t.residuals, ...m.residuals];
    const worst = all.reduce((a, b) => (b.value < a.value ? b : a));
    const margin = worst.value - FLOOR;
    if (margin < 0) return violated(margin, `non-member ${worst.name} leaves residual ${worst.value.toFixed(4)} < ${FLOOR}`);
    return holds(margin, `exact difference 0, float32 gap ${m.maxAbs === 0 ? '0 (bit-exact)' : m.maxAbs.toExponential(2)}; smallest non-member residual ${worst.value.toFixed(3)} (${worst.name})`);
  },
  summarize: ({ activation, perm }, t, m) => ({
    activation: activationName(activation),
    n: perm.length,
    'exact max diff': t.exactMaxDiff.toNumber(),
    'float32 max gap': m.maxAbs,
    'bit-exact': m.maxAbs === 0,
    'sign-flip residual': m.residuals.find((r) => r.name.startsWith('sign'))?.value ?? null,
    'rotation residual': m.residuals.find((r) => r.name.startsWith('rotation'))?.value ?? null,
  }),
  describe: ({ activation, perm, scales }) => `${activationName(activation)}, n = ${perm.length}, π = [${perm.join(',')}], d = [${scales.map((v) => Rational.of(v).toString()).join(', ')}]`,
  plots: (records) => [residualPlot(records)],
});

function residualPlot(records: CaseRecord[]) {
  const series = (key: string) => records.map((r) => ({ x: Number(r.summary.n), y: Number(r.summary[key]) }));
  const ns = records.map((r) => Number(r.summary.n));
  return {
    id: 'non-member-residuals',
    title: 'Least-squares residual of matrices outside G_ReLU',
    x: { label: 'dimension n' },
    y: { label: 'worst-row relative residual' },
    series: [
      { name: 'sign flip', style: 'points' as const, points: series('sign-flip residual') },
      { name: 'rotation by 36°', style: 'points' as const, points: series('rotation residual') },
      { name: 'floor 0.05', style: 'dashed' as const, points: [{ x: Math.min(...ns), y: FLOOR }, { x: Math.max(...ns), y: FLOOR }] },
    ],
    caption: 'Members of G_ReLU commute with ReLU with zero difference; a sign flip or a rotation cannot be undone by any linear B.',
  };
}
