import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { EXACT } from '../../src/core/tolerance.js';
import { holds, violated } from '../../src/core/verdict.js';
import { Rational } from '../../src/theory/exact/rational.js';
import type { RatMatrix } from '../../src/theory/exact/matrix.js';
import { analyzeLieAlgebra, bracketTableTeX, combination, standardAlgebra, type StandardFamily } from '../../src/theory/lie/index.js';
import { standardFamilyArb } from './arbitraries.js';

/**
 * The standard matrix Lie algebras are closed under the bracket, with the known dimensions,
 * and so(3) has the structure constants ε_ijk in the basis Lx, Ly, Lz. Checked exactly on
 * the standard basis after a random unitriangular change of basis B'_i = B_i + Σ_{j<i} m_ij B_j
 * (closure and the identified algebra do not depend on the basis; the constants do).
 */
interface Params {
  family: StandardFamily;
  n: number;
  /** Coefficients m_ij (j < i), row by row; empty: the standard basis. */
  mix: number[];
}
interface Theory {
  name: string;
  dim: number;
}
interface Measured {
  closed: boolean;
  dim: number;
  missing: number;
  jacobi: string;
  identified: string | null;
  /** Only for so(3) in the standard basis: all 27 constants equal ε_ijk. */
  epsilon: boolean | null;
}

const DIM: Record<StandardFamily, (n: number) => number> = {
  so: (n) => (n * (n - 1)) / 2,
  sl: (n) => n * n - 1,
  gl: (n) => n * n,
  t: (n) => (n * (n + 1)) / 2,
  n: (n) => (n * (n - 1)) / 2,
  aff2: () => 6,
  sim2: () => 4,
  se2: () => 3,
};

function mixedBasis(basis: RatMatrix[], mix: number[]): RatMatrix[] {
  let k = 0;
  return basis.map((B, i) => {
    const coeffs = basis.map((_, j) => (j === i ? Rational.ONE : j < i && k < mix.length ? Rational.of(mix[k++]!) : Rational.ZERO));
    return combination(coeffs, basis);
  });
}

const eps = (i: number, j: number, k: number) => ((i - j) * (j - k) * (k - i)) / 2;

export const closureStandardAlgebras = defineClaim<Params, Theory, Measured>({
  id: 'lie.closure.standard-algebras',
  title: 'so(n), sl(n), gl(n), t(n), n(n), aff(2), sim(2), se(2) are closed under the bracket',
  source: { paper: 'standard (e.g. Hall, Lie Groups, Lie Algebras, and Representations, §3.4)', locator: 'classical matrix Lie algebras', confidence: 'stated' },
  statement:
    'X, Y \\in \\mathfrak{g} \\implies [X,Y] \\in \\mathfrak{g} \\text{ for } \\mathfrak{g} \\in \\{\\mathfrak{so}(n), \\mathfrak{sl}(n), \\mathfrak{gl}(n), \\mathfrak{t}(n), \\mathfrak{n}(n), \\mathfrak{aff}(2), \\mathfrak{sim}(2), \\mathfrak{se}(2)\\};\\quad [L_i, L_j] = \\textstyle\\sum_k \\varepsilon_{ijk} L_k \\text{ on } \\mathfrak{so}(3)',
  hypotheses: ['\\dim \\mathfrak{so}(n) = \\tfrac{n(n-1)}{2},\\ \\dim \\mathfrak{sl}(n) = n^2 - 1,\\ \\dim \\mathfrak{gl}(n) = n^2,\\ \\dim \\mathfrak{t}(n) = \\tfrac{n(n+1)}{2}'],
  quantifier: 'forall',
  tolerance: EXACT,
  params: (budget) =>
    standardFamilyArb(budget, ['so', 'sl', 'gl', 't', 'n', 'aff2', 'sim2', 'se2']).chain((p) =>
      fc.record({ family: fc.constant(p.family), n: fc.constant(p.n), mix: fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 12 }) }),
    ),
  cases: [
    { name: 'so(3): ε_ijk', params: { family: 'so', n: 3, mix: [] } },
    { name: 'so(5)', params: { family: 'so', n: 5, mix: [] } },
    { name: 'sl(2)', params: { family: 'sl', n: 2, mix: [] } },
    { name: 'sl(3), mixed basis', params: { family: 'sl', n: 3, mix: [1, -2, 3, 1] } },
    { name: 'gl(3)', params: { family: 'gl', n: 3, mix: [] } },
    { name: 'aff(2)', params: { family: 'aff2', n: 3, mix: [] } },
    { name: 'sim(2)', params: { family: 'sim2', n: 3, mix: [2] } },
    { name: 't(4)', params: { family: 't', n: 4, mix: [] } },
  ],
  runs: { quick: 10, standard: 40, full: 100 },
  theory({ family, n }) {
    const alg = standardAlgebra(family, n);
    const dim = DIM[family](n);
    const steps = [{ label: 'dimension', latex: `\\dim ${alg.name.replace(/^([a-z]+)/, '\\mathfrak{$1}')} = ${alg.dimensionTeX} = ${dim}` }];
    if (dim <= 10) {
      const a = analyzeLieAlgebra(alg.basis, undefined, alg.basisNames);
      for (const line of bracketTableTeX(a, 6)) steps.push({ label: 'brackets in the standard basis', latex: line });
    }
    return { value: { name: alg.name, dim }, steps };
  },
  experiment({ family, n, mix }) {
    const alg = standardAlgebra(family, n);
    const a = analyzeLieAlgebra(mixedBasis(alg.basis, mix));
    let epsilon: boolean | null = null;
    if (family === 'so' && n === 3 && mix.length === 0) {
      epsilon = a.structure.every((ci, i) => ci.every((cij, j) => cij.every((x, k) => x.toNumber() === eps(i, j, k) + 0)));
    }
    return { closed: a.closure.closed, dim: a.closure.span.dim, missing: a.closure.missing.length, jacobi: a.jacobiMax, identified: a.identification?.name ?? null, epsilon };
  },
  check(t, m) {
    if (!m.closed) return violated(-m.missing, `${m.missing} brackets of basis elements fall outside the span`);
    if (m.dim !== t.dim) return violated(-Math.abs(m.dim - t.dim), `span has dimension ${m.dim}, expected ${t.dim}`);
    if (m.jacobi !== '0') return violated(-1, `structure constants violate Jacobi by ${m.jacobi}`);
    if (m.identified !== t.name) return violated(-1, `identified as ${m.identified ?? 'nothing'}, expected ${t.name}`);
    if (m.epsilon === false) return violated(-1, 'so(3) structure constants differ from ε_ijk');
    return holds(0, `closed, dimension ${m.dim}, identified as ${m.identified}${m.epsilon ? ', constants = ε_ijk' : ''}`);
  },
  summarize: (p, t, m) => ({ algebra: t.name, 'basis mixed': p.mix.length > 0, closed: m.closed, dimension: m.dim, expected: t.dim, 'Jacobi residual': m.jacobi, identified: m.identified, 'ε_ijk': m.epsilon }),
  describe: (p) => `${standardAlgebra(p.family, p.n).name}${p.mix.length ? `, basis mixed by ${JSON.stringify(p.mix)}` : ''}`,
  plots: (records) => [
    {
      id: 'dims',
      title: 'Dimension of the closed span vs the formula',
      x: { label: 'formula dimension' },
      y: { label: 'measured dimension (exact rank)' },
      series: [
        { name: 'algebras', style: 'points', points: records.map((r) => ({ x: Number(r.summary.expected), y: Number(r.summary.dimension), label: String(r.summary.algebra) })) },
        { name: 'y = x', style: 'dashed', points: [{ x: 0, y: 0 }, { x: 25, y: 25 }] },
      ],
      caption: 'Every algebra sits on the diagonal: its span is closed and has the textbook dimension.',
    },
  ],
});
