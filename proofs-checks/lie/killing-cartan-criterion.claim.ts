import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { EXACT } from '../../src/core/tolerance.js';
import { holds, violated } from '../../src/core/verdict.js';
import { matMul, trace, type RatMatrix } from '../../src/theory/exact/matrix.js';
import { Rational } from '../../src/theory/exact/rational.js';
import { analyzeLieAlgebra, bracket, matrixToTeX, MatrixSpan, standardAlgebra, type StandardFamily } from '../../src/theory/lie/index.js';

/**
 * Cartan's criteria on the standard algebras, exactly. Semisimplicity: the Killing form
 * κ(X,Y) = tr(ad X ad Y) is non-degenerate on so(n) (n ≥ 3) and sl(n), and degenerate on
 * gl(n), aff(2), sim(2), se(2), t(n), n(n). Solvability: on the solvable ones (derived series
 * reaching 0) κ vanishes on g × [g, g]. The symbolic side is the trace formula
 * κ = (n−2)·tr(XY) on so(n), 2n·tr(XY) on sl(n), 2n·tr(XY) − 2 trX trY on gl(n); the
 * experiment computes κ from the structure constants and compares.
 */
interface Params {
  family: StandardFamily;
  n: number;
}
interface Theory {
  semisimple: boolean;
  /** κ from the trace formula, when the family has one. */
  formula: string[][] | null;
  dim: number;
}
interface Measured {
  killing: string[][];
  rank: number;
  inertia: string;
  solvable: boolean;
  /** max |κ(X, Y)| over X ∈ g, Y ∈ [g, g] (0 for solvable algebras by Cartan). */
  cartanSolvable: string;
  centerDim: number;
}

const SEMISIMPLE: readonly StandardFamily[] = ['so', 'sl'];

function traceFormula(family: StandardFamily, n: number, basis: RatMatrix[]): RatMatrix | null {
  const tr = (X: RatMatrix, Y: RatMatrix) => trace(matMul(X, Y));
  const k = (X: RatMatrix, Y: RatMatrix): Rational | null =>
    family === 'so' ? tr(X, Y).mul(Rational.of(n - 2)) : family === 'sl' ? tr(X, Y).mul(Rational.of(2 * n)) : family === 'gl' ? tr(X, Y).mul(Rational.of(2 * n)).sub(trace(X).mul(trace(Y)).mul(Rational.of(2))) : null;
  if (k(basis[0]!, basis[0]!) === null) return null;
  return basis.map((X) => basis.map((Y) => k(X, Y)!));
}

export const killingCartanCriterion = defineClaim<Params, Theory, Measured>({
  id: 'lie.killing.cartan-criterion',
  title: 'Killing form: non-degenerate exactly on the semisimple algebras; zero on g × [g,g] for solvable ones',
  source: { paper: 'Cartan (1894); standard (Humphreys, Introduction to Lie Algebras, §4.3 and §5.1)', locator: 'Cartan’s criteria', confidence: 'stated' },
  statement:
    '\\mathfrak{g} \\text{ semisimple} \\iff \\kappa \\text{ non-degenerate};\\quad \\mathfrak{g} \\text{ solvable} \\iff \\kappa(\\mathfrak{g}, [\\mathfrak{g},\\mathfrak{g}]) = 0;\\quad \\kappa(X,Y) = \\operatorname{tr}(\\operatorname{ad}X\\,\\operatorname{ad}Y)',
  hypotheses: ['\\kappa_{\\mathfrak{so}(n)} = (n-2)\\operatorname{tr}(XY),\\ \\kappa_{\\mathfrak{sl}(n)} = 2n\\operatorname{tr}(XY),\\ \\kappa_{\\mathfrak{gl}(n)} = 2n\\operatorname{tr}(XY) - 2\\operatorname{tr}X\\operatorname{tr}Y'],
  notes: 'Semisimplicity of the families is the textbook fact (so(n) for n ≥ 3 and sl(n) are semisimple; gl(n) has a centre, aff(2), sim(2), se(2) have an abelian ideal of translations, t(n) and n(n) are solvable).',
  quantifier: 'forall',
  tolerance: EXACT,
  params: (budget) =>
    fc
      .record({ family: fc.constantFrom<StandardFamily>('so', 'sl', 'gl', 't', 'n', 'aff2', 'sim2', 'se2'), n: fc.integer({ min: 2, max: bySize(budget, { quick: 4, standard: 5, full: 5 }) }) })
      .map((p) => (['aff2', 'sim2', 'se2'].includes(p.family) ? { ...p, n: 3 } : p.family === 'so' ? { ...p, n: Math.max(3, p.n) } : p)),
  cases: [
    { name: 'so(3)', params: { family: 'so', n: 3 } },
    { name: 'sl(2)', params: { family: 'sl', n: 2 } },
    { name: 'sl(3)', params: { family: 'sl', n: 3 } },
    { name: 'so(4)', params: { family: 'so', n: 4 } },
    { name: 'aff(2)', params: { family: 'aff2', n: 3 } },
    { name: 'sim(2)', params: { family: 'sim2', n: 3 } },
    { name: 't(3)', params: { family: 't', n: 3 } },
    { name: 'n(3) (Heisenberg)', params: { family: 'n', n: 3 } },
    { name: 'gl(2)', params: { family: 'gl', n: 2 } },
  ],
  runs: { quick: 8, standard: 30, full: 80 },
  theory({ family, n }) {
    const alg = standardAlgebra(family, n);
    const formula = traceFormula(family, n, alg.basis);
    const semisimple = SEMISIMPLE.includes(family) && (family !== 'so' || n >= 3);
    const steps = [{ label: 'textbook classification', latex: `${alg.name.replace(/^([a-z]+)/, '\\mathfrak{$1}')} \\text{ is ${semisimple ? '' : 'not '}semisimple}` }];
    if (formula) steps.push({ label: 'κ from the trace formula', latex: `\\kappa = ${alg.basis.length <= 8 ? matrixToTeX(formula) : '\\cdots'}` });
    return { value: { semisimple, formula: formula?.map((r) => r.map(String)) ?? null, dim: alg.basis.length }, steps };
  },
  experiment({ family, n }) {
    const a = analyzeLieAlgebra(standardAlgebra(family, n).basis);
    // Cartan's solvability test: κ(X_i, Y) for Y in a basis of [g, g], via coordinates in g
    const derived = new MatrixSpan(a.algebra.basis.flatMap((X, i) => a.algebra.basis.slice(i + 1).map((Y) => bracket(X, Y))), n, n);
    let worst = Rational.ZERO;
    for (const Y of derived.basis) {
      const y = a.algebra.coordinates(Y)!;
      for (const row of a.killing) {
        const v = row.reduce((s, k, j) => s.add(k.mul(y[j]!)), Rational.ZERO).abs();
        if (v.cmp(worst) > 0) worst = v;
      }
    }
    const i = a.killingInertia;
    return { killing: a.killing.map((r) => r.map(String)), rank: a.killingRank, inertia: `(${i.positive}, ${i.negative}, ${i.zero})`, solvable: a.solvable, cartanSolvable: worst.toString(), centerDim: a.centerDim };
  },
  check(t, m) {
    const nondegenerate = m.rank === t.dim;
    if (nondegenerate !== t.semisimple) return violated(-Math.abs(t.dim - m.rank), `κ has rank ${m.rank} of ${t.dim}, but the algebra is ${t.semisimple ? '' : 'not '}semisimple`);
    if (t.formula && JSON.stringify(t.formula) !== JSON.stringify(m.killing)) return violated(-1, 'κ from the structure constants differs from the trace formula');
    if (m.solvable && m.cartanSolvable !== '0') return violated(-1, `solvable, but κ(g, [g,g]) reaches ${m.cartanSolvable}`);
    if (!m.solvable && m.cartanSolvable === '0') return violated(-1, 'not solvable, yet κ vanishes on g × [g,g]');
    return holds(0, `rank κ = ${m.rank} of ${t.dim} (inertia ${m.inertia}); ${m.solvable ? 'solvable, κ(g,[g,g]) = 0' : 'not solvable'}${t.formula ? '; matches the trace formula' : ''}`);
  },
  summarize: (p, t, m) => ({ algebra: standardAlgebra(p.family, p.n).name, dimension: t.dim, 'rank κ': m.rank, 'inertia (+,−,0)': m.inertia, semisimple: t.semisimple, solvable: m.solvable, 'max |κ(g,[g,g])|': m.cartanSolvable, 'centre dim': m.centerDim, 'trace formula': t.formula ? 'matches' : '—' }),
  describe: (p) => standardAlgebra(p.family, p.n).name,
  plots: (records) => [
    {
      id: 'rank',
      title: 'Rank of the Killing form vs dimension',
      x: { label: 'dimension of the algebra' },
      y: { label: 'rank of κ' },
      series: [
        { name: 'semisimple', style: 'points', points: records.filter((r) => r.summary.semisimple === true).map((r) => ({ x: Number(r.summary.dimension), y: Number(r.summary['rank κ']), label: String(r.summary.algebra) })) },
        { name: 'not semisimple', style: 'points', points: records.filter((r) => r.summary.semisimple !== true).map((r) => ({ x: Number(r.summary.dimension), y: Number(r.summary['rank κ']), label: String(r.summary.algebra) })) },
        { name: 'full rank', style: 'dashed', points: [{ x: 0, y: 0 }, { x: 16, y: 16 }] },
      ],
      caption: 'Semisimple algebras sit on the diagonal (κ non-degenerate); all others fall below it.',
    },
  ],
});
