import type { ClaimResult, RunResults } from '../core/results.js';
import { escapeLatex as e, escapeLatexTt } from './escape.js';
import { formatDate, formatMs } from './format.js';
import { claimStatusTex, claimTex } from './latex-claim.js';
import { KATEX_COMPAT, texLabel, texNum, texVerdict } from './latex-common.js';

/** The packages the report uses: all in Debian's texlive-latex-base. */
const PREAMBLE = `\\documentclass[10pt,a4paper]{article}
\\usepackage[utf8]{inputenc}
\\usepackage{amsmath,amssymb}
\\usepackage{graphicx}
\\usepackage{color}
\\usepackage{array,longtable}
\\usepackage[margin=2cm]{geometry}
\\usepackage[hidelinks,pdfusetitle]{hyperref}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{3pt}
\\setcounter{secnumdepth}{1}
\\sloppy
${KATEX_COMPAT}`;

function runInfo(r: RunResults): string {
  const b = r.backend;
  const env = r.environment;
  const rows: [string, string][] = [
    ['Tool', `${e(r.tool.name)} ${e(r.tool.version)}`],
    ['Started', `${e(formatDate(r.startedAt))} (last update ${e(formatDate(r.updatedAt))})`],
    ['Budget', e(r.config.budget)],
    ['Seed', e(String(r.config.seed))],
    ['Backend', `${e(b.selected)}${b.requested !== b.selected ? ` (requested ${e(b.requested)})` : ''}`],
    ['Claims', `${e(r.config.patterns.join(' ') || 'all')} $\\to$ ${r.claims.length} of ${r.config.claimIds.length}`],
    ['Node', `${e(env.node)} on ${e(env.platform)}/${e(env.arch)}, ${e(String(env.cpus))} CPUs`],
  ];
  if (r.config.shard) rows.push(['Shard', `${r.config.shard.index} of ${r.config.shard.count}`]);
  const versions = Object.entries(env.versions).map(([k, v]) => `${k} ${v}`).join(', ');
  if (versions) rows.push(['Versions', e(versions)]);
  const table = `\\noindent\\begin{tabular}{@{}>{\\bfseries}l p{0.78\\linewidth}@{}}\n${rows.map(([k, v]) => `${k} & ${v}\\\\`).join('\n')}\n\\end{tabular}\\par`;
  const fallback = b.fallback
    ? `\n\\medskip\\noindent\\fbox{\\parbox{0.96\\linewidth}{\\textbf{Backend fallback:} requested \\texttt{${escapeLatexTt(b.requested)}}, ran on \\texttt{${escapeLatexTt(b.selected)}}. ${e(b.fallback)}}}\\par`
    : '';
  const incomplete = r.complete ? '' : '\n\\medskip\\noindent\\fbox{\\textbf{Incomplete run:} the run was interrupted; only the claims below finished.}\\par';
  return `${table}${fallback}${incomplete}`;
}

function summary(claims: readonly ClaimResult[]): string {
  const counts: Record<string, number> = {};
  for (const c of claims) counts[claimStatusTex(c)] = (counts[claimStatusTex(c)] ?? 0) + 1;
  const line = Object.entries(counts).map(([s, k]) => `${texVerdict(s)} ${k}`).join('\\quad ');
  const rows = claims.map(
    (c) =>
      `\\hyperref[${texLabel(c.id)}]{\\texttt{${escapeLatexTt(c.id)}}}\\newline {\\footnotesize ${e(c.title)}} & ${e(c.area)} & ${c.quantifier === 'exists' ? '$\\exists$' : '$\\forall$'} & ${texVerdict(claimStatusTex(c))} & ${texNum(c.verdict.margin)} & ${e(formatMs(c.durationMs))}\\\\ \\hline`,
  );
  return `\\section*{Summary}
${line}\\par\\smallskip
{\\small\\setlength{\\tabcolsep}{4pt}
\\begin{longtable}{>{\\raggedright\\arraybackslash}p{0.45\\linewidth} l c l >{\\raggedleft\\arraybackslash}p{0.09\\linewidth} >{\\raggedleft\\arraybackslash}p{0.1\\linewidth}}
\\hline \\textbf{claim} & \\textbf{area} & & \\textbf{verdict} & \\textbf{margin} & \\textbf{time}\\\\ \\hline
\\endhead
${rows.join('\n')}
\\end{longtable}}`;
}

/**
 * The run as a complete LaTeX article (pdflatex; only packages from Debian's
 * texlive-latex-base): run information (backend fallback boxed), a summary table linking
 * to one section per claim with its statement, source, verdict, derivation, case
 * tables, property outcome, counterexample/witness with its replay command, and plots
 * drawn with the `picture` environment. All text fields are escaped.
 */
export function renderLatexReport(results: RunResults): string {
  return `${PREAMBLE}
\\title{theorycheck report}
\\author{${e(results.tool.name)} ${e(results.tool.version)}}
\\date{${e(formatDate(results.startedAt))}}
\\begin{document}
\\maketitle
${runInfo(results)}
${summary(results.claims)}
${results.claims.map((c) => `\\clearpage\n${claimTex(c, false)}`).join('\n\n')}
\\end{document}
`;
}

/**
 * One `\input`-able fragment per claim id: the statement and the result tables (verdict,
 * named cases, generated cases, counterexample/witness with replay command), with no
 * preamble. The including document needs amsmath, amssymb, array and color; the
 * KaTeX-compatibility macros are provided in the fragment with `\providecommand`.
 */
export function renderLatexFragments(results: RunResults): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of results.claims) {
    out.set(
      c.id,
      `% theorycheck ${results.tool.version.replace(/[\r\n]/g, ' ')}: claim ${c.id.replace(/[\r\n]/g, ' ')}
% \\input this file; needs \\usepackage{amsmath,amssymb,array,color}.
${KATEX_COMPAT}
${claimTex(c, true)}
`,
    );
  }
  return out;
}
