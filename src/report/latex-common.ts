import { escapeLatex, escapeLatexTt, latexMathUnicode } from './escape.js';
import { MISSING, formatNumber } from './format.js';
import { mathParses } from './katex.js';

/**
 * Building blocks of the LaTeX report: numbers, verdict words, and math that is safe to
 * hand to pdflatex. Everything here targets texlive-latex-base only (amsmath, amssymb,
 * graphicx, color, array, longtable, hyperref, geometry).
 */

/**
 * Macros that KaTeX knows but LaTeX + amsmath/amssymb do not. `\providecommand` keeps
 * any definition the including document already has, so fragments can repeat them.
 */
export const KATEX_COMPAT = [
  '\\providecommand{\\R}{\\mathbb{R}}', '\\providecommand{\\N}{\\mathbb{N}}', '\\providecommand{\\Z}{\\mathbb{Z}}',
  '\\providecommand{\\Q}{\\mathbb{Q}}', '\\providecommand{\\C}{\\mathbb{C}}', '\\providecommand{\\reals}{\\mathbb{R}}',
  '\\providecommand{\\Reals}{\\mathbb{R}}', '\\providecommand{\\natnums}{\\mathbb{N}}', '\\providecommand{\\cnums}{\\mathbb{C}}',
  '\\providecommand{\\Complex}{\\mathbb{C}}', '\\providecommand{\\lt}{<}', '\\providecommand{\\gt}{>}',
  '\\providecommand{\\coloneqq}{\\mathrel{:}=}', '\\providecommand{\\eqqcolon}{=\\mathrel{:}}',
  '\\providecommand{\\argmax}{\\operatorname*{arg\\,max}}', '\\providecommand{\\argmin}{\\operatorname*{arg\\,min}}',
  '\\providecommand{\\llbracket}{[\\![}', '\\providecommand{\\rrbracket}{]\\!]}', '\\providecommand{\\lang}{\\langle}',
  '\\providecommand{\\rang}{\\rangle}', '\\providecommand{\\bm}[1]{\\boldsymbol{#1}}', '\\providecommand{\\bold}[1]{\\mathbf{#1}}',
  '\\providecommand{\\Bbb}[1]{\\mathbb{#1}}', '\\providecommand{\\mathscr}[1]{\\mathcal{#1}}', '\\providecommand{\\empty}{\\emptyset}',
  '\\providecommand{\\infin}{\\infty}', '\\providecommand{\\isin}{\\in}', '\\providecommand{\\sub}{\\subset}',
  '\\providecommand{\\sube}{\\subseteq}', '\\providecommand{\\supe}{\\supseteq}', 
  '\\providecommand{\\tr}{\\operatorname{tr}}', '\\providecommand{\\Tr}{\\operatorname{Tr}}', '\\providecommand{\\sgn}{\\operatorname{sgn}}',
].join('\n');

/** Commands that must never reach pdflatex from a claim's LaTeX (file access, definitions, escapes). */
const UNSAFE = /\\(input|include|write|immediate|openin|openout|read|catcode|def|gdef|edef|xdef|let|futurelet|csname|expandafter|special|newcommand|renewcommand|providecommand|newenvironment|usepackage|documentclass|href|url|includegraphics|html\w*|directlua|loop|end\s*\{document\}|begin\s*\{document\}|verb|makeatletter|pdf\w*)(?![a-zA-Z])/;
/** KaTeX accepts `\color{#f00}`; LaTeX's color package does not. */
const HEX_COLOUR = /\\(color|textcolor|colorbox|fcolorbox)\s*\{\s*#/;

/** amsmath's top-level display environments (they cannot sit inside `gather*`). */
const DISPLAY_ENV = /\\begin\s*\{(equation|align|gather|multline|flalign|alignat)\*?\}/;

/** Why `tex` cannot be typeset as given, or null when it can. */
export function mathProblem(tex: string): string | null {
  if (!tex.trim()) return 'empty';
  const bad = UNSAFE.exec(tex);
  if (bad) return `contains \\${bad[1]}`;
  if (HEX_COLOUR.test(tex)) return 'uses an HTML colour';
  if (!mathParses(tex)) return 'KaTeX cannot parse it';
  return null;
}

/**
 * Claim LaTeX as math: display (`gather*`) or inline. Math that does not parse, or that
 * uses commands a report must not run, is shown verbatim in typewriter instead, so one
 * bad formula cannot stop the PDF from compiling.
 */
export function texMath(tex: string, display: boolean): string {
  const problem = mathProblem(tex);
  if (problem) {
    const shown = `\\texttt{${escapeLatexTt(tex)}} {\\small(not typeset: ${escapeLatex(problem)})}`;
    return display ? `\n\n\\noindent ${shown}\n\n` : shown;
  }
  const body = latexMathUnicode(tex).trim();
  if (DISPLAY_ENV.test(body)) {
    // An amsmath display environment is already display math: emit it as it is.
    return display ? `\n${body}\n` : `\\texttt{${escapeLatexTt(tex)}} {\\small(not typeset: a display environment inline)}`;
  }
  return display ? `\n\\begin{gather*}\n${body}\n\\end{gather*}\n` : `$${body}$`;
}

/** A number string from formatNumber as LaTeX: `1.2e-7` -> `$1.2\times10^{-7}$`, "—" -> `---`. */
export function texNumberString(s: string): string {
  if (s === MISSING) return '---';
  if (s === '∞') return '$\\infty$';
  if (s === '−∞') return '$-\\infty$';
  const m = /^(-?[\d.]+)e(-?\d+)$/.exec(s);
  if (m) return `$${m[1]}\\times 10^{${m[2]}}$`;
  if (/^-?[\d.]+$/.test(s)) return s.startsWith('-') ? `$${s}$` : s;
  return escapeLatex(s);
}

/** A number for LaTeX (see {@link formatNumber}). */
export function texNum(n: number | null | undefined): string {
  return texNumberString(formatNumber(n));
}

/** A summary value for LaTeX: numbers formatted, text escaped, null as `---`. */
export function texScalar(v: unknown): string {
  if (typeof v === 'number' || v === null || v === undefined) return texNum(v as number | null | undefined);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return escapeLatex(String(v));
}

const VERDICT_RGB: Record<string, string> = {
  holds: '0.10,0.42,0.21', violated: '0.64,0.09,0.10', inconclusive: '0.48,0.32,0', error: '0.42,0.17,0.57',
};
const VERDICT_SYMBOL: Record<string, string> = {
  holds: '$\\checkmark$', violated: '$\\times$', inconclusive: '?', error: '!',
};

/** A verdict as bold coloured text with a symbol (readable in greyscale too). */
export function texVerdict(status: string): string {
  const s = VERDICT_RGB[status] ? status : 'inconclusive';
  return `\\textcolor[rgb]{${VERDICT_RGB[s]}}{\\textbf{${VERDICT_SYMBOL[s]}\\,${escapeLatex(status)}}}`;
}

/** A LaTeX label/anchor name derived from a claim id (only safe characters). */
export function texLabel(id: string): string {
  return `claim:${id.replace(/[^A-Za-z0-9.:-]/g, '-')}`;
}
