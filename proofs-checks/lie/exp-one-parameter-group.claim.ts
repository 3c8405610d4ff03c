import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { holds, violated } from '../../src/core/verdict.js';
import { addF, detF, expm, identityF, matMulF, normF, rotation2, scaleF, transposeF } from '../../src/theory/lie/expm.js';
import { fmt } from './arbitraries.js';

/**
 * One-parameter groups in float64: exp(tA) exp(sA) = exp((t+s)A) for any square A (A
 * commutes with itself, so the binomial theorem applies to the series); exp of a skew
 * matrix S is orthogonal with determinant e^{tr S} = 1; and the unit-Frobenius so(2)
 * generator h = J/√2 satisfies exp(θ√2·h) = R(θ) (exp(θh) rotates by θ/√2 only,
 * research/invariance.md §1, pitfall 6).
 */
interface Params {
  A: number[][];
  t: number;
  s: number;
  theta: number;
}
interface Measured {
  group: number;
  orthogonality: number;
  det: number;
  rotation: number;
  /** exp(θh) vs R(θ): how far off the naive angle is (not asserted, reported). */
  naiveAngleError: number;
}

const H = [[0, -Math.SQRT1_2], [Math.SQRT1_2, 0]];

export const expOneParameterGroup = defineClaim<Params, { bound: number }, Measured>({
  id: 'lie.exp.one-parameter-group',
  title: 'exp(tA) exp(sA) = exp((t+s)A); exp of a skew matrix is a rotation (float64)',
  source: { paper: 'standard (Hall, Lie Groups, Lie Algebras, and Representations, Prop. 2.3, Thm 2.12)', locator: 'matrix exponential', confidence: 'stated' },
  statement: 'e^{tA}e^{sA} = e^{(t+s)A};\\quad S^\\top = -S \\implies (e^{S})^\\top e^{S} = I,\\ \\det e^{S} = 1;\\quad e^{\\theta\\sqrt{2}\\,h} = R(\\theta),\\ h = \\tfrac{1}{\\sqrt 2}\\begin{pmatrix} 0 & -1 \\\\ 1 & 0\\end{pmatrix}',
  hypotheses: ['A \\in \\mathbb{R}^{n\\times n},\\ |A_{ij}| \\le 1,\\ n \\le 5,\\ |t|, |s| \\le 3/2'],
  quantifier: 'forall',
  tolerance: { abs: 1e-11, rel: 0, reason: 'float64 scaling and squaring: ‖tA‖ ≤ 7.5 needs ≤ 4 squarings, each adding ~n·2^-52 relative error; 1e-11 leaves > 100x room (observed ≤ 1e-14)' },
  params: (budget) =>
    fc.integer({ min: 1, max: bySize(budget, { quick: 4, standard: 5, full: 5 }) }).chain((n) =>
      fc.record({
        A: fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
        t: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
        s: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
        theta: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
      }),
    ),
  cases: [
    { name: 'rotation generator, θ = 45°', params: { A: [[0, -1], [1, 0]], t: 0.5, s: 0.25, theta: Math.PI / 4 } },
    { name: 'nilpotent 3 x 3', params: { A: [[0, 1, 0], [0, 0, 1], [0, 0, 0]], t: 1.5, s: -0.5, theta: 1 } },
    { name: 'non-normal 4 x 4', params: { A: [[0.5, 1, 0, -1], [0, -0.3, 1, 0.2], [0.7, 0, 0.1, 1], [-1, 0.4, 0, 0.9]], t: 1.2, s: 1.1, theta: -2.5 } },
  ],
  runs: { quick: 30, standard: 200, full: 1000 },
  theory: () => ({
    value: { bound: 0 },
    steps: [
      { label: 'series product', latex: 'e^{tA}e^{sA} = \\sum_{k}\\sum_{j\\le k} \\frac{t^j s^{k-j}}{j!\\,(k-j)!}A^{k} = \\sum_k \\frac{(t+s)^k}{k!}A^k' },
      { label: 'skew exponent', latex: '(e^{S})^\\top e^{S} = e^{S^\\top}e^{S} = e^{-S}e^{S} = I,\\quad \\det e^{S} = e^{\\operatorname{tr} S} = e^{0} = 1' },
      { label: 'unit generator', latex: 'e^{\\theta h} = R(\\theta/\\sqrt{2}) \\implies e^{\\theta\\sqrt2\\, h} = R(\\theta)' },
    ],
  }),
  experiment({ A, t, s, theta }) {
    const eT = expm(scaleF(A, t));
    const eS = expm(scaleF(A, s));
    const group = normF(addF(matMulF(eT, eS), expm(scaleF(A, t + s)), -1)) / Math.max(1, normF(eT) * normF(eS));
    const S = scaleF(addF(A, transposeF(A), -1), t);
    const Q = expm(S);
    const n = A.length;
    return {
      group,
      orthogonality: normF(addF(matMulF(transposeF(Q), Q), identityF(n), -1)),
      det: Math.abs(detF(Q) - 1),
      rotation: normF(addF(expm(scaleF(H, theta * Math.SQRT2)), rotation2(theta), -1)),
      naiveAngleError: normF(addF(expm(scaleF(H, theta)), rotation2(theta), -1)),
    };
  },
  check(_t, m, tol) {
    const worst = Math.max(m.group, m.orthogonality, m.det, m.rotation);
    const margin = tol.abs - worst;
    const text = `group ${fmt(m.group)}, orthogonality ${fmt(m.orthogonality)}, det ${fmt(m.det)}, R(θ) ${fmt(m.rotation)}`;
    return margin >= 0 ? holds(margin, `all residuals within ${tol.abs}: ${text}`) : violated(margin, `residual above ${tol.abs}: ${text}`);
  },
  summarize: (p, _t, m) => ({ n: p.A.length, 't + s': p.t + p.s, 'group residual': m.group, 'QᵀQ − I': m.orthogonality, '|det Q − 1|': m.det, 'exp(θ√2h) − R(θ)': m.rotation, 'exp(θh) − R(θ) (naive)': m.naiveAngleError }),
  describe: (p) => `n = ${p.A.length}, t = ${fmt(p.t)}, s = ${fmt(p.s)}, θ = ${fmt(p.theta)}`,
  plots: (records) => [
    {
      id: 'residuals',
      title: 'Float64 residuals of the exponential identities',
      x: { label: '|t + s|' },
      y: { label: 'residual (floored at 1e-18)', log: true },
      series: (['group residual', 'QᵀQ − I', 'exp(θ√2h) − R(θ)', 'exp(θh) − R(θ) (naive)'] as const).map((key) => ({
        name: key,
        style: 'points' as const,
        points: records.map((r) => ({ x: Math.abs(Number(r.summary['t + s'])), y: Math.max(1e-18, Number(r.summary[key])) })),
      })),
      caption: 'The identities hold to round-off; the naive exp(θh) (without √2) misses R(θ) by O(1), the pitfall of the unit-norm generator.',
    },
  ],
});
