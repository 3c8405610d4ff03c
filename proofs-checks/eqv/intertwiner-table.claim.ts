import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { Rng } from '../../src/core/rng.js';
import { holds, violated } from '../../src/core/verdict.js';
import { commutationGap, residualFloat32 } from '../../src/empirical/equivariance/intertwiner-probe.js';
import { matEq, matMul } from '../../src/theory/exact/matrix.js';
import { activationFloat, activationName, activationTeX, type Activation } from '../../src/theory/equivariance/activations.js';
import { intertwinerEntry, intertwinerResidual, isMember, memberFrom, nonMemberFloor, nonMembers, phi } from '../../src/theory/equivariance/intertwiner.js';
import { monomialInverse, toFloat } from '../../src/theory/equivariance/monomial.js';
import { permutationArb, positiveScaleArb, TABLE_ACTIVATIONS, tableActivationArb } from './arbitraries.js';

/**
 * The intertwiner table (Godfrey et al. 2022, Table 1, re-derived in research/equivariance.md
 * §2.2): for each activation the group G_σ of monomial matrices and φ_σ. Checked: members
 * commute, σ(Ax) = φ(A)σ(x) (float64 and float32); φ is a homomorphism and G_σ is closed under
 * products and inverses (exact); matrices outside the group leave a least-squares residual.
 */
interface Element {
  perm: number[];
  signs: boolean[];
  scales: string[];
}
interface Params {
  activation: Activation;
  a1: Element;
  a2: Element;
}
interface Theory {
  closed: boolean;
  homomorphism: boolean;
  inverse: boolean;
  float64Gap: number;
  floor: number;
  residuals: { name: string; value: number }[];
}
interface Measured {
  maxRel: number;
  residuals: { name: string; value: number }[];
}

const elementArb = (n: number) =>
  fc.record({
    perm: permutationArb(n),
    signs: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    scales: fc.array(positiveScaleArb, { minLength: n, maxLength: n }),
  });

const ident = (n: number): Element => ({ perm: Array.from({ length: n }, (_, i) => i), signs: new Array<boolean>(n).fill(false), scales: new Array<string>(n).fill('1') });
const namedCase = (activation: Activation) => ({
  name: activationName(activation),
  params: {
    activation,
    a1: { perm: [1, 2, 0], signs: [true, false, true], scales: ['3/2', '1/3', '2'] },
    a2: { perm: [0, 2, 1], signs: [false, true, false], scales: ['5/4', '1', '1/2'] },
  },
});

export const intertwinerTable = defineClaim<Params, Theory, Measured>({
  id: 'eqv.intertwiner.table',
  title: 'Intertwiner groups and φ for tanh, sigmoid, GELU, LeakyReLU, RBF and x^d',
  source: { paper: 'Godfrey, Brown, Emerson, Kvinge, On the Symmetries of Deep Learning Models and their Internal Representations (NeurIPS 2022)', locator: 'Table 1; re-derived in research/equivariance.md §2.2 (which rows the paper lists is not checked)', confidence: 'reconstructed', url: 'https://arxiv.org/abs/2205.14258' },
  statement:
    'A \\in G_\\sigma \\iff A = PD,\\ D_{ii} \\in S_\\sigma;\\quad \\sigma(Ax) = \\varphi_\\sigma(A)\\,\\sigma(x);\\quad \\varphi_\\sigma(A_1A_2) = \\varphi_\\sigma(A_1)\\varphi_\\sigma(A_2)',
  hypotheses: [
    'S_{\\tanh} = \\{\\pm1\\},\\ S_{\\mathrm{sigmoid}} = S_{\\mathrm{GELU}} = \\{1\\},\\ S_{\\mathrm{LeakyReLU}} = (0,\\infty),\\ S_{e^{-t^2}} = \\{\\pm 1\\},\\ S_{t^d} = \\mathbb{R}\\setminus\\{0\\}',
    '\\varphi = A \\text{ except } \\varphi_{e^{-t^2}}(A) = \\lvert A\\rvert,\\ \\varphi_{t^d}(A) = A^{\\circ d}',
  ],
  notes: 'Non-membership: the worst-row least-squares residual must be ≥ 1e-3 for GELU (nearly positively homogeneous: 2I leaves only ~0.1) and ≥ 0.05 otherwise.',
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 1e-6, reason: 'float32 element-wise identities: each side rounds a product and σ once or twice (≤ 4 ulps ≈ 5e-7 relative for t^3); float64 gaps are held to 1e-12' },
  params: (budget) =>
    fc.integer({ min: 2, max: bySize(budget, { quick: 5, standard: 6, full: 8 }) }).chain((n) =>
      fc.record({ activation: tableActivationArb, a1: elementArb(n), a2: elementArb(n) }),
    ),
  cases: [...TABLE_ACTIVATIONS.map(namedCase), { name: 'tanh, identity and a permutation', params: { activation: { kind: 'tanh' }, a1: ident(3), a2: { perm: [2, 1, 0], signs: [false, false, false], scales: ['1', '1', '1'] } } }],
  runs: { quick: 12, standard: 50, full: 200 },
  theory({ activation, a1, a2 }) {
    const entry = intertwinerEntry(activation);
    const A1 = memberFrom(entry, a1.perm, a1.signs, a1.scales);
    const A2 = memberFrom(entry, a2.perm, a2.signs, a2.scales);
    const prod = matMul(A1, A2);
    const inv = monomialInverse(A1);
    const closed = [A1, A2, prod, inv].every((A) => isMember(entry, A));
    const homomorphism = matEq(phi(entry, prod), matMul(phi(entry, A1), phi(entry, A2)));
    const inverse = matEq(phi(entry, inv), monomialInverse(phi(entry, A1)));
    const n = a1.perm.length;
    const rng = new Rng(0x7ab1e + n);
    const X = Array.from({ length: n }, () => Array.from({ length: 256 }, () => rng.normal()));
    const sigma = activationFloat(activation);
    const A = toFloat(A1);
    const B = toFloat(phi(entry, A1));
    let float64Gap = 0;
    for (let k = 0; k < 256; k++) {
      for (let i = 0; i < n; i++) {
        const left = sigma(A[i]!.reduce((s, a, j) => s + a * X[j]![k]!, 0));
        const right = B[i]!.reduce((s, b, j) => s + b * sigma(X[j]![k]!), 0);
        float64Gap = Math.max(float64Gap, Math.abs(left - right) / Math.max(1, Math.abs(left)));
      }
    }
    const residuals = nonMembers(entry, n).map((m) => ({ name: m.name, value: intertwinerResidual(sigma, m.matrix, X) }));
    const floor = nonMemberFloor(activation);
    return {
      value: { closed, homomorphism, inverse, float64Gap, floor, residuals },
      steps: [
        { label: 'table row', latex: `G_{${activationTeX(activation)}} = \\{${entry.groupTeX}\\},\\ S_\\sigma = ${entry.scalesTeX},\\ \\varphi(A) = ${entry.phiTeX}` },
        { label: 'closure and homomorphism (exact)', latex: `\\varphi(A_1A_2) ${homomorphism ? '=' : '\\ne'} \\varphi(A_1)\\varphi(A_2),\\quad \\varphi(A_1^{-1}) ${inverse ? '=' : '\\ne'} \\varphi(A_1)^{-1}` },
        { label: 'commutation (float64)', latex: `\\max \\frac{\\lvert \\sigma(A_1x) - \\varphi(A_1)\\sigma(x)\\rvert}{\\max(1,\\lvert\\sigma(A_1x)\\rvert)} = ${float64Gap.toExponential(2)}` },
        ...residuals.map((r) => ({ label: `non-member ${r.name} (float64)`, latex: `\\rho = ${r.value.toFixed(4)} \\ge ${floor}` })),
      ],
    };
  },
  experiment({ activation, a1 }, ctx) {
    const entry = intertwinerEntry(activation);
    const A1 = memberFrom(entry, a1.perm, a1.signs, a1.scales);
    const n = a1.perm.length;
    const X = Array.from({ length: n }, () => Array.from(ctx.rng.normals(256, 1.5)));
    const gap = commutationGap(activation, toFloat(A1), toFloat(phi(entry, A1)), X);
    return { maxRel: gap.maxRel, residuals: nonMembers(entry, n).map((m) => ({ name: m.name, value: residualFloat32(activation, m.matrix, X) })) };
  },
  check(t, m, tol) {
    if (!t.closed) return violated(-1, 'a product or inverse of members fails the exact membership test');
    if (!t.homomorphism || !t.inverse) return violated(-1, 'φ is not a homomorphism on these elements (exact)');
    if (t.float64Gap > 1e-12) return violated(1e-12 - t.float64Gap, `float64 commutation gap ${t.float64Gap.toExponential(2)} > 1e-12`);
    if (m.maxRel > tol.rel) return violated(tol.rel - m.maxRel, `float32 commutation gap ${m.maxRel.toExponential(2)} > ${tol.rel}`);
    const all = [...t.residuals, ...m.residuals];
    const worst = all.reduce((a, b) => (b.value < a.value ? b : a));
    const margin = worst.value - t.floor;
    if (margin < 0) return violated(margin, `non-member ${worst.name} leaves residual ${worst.value.toExponential(2)} < ${t.floor}`);
    return holds(margin, `members commute (float32 gap ${m.maxRel.toExponential(1)}), φ is a homomorphism, smallest non-member residual ${worst.value.toFixed(3)} (${worst.name})`);
  },
  summarize: ({ activation, a1 }, t, m) => ({
    activation: activationName(activation),
    n: a1.perm.length,
    group: intertwinerEntry(activation).group,
    phi: intertwinerEntry(activation).phi,
    homomorphism: t.homomorphism && t.inverse,
    'float64 gap': t.float64Gap,
    'float32 gap': m.maxRel,
    'smallest non-member residual': Math.min(...[...t.residuals, ...m.residuals].map((r) => r.value)),
  }),
  describe: ({ activation, a1, a2 }) => `${activationName(activation)}, n = ${a1.perm.length}, A1: π=[${a1.perm}], A2: π=[${a2.perm}]`,
  plots: (records) => [tablePlot(records)],
});

function tablePlot(records: CaseRecord[]) {
  const names = [...new Set(records.map((r) => String(r.summary.activation)))];
  return {
    id: 'non-member-residuals',
    title: 'Smallest non-member residual per activation',
    x: { label: 'activation (index)' },
    y: { label: 'worst-row relative residual', log: true },
    series: [
      { name: 'non-members', style: 'points' as const, points: records.map((r) => ({ x: names.indexOf(String(r.summary.activation)), y: Number(r.summary['smallest non-member residual']), label: String(r.summary.activation) })) },
      { name: 'members (float32 gap, floored at 1e-9)', style: 'points' as const, points: records.map((r) => ({ x: names.indexOf(String(r.summary.activation)), y: Math.max(1e-9, Number(r.summary['float32 gap'])), label: String(r.summary.activation) })) },
    ],
    caption: `Activations by index: ${names.map((n, i) => `${i} = ${n}`).join(', ')}. Members commute to float32 rounding; non-members leave residuals decades above it.`,
  };
}
