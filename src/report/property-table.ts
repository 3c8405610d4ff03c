import type { ClaimResult } from '../core/results.js';
import { escapeHtml } from './escape.js';
import { formatNumber } from './format.js';

/**
 * The disentanglement area's centrepiece: a metric × property (P1, P2) table built from the
 * dis.* claims of a run. `dis.<metric>.violates-p<k>` that holds means the metric fails P<k>
 * (the cell shows the witness's score); `dis.<metric>.p<k>` that holds means it satisfies P<k>.
 */
export interface PropertyCell {
  metric: string;
  property: 'P1' | 'P2';
  /** 'satisfies' | 'fails' from a holding claim; 'unknown' when the claim was inconclusive or violated. */
  outcome: 'satisfies' | 'fails' | 'unknown';
  claimId: string;
  score: number | null;
}

const VIOLATES = /^dis\.([a-z0-9-]+)\.violates-p([12])$/;
const SATISFIES = /^dis\.([a-z0-9-]+)\.p([12])$/;

export function propertyCells(claims: readonly ClaimResult[]): PropertyCell[] {
  const cells: PropertyCell[] = [];
  for (const c of claims) {
    const v = VIOLATES.exec(c.id);
    const s = SATISFIES.exec(c.id);
    const m = v ?? s;
    if (!m) continue;
    const held = c.verdict.status === 'holds';
    const witness = c.property?.witness?.record ?? c.cases.find((k) => k.verdict.status === 'holds');
    const score = typeof witness?.summary.score === 'number' ? witness.summary.score : null;
    cells.push({
      metric: m[1]!,
      property: `P${m[2]}` as 'P1' | 'P2',
      outcome: !held ? 'unknown' : v ? 'fails' : 'satisfies',
      claimId: c.id,
      score: v ? score : null,
    });
  }
  return cells;
}

/** The HTML table (empty string when the run has no such claims). */
export function propertyTableHtml(claims: readonly ClaimResult[]): string {
  const cells = propertyCells(claims);
  if (!cells.length) return '';
  const metrics = [...new Set(cells.map((c) => c.metric))];
  const dci = claims.find((c) => c.id === 'dis.dci.axioms');
  const cell = (metric: string, p: 'P1' | 'P2') => {
    const found = cells.filter((c) => c.metric === metric && c.property === p);
    if (!found.length) return '<td>—</td>';
    return `<td>${found
      .map((c) => {
        const text =
          c.outcome === 'fails' ? `✗ fails${c.score !== null ? ` (witness scores ${formatNumber(c.score)})` : ''}` : c.outcome === 'satisfies' ? '✓ satisfies' : '? not shown';
        return `<a href="#${escapeHtml(c.claimId)}">${escapeHtml(text)}</a>`;
      })
      .join('<br>')}</td>`;
  };
  return `<section id="property-table">
<h2>Disentanglement metrics × properties</h2>
<p>P1: a disentangled code scores maximal. P2: an entangled code scores low. A failure is witnessed by a generated (and shrunk) code; follow the link for it.</p>
<table class="cases"><thead><tr><th>metric</th><th>P1</th><th>P2</th></tr></thead><tbody>
${metrics.map((m) => `<tr><th>${escapeHtml(m)}</th>${cell(m, 'P1')}${cell(m, 'P2')}</tr>`).join('\n')}
</tbody></table>
${dci ? `<p><a href="#${escapeHtml(dci.id)}">DCI disentanglement</a> (P1 and P2 in one claim, may fail): ${escapeHtml(dci.verdict.status)} — ${escapeHtml(dci.verdict.reason)}</p>` : ''}
</section>`;
}
