import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.js';
import type { RatMatrix } from '../../theory/exact/matrix.js';
import { ExactInputError, Rational } from '../../theory/exact/rational.js';
import { analyzeLieAlgebra, nonZeroConstants, toStrings, type LieAnalysis } from '../../theory/lie/index.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export const LIE_HELP = `theorycheck lie --generators FILE [--json]
  Exact analysis of the Lie algebra spanned (or generated) by square matrices.
  FILE: JSON, either a list of matrices [[[0,0,0],[0,0,-1],[0,1,0]], …] or an object
  {"Lx": matrix, "Ly": matrix} (names kept) or {"generators": [...], "names": [...]}.
  Entries: integers, finite decimals, or strings "p/q" / "1.25" (read exactly).
  Reports closure (and the brackets that leave the span), structure constants,
  the Killing form, derived/lower central series, solvable/nilpotent/semisimple
  and the identified algebra (so(n), sl(n), gl(n), t(n), n(n), aff(2), sim(2),
  se(2) by span; small semisimple algebras up to isomorphism).
  --json prints {closed, missingBrackets, structureConstants, killingForm,
  algebra, …} with exact rationals as strings; when the span is not closed,
  structureConstants, killingForm and algebra are null and "generated" holds
  the analysis of the Lie algebra the matrices generate, in its canonical basis
  Y1, Y2, … (the reduced row echelon form; matrices in "basisMatrices").
  Exact rational arithmetic: immediate up to 4 x 4; generating gl(5) from two
  random matrices takes some seconds.`;

interface Input {
  matrices: RatMatrix[];
  names: string[];
}

/** Read and validate the generators file; every problem is an InputError naming where. */
export async function readGenerators(file: string): Promise<Input> {
  const path = resolve(file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new InputError('TC1040', `--generators: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError('TC1040', `--generators: ${path} is not valid JSON (${(e as Error).message})`);
  }
  return parseGenerators(json, path);
}

/** Validate parsed JSON generators. */
export function parseGenerators(json: unknown, where = 'generators'): Input {
  let list: unknown[];
  let names: string[] | undefined;
  if (Array.isArray(json)) list = json;
  else if (json && typeof json === 'object' && Array.isArray((json as { generators?: unknown }).generators)) {
    const o = json as { generators: unknown[]; names?: unknown };
    list = o.generators;
    if (o.names !== undefined) {
      if (!Array.isArray(o.names) || o.names.length !== list.length || o.names.some((n) => typeof n !== 'string')) {
        throw new InputError('TC1040', `${where}: "names" must be a list of ${list.length} strings`);
      }
      names = o.names as string[];
    }
  } else if (json && typeof json === 'object') {
    names = Object.keys(json);
    list = Object.values(json);
  } else {
    throw new InputError('TC1040', `${where}: expected a list of square matrices or an object of named matrices, got ${json === null ? 'null' : typeof json}`);
  }
  if (list.length === 0) throw new InputError('TC1040', `${where}: no generators given`);
  const label = (i: number) => (names ? `generator '${names[i]}'` : `generator ${i}`);
  const matrices = list.map((m, i) => parseMatrix(m, `${where}: ${label(i)}`));
  const n = matrices[0]!.length;
  matrices.forEach((M, i) => {
    if (M.length !== n) throw new ExactInputError('TC3002', `${where}: ${label(i)} is ${M.length}x${M.length}, but ${label(0)} is ${n}x${n}; all generators must have one size`);
  });
  return { matrices, names: names ?? matrices.map((_, i) => `X${i + 1}`) };
}

function parseMatrix(m: unknown, where: string): RatMatrix {
  if (!Array.isArray(m) || m.length === 0 || !m.every(Array.isArray)) throw new ExactInputError('TC3002', `${where}: expected a non-empty matrix (a list of rows)`);
  const rows = m as unknown[][];
  const cols = rows[0]!.length;
  rows.forEach((row, r) => {
    if (row.length !== cols) throw new ExactInputError('TC3002', `${where}: ragged matrix: row 0 has ${cols} entries, row ${r} has ${row.length}`);
  });
  if (cols !== rows.length) throw new ExactInputError('TC3002', `${where}: expected a square matrix, got ${rows.length}x${cols}`);
  return rows.map((row, r) =>
    row.map((x, c) => {
      if (typeof x !== 'number' && typeof x !== 'string') throw new ExactInputError('TC3001', `${where}, row ${r}, column ${c}: ${JSON.stringify(x)} is not a number (expected an integer, a finite decimal or "p/q")`);
      try {
        return Rational.of(x);
      } catch (e) {
        throw new ExactInputError('TC3001', `${where}, row ${r}, column ${c}: ${(e as Error).message}`);
      }
    }),
  );
}

/** The JSON view of an analysis (exact rationals as strings). */
function analysisJson(a: LieAnalysis) {
  const named: Record<string, Record<string, string>> = {};
  for (const [key, value] of Object.entries(nonZeroConstants(a.structure))) {
    const [i, j, k] = key.split(',').map(Number) as [number, number, number];
    const pair = `[${a.names[i]},${a.names[j]}]`;
    (named[pair] ??= {})[a.names[k]!] = value;
  }
  return {
    basis: a.names,
    basisMatrices: a.algebra.basis.map(toStrings),
    dimension: a.algebra.dim,
    structureConstants: a.structure.map((ci) => ci.map((cij) => cij.map(String))),
    brackets: named,
    killingForm: toStrings(a.killing),
    killingRank: a.killingRank,
    killingSignature: a.killingInertia,
    derivedSeries: a.derivedDims,
    lowerCentralSeries: a.lowerCentralDims,
    centerDimension: a.centerDim,
    abelian: a.abelian,
    solvable: a.solvable,
    nilpotent: a.nilpotent,
    semisimple: a.semisimple,
    algebra: a.identification?.name ?? null,
    identifiedBy: a.identification?.by ?? null,
  };
}

/** The full JSON report of `theorycheck lie`. */
export function lieReport(input: Input) {
  const a = analyzeLieAlgebra(input.matrices, input.names);
  const c = a.closure;
  const base = {
    n: a.n,
    generators: input.names,
    spanDimension: c.span.dim,
    dependent: c.dependent.map((i) => input.names[i]!),
    closed: c.closed,
    missingBrackets: c.missing.map((m) => ({ pair: `[${input.names[m.i]},${input.names[m.j]}]`, i: m.i, j: m.j, value: toStrings(m.value) })),
  };
  if (c.closed) return { ...base, ...analysisJson(a), generated: null };
  return { ...base, structureConstants: null, killingForm: null, algebra: null, generated: analysisJson(a) };
}

function text(r: ReturnType<typeof lieReport>): string {
  const lines = [`${r.generators.length} generator(s), ${r.n}x${r.n}; span dimension ${r.spanDimension}${r.dependent.length ? ` (dependent: ${r.dependent.join(', ')})` : ''}`];
  if (!r.closed) lines.push(`not closed: ${r.missingBrackets.map((m) => `${m.pair} = ${JSON.stringify(m.value)}`).join('; ')}`);
  const g = r.closed ? (r as unknown as ReturnType<typeof analysisJson>) : r.generated!;
  lines.push(`${r.closed ? 'closed' : 'generated algebra'}: dimension ${g.dimension}, ${g.algebra ? `identified as ${g.algebra} (${g.identifiedBy})` : 'not identified'}`);
  for (const [pair, combo] of Object.entries(g.brackets)) lines.push(`  ${pair} = ${Object.entries(combo).map(([k, v]) => `${v} ${k}`).join(' + ')}`);
  lines.push(`Killing form (rank ${g.killingRank}, signature +${g.killingSignature.positive} −${g.killingSignature.negative} 0×${g.killingSignature.zero}): ${JSON.stringify(g.killingForm)}`);
  lines.push(`solvable ${g.solvable}, nilpotent ${g.nilpotent}, semisimple ${g.semisimple}; derived series ${g.derivedSeries.join(' ⊇ ')}, lower central series ${g.lowerCentralSeries.join(' ⊇ ')}`);
  return lines.join('\n');
}

export async function lieCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse('lie', argv, { generators: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return io.out(LIE_HELP), 0;
  const file = values.generators as string | undefined;
  if (!file) throw new UsageError('TC1008', "theorycheck lie: --generators FILE is required; see 'theorycheck lie --help'");
  const report = lieReport(await readGenerators(resolve(io.cwd, file)));
  io.out(values.json ? JSON.stringify(report, null, 2) : text(report));
  return 0;
}
