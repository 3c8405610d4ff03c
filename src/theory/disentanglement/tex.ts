/** LaTeX helpers for derivation steps (ASCII only, KaTeX-safe). */

/** A number with `digits` decimals (integers as integers). */
export function num(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return '\\text{n/a}';
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}

/** A matrix as a pmatrix (rows of numbers). */
export function matrixTex(m: readonly (readonly number[])[], digits = 3): string {
  if (m.length === 0) return '()';
  return `\\begin{pmatrix} ${m.map((row) => row.map((x) => num(x, digits)).join(' & ')).join(' \\\\ ')} \\end{pmatrix}`;
}

/** A vector as a parenthesised list. */
export function vectorTex(v: readonly number[], digits = 3): string {
  return `(${v.map((x) => num(x, digits)).join(',\\ ')})`;
}
