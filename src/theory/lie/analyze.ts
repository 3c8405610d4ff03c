/**
 * Everything the toolkit knows about a list of generators, in one exact report: closure
 * (with the missing brackets), the algebra they span or generate, its structure constants,
 * Killing form (rank, inertia), derived and lower central series, and its identification.
 */
import type { RatMatrix } from '../exact/matrix.js';
import { checkClosure, generatedAlgebra, type ClosureReport } from './closure.js';
import { identify, type Identification } from './identify.js';
import { formRank, inertia, killingForm, type Inertia } from './killing.js';
import { combinationToTeX, matrixToTeX } from './matrices.js';
import { centerDimension, derivedSeries, lowerCentralSeries } from './series.js';
import type { MatrixSpan } from './span.js';
import { jacobiResidual, structureConstants, type StructureConstants } from './structure.js';

export interface LieAnalysis {
  /** Matrix size. */
  n: number;
  closure: ClosureReport;
  /**
   * The span itself in the generators' basis when closed; otherwise the algebra the
   * generators generate, in its canonical basis Y1, Y2, … (see `algebra.basis`).
   */
  algebra: MatrixSpan;
  /** Names of the algebra's basis elements (plain and LaTeX). */
  names: string[];
  texNames: string[];
  structure: StructureConstants;
  /** Zero for every Lie algebra (checked, exact). */
  jacobiMax: string;
  killing: RatMatrix;
  killingRank: number;
  killingInertia: Inertia;
  derivedDims: number[];
  lowerCentralDims: number[];
  centerDim: number;
  abelian: boolean;
  solvable: boolean;
  nilpotent: boolean;
  /** Killing form non-degenerate (Cartan's criterion). */
  semisimple: boolean;
  identification: Identification | null;
}

/** Analyse generators (square, one size); `names` default to X1, X2, …. */
export function analyzeLieAlgebra(gens: readonly RatMatrix[], names?: readonly string[], texNames?: readonly string[]): LieAnalysis {
  const closure = checkClosure(gens);
  const algebra = closure.closed ? closure.span : generatedAlgebra(gens);
  const kept = closure.span.kept;
  const plain = closure.closed ? kept.map((i) => names?.[i] ?? `X${i + 1}`) : algebra.basis.map((_, i) => `Y${i + 1}`);
  const tex = closure.closed ? kept.map((i) => texNames?.[i] ?? `X_{${i + 1}}`) : algebra.basis.map((_, i) => `Y_{${i + 1}}`);
  const structure = structureConstants(algebra.basis);
  if (!structure) throw new Error('internal: the generated algebra is not closed');
  const killing = killingForm(structure);
  const killingInertia = inertia(killing);
  const killingRank = formRank(killing);
  // the series do not depend on the basis: the canonical one keeps the rationals small
  const canonical = algebra.canonical();
  const derived = derivedSeries(canonical);
  const lower = lowerCentralSeries(canonical);
  const d = algebra.dim;
  return {
    n: closure.n,
    closure,
    algebra,
    names: plain,
    texNames: tex,
    structure,
    jacobiMax: jacobiResidual(structure).toString(),
    killing,
    killingRank,
    killingInertia,
    derivedDims: derived.dims,
    lowerCentralDims: lower.dims,
    centerDim: centerDimension(structure),
    abelian: d === 0 || (derived.dims[1] ?? 0) === 0,
    solvable: derived.last.dim === 0,
    nilpotent: lower.last.dim === 0,
    semisimple: d > 0 && killingRank === d,
    identification: identify(canonical, structure, killingInertia),
  };
}

/** LaTeX lines of the non-zero brackets [X_i, X_j] = Σ c_ij^k X_k (i < j). */
export function bracketTableTeX(a: LieAnalysis, limit = 12): string[] {
  const lines: string[] = [];
  a.structure.forEach((ci, i) =>
    ci.forEach((cij, j) => {
      if (j > i && cij.some((x) => !x.isZero())) lines.push(`[${a.texNames[i]}, ${a.texNames[j]}] = ${combinationToTeX(cij, a.texNames)}`);
    }),
  );
  return lines.length > limit ? [...lines.slice(0, limit), `\\dots\\ (${lines.length - limit}\\text{ more})`] : lines;
}

/** A LaTeX summary of the analysis (one line per fact), rendering under KaTeX. */
export function analysisToTeX(a: LieAnalysis): string[] {
  const d = a.algebra.dim;
  const out = [
    a.closure.closed
      ? `\\operatorname{span}\\{${a.texNames.slice(0, a.closure.span.dim).join(', ')}\\} \\text{ is closed under } [\\cdot,\\cdot],\\ \\dim = ${d}`
      : `\\text{not closed: } ${a.closure.missing
          .slice(0, 4)
          .map((m) => `[X_{${m.i + 1}}, X_{${m.j + 1}}] = ${matrixToTeX(m.value)} \\notin \\operatorname{span}`)
          .join(',\\ ')}`,
    `\\kappa = ${d <= 8 ? matrixToTeX(a.killing) : `\\cdots`},\\ \\operatorname{rank}\\kappa = ${a.killingRank},\\ \\text{inertia } (${a.killingInertia.positive}, ${a.killingInertia.negative}, ${a.killingInertia.zero})`,
    `\\dim \\mathfrak{g}^{(k)} = (${a.derivedDims.join(', ')}),\\ \\dim \\mathfrak{g}_{k} = (${a.lowerCentralDims.join(', ')})`,
  ];
  if (a.identification) out.push(`\\mathfrak{g} ${a.identification.by === 'span' ? '=' : '\\cong'} ${algebraNameTeX(a.identification.name)}`);
  return out;
}

/** "so(3)" → \mathfrak{so}(3); "sl(2)+sl(2)" → \mathfrak{sl}(2)\oplus\mathfrak{sl}(2). */
export function algebraNameTeX(name: string): string {
  return name.replace(/([a-z]+)\(/g, '\\mathfrak{$1}(').replace(/\+/g, ' \\oplus ');
}
