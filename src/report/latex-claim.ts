import type { CaseRecordJson, ClaimResult, Finding, PropertyOutcome } from '../core/results.js';
import { escapeLatex as e, escapeLatexBreakable, escapeLatexTt } from './escape.js';
import { formatMs, summaryKeys } from './format.js';
import { texLabel, texMath, texNum, texScalar, texVerdict } from './latex-common.js';
import { renderLatexPicture } from './latex-picture.js';

/** At most this many summary values get their own column; the rest are listed below. */
export const MAX_SUMMARY_COLUMNS = 5;
const PARAMS_MAX = 200;

function short(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The status of a claim: 'error' when its code threw. */
export function claimStatusTex(c: ClaimResult): string {
  return c.error ? 'error' : c.verdict.status;
}

/**
 * Case records as a table that fits the text width: one column for the case (name and
 * params), up to {@link MAX_SUMMARY_COLUMNS} summary columns, verdict and margin; other
 * summary values are listed under the table. `longtable` in the report (breaks across
 * pages), `tabular` in fragments (works anywhere).
 */
export function casesTableTex(records: readonly CaseRecordJson[], env: 'longtable' | 'tabular'): string {
  const keys = summaryKeys(records);
  const shown = keys.slice(0, MAX_SUMMARY_COLUMNS);
  const rest = keys.slice(MAX_SUMMARY_COLUMNS);
  const w = Math.min(0.13, 0.39 / Math.max(1, shown.length));
  const right = (f: number) => `>{\\raggedleft\\arraybackslash}p{${f.toFixed(3)}\\linewidth}`;
  const spec = ['>{\\raggedright\\arraybackslash}p{0.27\\linewidth}', ...shown.map(() => right(w)), '>{\\raggedright\\arraybackslash}p{0.12\\linewidth}', right(0.09)].join('');
  const head = `\\hline \\textbf{case} & ${shown.map((k) => `\\textbf{${escapeLatexBreakable(k)}}`).join(' & ')}${shown.length ? ' & ' : ''}\\textbf{verdict} & \\textbf{margin}\\\\ \\hline`;
  const label = (r: CaseRecordJson, i: number) => (r.name ? e(r.name) : `\\#${i + 1}`);
  const rows = records.map((r, i) => {
    const name = `\\textbf{${label(r, i)}}\\newline {\\scriptsize\\texttt{${escapeLatexTt(short(r.paramsText, PARAMS_MAX))}}}`;
    const cells = shown.map((k) => texScalar(r.summary[k]));
    return `${[name, ...cells, texVerdict(r.verdict.status), texNum(r.verdict.margin)].join(' & ')}\\\\ \\hline`;
  });
  const table =
    env === 'longtable'
      ? `\\begin{longtable}{${spec}}\n${head}\n\\endhead\n${rows.join('\n')}\n\\end{longtable}`
      : `\\par\\smallskip\\noindent\\begin{tabular}{${spec}}\n${head}\n${rows.join('\n')}\n\\end{tabular}\\par\\smallskip`;
  const extra = rest.length
    ? `\n{\\footnotesize\\noindent Further values: ${records
        .map((r, i) => `\\textit{${label(r, i)}}: ${rest.map((k) => `${e(k)} = ${texScalar(r.summary[k])}`).join(', ')}`)
        .join('; ')}.\\par}`
    : '';
  return `{\\small\\setlength{\\tabcolsep}{3pt}\n${table}}${extra}\n`;
}

function summaryLine(r: CaseRecordJson): string {
  const items = Object.entries(r.summary).map(([k, v]) => `${e(k)} = ${texScalar(v)}`);
  return items.length ? `\\noindent Values: ${items.join(', ')}.\\par\n` : '';
}

/** A counterexample or witness: params, values, verdict, and the replay command. */
export function findingTex(kind: 'counterexample' | 'witness', f: Finding): string {
  const r = f.record;
  return [
    `\\paragraph{${kind === 'witness' ? 'Witness.' : 'Counterexample (minimal after shrinking).'}}`,
    `${texVerdict(r.verdict.status)}: ${e(r.verdict.reason)} (margin ${texNum(r.verdict.margin)}; seed ${e(String(f.seed))}, path \\texttt{${escapeLatexTt(f.path)}}, ${e(String(f.numShrinks))} shrink steps).\\par`,
    `{\\raggedright\\noindent Parameters: {\\small\\texttt{${escapeLatexTt(r.paramsText)}}}\\par}`,
    summaryLine(r),
    `{\\raggedright\\noindent Replay: {\\small\\texttt{${escapeLatexTt(f.replay)}}}\\par}`,
  ].join('\n');
}

function propertyTex(p: PropertyOutcome, env: 'longtable' | 'tabular'): string {
  const c = p.counts;
  const out = [
    '\\paragraph{Generated cases (fast-check).}',
    `${e(String(p.runsExecuted))} of ${e(String(p.numRuns))} runs executed: ${c.holds} hold, ${c.violated} violated, ${c.inconclusive} inconclusive; seed ${e(String(p.seed))}.${p.interrupted ? ' \\textbf{The search was interrupted} before all runs finished.' : ''}\\par`,
  ];
  if (p.samples.length) out.push(`\\noindent The first ${p.samples.length} generated case${p.samples.length === 1 ? '' : 's'}:\\par`, casesTableTex(p.samples, env));
  if (p.counterexample) out.push(findingTex('counterexample', p.counterexample));
  if (p.witness) out.push(findingTex('witness', p.witness));
  return out.join('\n');
}

function sourceTex(c: ClaimResult): string {
  const s = c.source;
  const url = s.url ? ` {\\small\\texttt{${escapeLatexTt(s.url)}}}` : '';
  const note =
    s.confidence === 'reconstructed'
      ? '\n\n\\noindent\\fbox{\\parbox{0.96\\linewidth}{\\small\\textbf{Note:} the statement is \\emph{reconstructed} from the paper, not quoted from it; it may differ from what the authors meant.}}\\par'
      : s.confidence === 'derived'
        ? '\n\n\\noindent\\fbox{\\parbox{0.96\\linewidth}{\\small\\textbf{Note:} the statement is \\emph{derived} here; it does not appear in the paper as such.}}\\par'
        : '';
  return `\\paragraph{Source.} ${e(s.paper)}, ${e(s.locator)} (${e(s.confidence)}).${url}${note}`;
}

/**
 * One claim as LaTeX. In the report (`fragment: false`) it is a `\section` with a label,
 * the full record and its plots; as a fragment it is the statement and the result tables
 * only, in `tabular`s, with no sectioning.
 */
export function claimTex(c: ClaimResult, fragment: boolean): string {
  const env = fragment ? 'tabular' : 'longtable';
  const status = claimStatusTex(c);
  const q = c.quantifier === 'exists' ? '$\\exists$ exists' : '$\\forall$ forall';
  const out: string[] = [];
  if (fragment) out.push(`{\\raggedright\\noindent\\textbf{${e(c.title)}}\\par}\\noindent\\texttt{${escapeLatexTt(c.id)}}\\hfill ${texVerdict(status)}\\par`);
  else out.push(`\\section{${e(c.title)}}\\label{${texLabel(c.id)}}`, `\\noindent\\texttt{${escapeLatexTt(c.id)}}\\hfill ${texVerdict(status)}\\par`);
  out.push(`\\noindent{\\small ${e(c.area)} $\\cdot$ ${q}${c.expectation === 'may-fail' ? ' $\\cdot$ may fail (the statement is in doubt)' : ''} $\\cdot$ backend ${e(c.backend)} $\\cdot$ budget ${e(c.budget)} $\\cdot$ seed ${e(String(c.seed))} $\\cdot$ ${e(formatMs(c.durationMs))}}\\par`);
  out.push(texMath(c.statement, true));
  if (c.hypotheses.length) out.push(`\\noindent Hypotheses:\n\\begin{itemize}\n${c.hypotheses.map((x) => `\\item[$\\bullet$] ${texMath(x, false)}`).join('\n')}\n\\end{itemize}`);
  if (!fragment) {
    out.push(sourceTex(c));
    if (c.notes) out.push(`\\paragraph{Notes.} ${e(c.notes)}`);
    out.push(`\\paragraph{Tolerance.} abs ${texNum(c.tolerance.abs)}, rel ${texNum(c.tolerance.rel)}: ${e(c.tolerance.reason)}.`);
  }
  out.push(`\\paragraph{Verdict.} ${texVerdict(c.verdict.status)}: ${e(c.verdict.reason)} (margin ${texNum(c.verdict.margin)}).`);
  if (c.error) out.push(`\n\\noindent\\fbox{\\parbox{0.96\\linewidth}{\\textbf{Error ${e(c.error.code)}:} ${e(c.error.message)}\\\\ \\small The claim's code threw; this is a bug to fix, not a verdict on the statement.}}\\par`);
  if (c.derivation.length && !fragment) {
    out.push(`\\paragraph{Derivation.}\n\\begin{enumerate}\n${c.derivation.map((s) => `\\item ${e(s.label)}${texMath(s.latex, true)}`).join('\n')}\n\\end{enumerate}`);
  }
  if (c.cases.length) out.push('\\paragraph{Named cases.}\\leavevmode\\par', casesTableTex(c.cases, env));
  if (c.property) out.push(propertyTex(c.property, env));
  else if (c.quantifier === 'exists') {
    const w = c.cases.find((r) => r.verdict.status === 'holds');
    if (w) out.push(`\\paragraph{Witness: named case “${e(w.name ?? '')}”.} {\\small\\texttt{${escapeLatexTt(w.paramsText)}}}\\par`, summaryLine(w));
  }
  if (!fragment) for (const p of c.plots) out.push(renderLatexPicture(p));
  return out.join('\n');
}
