import type { CaseRecordJson, ClaimResult, Finding, PropertyOutcome } from '../core/results.js';
import { escapeHtml as h } from './escape.js';
import { formatMs, formatNumber, formatScalar, summaryKeys } from './format.js';
import { renderMath } from './katex.js';
import { renderSvgPlot } from './svg-plot.js';

const SYMBOL: Record<string, string> = { holds: '✓', violated: '✗', inconclusive: '?', error: '!' };

/** A verdict badge: colour and text (so it reads in greyscale print too). */
export function badge(status: string): string {
  const s = ['holds', 'violated', 'inconclusive', 'error'].includes(status) ? status : 'inconclusive';
  return `<span class="badge v-${s}">${SYMBOL[s]} ${h(status)}</span>`;
}

/** The verdict of a whole claim: 'error' when its code threw. */
export function claimStatus(c: ClaimResult): string {
  return c.error ? 'error' : c.verdict.status;
}

const PARAMS_MAX = 240;

function paramsCell(text: string): string {
  const short = text.length > PARAMS_MAX ? `${text.slice(0, PARAMS_MAX - 1)}…` : text;
  const title = short === text ? '' : ` title="${h(text)}"`;
  return `<td class="params"><code${title}>${h(short)}</code></td>`;
}

function cell(v: unknown): string {
  const num = typeof v === 'number' || v === null || v === undefined;
  return `<td${num ? ' class="num"' : ''}>${h(formatScalar(v))}</td>`;
}

/** A table of case records: name, params, every summary key, verdict, margin, time. */
export function casesTable(records: readonly CaseRecordJson[], withNames: boolean): string {
  const keys = summaryKeys(records);
  const head = [withNames ? '<th>case</th>' : '', '<th>params</th>', ...keys.map((k) => `<th class="num">${h(k)}</th>`), '<th>verdict</th>', '<th class="num">margin</th>', '<th class="num">time</th>'];
  const rows = records.map((r) => {
    const cls = r.verdict.status === 'violated' ? ' class="row-violated"' : '';
    return `<tr${cls}>${withNames ? `<td>${h(r.name ?? '—')}</td>` : ''}${paramsCell(r.paramsText)}${keys.map((k) => cell(r.summary[k])).join('')}<td title="${h(r.verdict.reason)}">${badge(r.verdict.status)}</td><td class="num">${h(formatNumber(r.verdict.margin))}</td><td class="num">${h(formatMs(r.ms))}</td></tr>`;
  });
  return `<div class="table-wrap"><table><thead><tr>${head.join('')}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

function summaryList(r: CaseRecordJson): string {
  const items = Object.entries(r.summary).map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(formatScalar(v))}</dd>`);
  return items.length ? `<dl class="meta">${items.join('')}</dl>` : '';
}

function findingBlock(kind: 'counterexample' | 'witness', f: Finding): string {
  const r = f.record;
  return `<div class="finding${kind === 'witness' ? ' witness' : ''}">
<h3>${kind === 'witness' ? 'Witness' : 'Counterexample (minimal after shrinking)'}</h3>
<p>${badge(r.verdict.status)} ${h(r.verdict.reason)} <span class="muted">(margin ${h(formatNumber(r.verdict.margin))}; seed ${h(String(f.seed))}, path <code>${h(f.path)}</code>, ${h(String(f.numShrinks))} shrink steps)</span></p>
<p>Parameters:</p><pre>${h(r.paramsText)}</pre>
${summaryList(r)}
<p>Replay it with:</p><pre class="replay">${h(f.replay)}</pre>
</div>`;
}

function propertyBlock(p: PropertyOutcome): string {
  const c = p.counts;
  return `<h3>Generated cases (fast-check)</h3>
<p class="counts"><span>${h(String(p.runsExecuted))} of ${h(String(p.numRuns))} runs executed</span><span>${badge('holds')} ${c.holds}</span><span>${badge('violated')} ${c.violated}</span><span>${badge('inconclusive')} ${c.inconclusive}</span><span>seed <code>${h(String(p.seed))}</code></span></p>
${p.interrupted ? '<p class="note">The search was interrupted (time limit or budget) before all runs finished.</p>' : ''}
${p.samples.length ? `<p class="muted">The first ${p.samples.length} generated case${p.samples.length === 1 ? '' : 's'}:</p>${casesTable(p.samples, false)}` : ''}
${p.counterexample ? findingBlock('counterexample', p.counterexample) : ''}
${p.witness ? findingBlock('witness', p.witness) : ''}`;
}

function sourceBlock(c: ClaimResult): string {
  const s = c.source;
  const link = s.url && /^https?:\/\//i.test(s.url) ? ` <a href="${h(s.url)}" rel="noreferrer">${h(s.url)}</a>` : s.url ? ` ${h(s.url)}` : '';
  const warn =
    s.confidence === 'reconstructed'
      ? '<p class="note">The statement is <strong>reconstructed</strong> from the paper, not quoted from it: it may differ from what the authors meant.</p>'
      : s.confidence === 'derived'
        ? '<p class="note">The statement is <strong>derived</strong> here (it does not appear in the paper as such).</p>'
        : '';
  return `<dl class="meta"><dt>Source</dt><dd>${h(s.paper)}, ${h(s.locator)} <span class="muted">(${h(s.confidence)})</span>${link}</dd>
<dt>Tolerance</dt><dd>abs ${h(formatNumber(c.tolerance.abs))}, rel ${h(formatNumber(c.tolerance.rel))} — ${h(c.tolerance.reason)}</dd></dl>${warn}`;
}

/** One claim's section; its anchor is the claim id. */
export function claimSection(c: ClaimResult): string {
  const status = claimStatus(c);
  const parts: string[] = [];
  parts.push(`<section class="claim" id="${h(c.id)}">
<div class="claim-id">${h(c.id)}</div>
<h2>${h(c.title)} ${badge(status)}</h2>
<p class="muted">${h(c.area)} · ${c.quantifier === 'exists' ? '∃ exists' : '∀ forall'}${c.expectation === 'may-fail' ? ' · may fail (the statement is in doubt)' : ''} · backend ${h(c.backend)} · budget ${h(c.budget)} · seed ${h(String(c.seed))} · ${h(formatMs(c.durationMs))}</p>
<div class="statement">${renderMath(c.statement, true)}</div>`);
  if (c.hypotheses.length) parts.push(`<p>Hypotheses:</p><ul class="hyps">${c.hypotheses.map((x) => `<li>${renderMath(x, false)}</li>`).join('')}</ul>`);
  parts.push(sourceBlock(c));
  if (c.notes) parts.push(`<p><strong>Notes.</strong> ${h(c.notes)}</p>`);
  parts.push(`<h3>Verdict</h3><p>${badge(c.verdict.status)} ${h(c.verdict.reason)} <span class="muted">(margin ${h(formatNumber(c.verdict.margin))})</span></p>`);
  if (c.error) parts.push(`<div class="error-box"><strong>Error ${h(c.error.code)}</strong>: ${h(c.error.message)}<br><span class="muted">The claim's code threw; this is a bug to fix, not a verdict on the statement.</span></div>`);
  if (c.derivation.length) {
    parts.push(`<h3>Derivation</h3><ol class="steps">${c.derivation.map((s) => `<li>${h(s.label)}${renderMath(s.latex, true)}</li>`).join('')}</ol>`);
  }
  if (c.cases.length) parts.push(`<h3>Named cases</h3>${casesTable(c.cases, true)}`);
  if (c.property) parts.push(propertyBlock(c.property));
  else if (c.quantifier === 'exists') {
    const w = c.cases.find((r) => r.verdict.status === 'holds');
    if (w) parts.push(`<div class="finding witness"><h3>Witness: named case “${h(w.name ?? '')}”</h3><pre>${h(w.paramsText)}</pre>${summaryList(w)}</div>`);
  }
  for (const p of c.plots) {
    parts.push(`<figure id="${h(`${c.id}--${p.id}`)}">${renderSvgPlot(p)}${p.caption ? `<figcaption>${h(p.caption)}</figcaption>` : ''}</figure>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}
