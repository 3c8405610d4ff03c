import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../../src/core/results.js';
import { renderHtml } from '../../../src/report/html.js';
import { katexCss, renderMath } from '../../../src/report/katex.js';
import { tagProblems } from '../../helpers/markup.js';
import { HOSTILE_TITLE, sampleResults } from '../../helpers/sample-results.js';

const results = sampleResults();
const html = renderHtml(results);
const body = html.slice(html.indexOf('<body>'));

function section(id: string): string {
  const start = html.indexOf(`<section class="claim" id="${id}">`);
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('renderMath', () => {
  it('renders with KaTeX', () => {
    expect(renderMath('\\binom{n}{i}', true)).toContain('class="katex-display"');
    expect(renderMath('x^2', false)).toMatch(/^<span class="katex">/);
  });

  it('returns an escaped tex-error instead of throwing', () => {
    const out = renderMath('\\frac{<b>}{', true);
    expect(out).toMatch(/^<code class="tex-error"/);
    expect(out).toContain('\\frac{&lt;b&gt;}{');
    expect(out).not.toContain('<b>');
  });

  it('does not trust input (no \\href links)', () => {
    expect(renderMath('\\href{javascript:alert(1)}{x}', false)).not.toContain('href="javascript');
  });
});

describe('katexCss', () => {
  const css = katexCss();
  it('inlines every font as a woff2 data URI and drops woff/ttf', () => {
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(15);
    for (const f of faces) expect(f).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\)[;}]/);
    for (const m of css.matchAll(/url\(([^)]*)\)/g)) expect(m[1]!.startsWith('data:')).toBe(true);
    expect(css).not.toMatch(/\.woff\)|\.ttf\)|fonts\//);
  });

  it('is cached', () => {
    expect(katexCss()).toBe(css);
  });
});

describe('renderHtml', () => {
  it('is one well-formed, self-contained page', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(tagProblems(html, { html: true })).toEqual([]);
    expect(html).not.toMatch(/<link\b|<script\b|<iframe\b|<img\b/i);
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/@import/);
    // http(s) only in links the reader may follow and in XML namespaces.
    for (const m of html.matchAll(/(\w+)="(https?:[^"]*)"/g)) expect(['href', 'xmlns']).toContain(m[1]);
  });

  it('never prints NaN and shows missing numbers as —', () => {
    // (The inlined fonts' base64 may spell anything: check the page outside <style>.)
    expect(body).not.toMatch(/NaN|undefined|\[object Object\]/);
    expect(section('lie.so3.closure')).toContain('(margin —)');
  });

  it('renders statements, hypotheses and derivation steps with KaTeX', () => {
    const s = section('vc.sauer-shelah.growth-bound');
    expect(s).toMatch(/<div class="statement"><span class="katex-display">/);
    expect(s).toContain('class="katex"');
    expect((s.match(/class="katex-display"/g) ?? []).length).toBe(1 + 3);
    // A hypothesis KaTeX cannot parse is shown, escaped, as an error.
    expect(section('vc.mlp.width-bound')).toContain('<code class="tex-error"');
  });

  it('escapes an untrusted title everywhere', () => {
    expect(body).not.toContain('<script>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; 50% of $x_i$');
    expect(HOSTILE_TITLE).toContain('<script>');
  });

  it('has a header with version, date, budget, seed, backend fallback and environment', () => {
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
    expect(header).toContain('theorycheck 0.1.0');
    expect(header).toContain('2025-03-04 10:11:12 UTC');
    expect(header).toMatch(/Budget<\/dt><dd>quick/);
    expect(header).toMatch(/Seed<\/dt><dd><code>42/);
    expect(header).toMatch(/<div class="banner"><strong>Backend fallback:<\/strong> requested <code>webgpu<\/code>, ran on <code>wasm<\/code>/);
    expect(header).toContain('v20.20.2 on linux/x64, 2 CPUs');
  });

  it('summarises every claim with a link, a verdict badge (colour and text), margin and time', () => {
    const summary = html.slice(html.indexOf('<section id="summary">'), html.indexOf('</section>', html.indexOf('<section id="summary">')));
    for (const c of results.claims) {
      expect(summary).toContain(`<a href="#${c.id}"><code>${c.id}</code></a>`);
      expect(html).toContain(`<section class="claim" id="${c.id}">`);
    }
    expect(summary).toContain('<span class="badge v-violated">✗ violated</span>');
    expect(summary).toContain('<span class="badge v-error">! error</span>');
    expect(summary).toContain('1 min 5 s');
  });

  it('shows named cases with every summary key as a column', () => {
    const s = section('vc.sauer-shelah.growth-bound');
    for (const k of ['class', 'n', 'VC', 'realised', 'Σ C(n,i)', '(en/d)^d', 'exact']) expect(s).toContain(`<th class="num">${k}</th>`);
    expect(s).toContain('<td>thresholds on 8 points</td>');
    expect(s).toContain('<td class="num">21.75</td>');
    expect(s).toMatch(/<figure id="vc.sauer-shelah.growth-bound--growth"><svg/);
    expect(s).toContain('<figcaption>');
  });

  it('shows the counterexample with its replay command, the property outcome and the source note', () => {
    const s = section('vc.mlp.width-bound');
    expect(s).toContain('Counterexample (minimal after shrinking)');
    expect(s).toContain('<pre class="replay">theorycheck replay vc.mlp.width-bound --seed 1234567 --path 3:1:0:0:2 --budget quick --backend wasm</pre>');
    expect(s).toContain('7 of 20 runs executed');
    expect(s).toContain('<td class="num">1.2e-5</td>');
    expect(s).toContain('<strong>reconstructed</strong>');
    expect(s).toContain('may fail');
    expect(s).toContain('>no data</text>');
  });

  it('shows the witness of an exists-claim and an interrupted search', () => {
    const s = section('dis.mig.violates-p1');
    expect(s).toContain('∃ exists');
    expect(s).toContain('<h3>Witness</h3>');
    expect(s).toContain('theorycheck replay dis.mig.violates-p1 --seed 42 --path 2');
    expect(s).toContain('The search was interrupted');
    expect(s).toContain('<strong>derived</strong>');
  });

  it('shows a claim error with its code and escaped message', () => {
    const s = section('lie.so3.closure');
    expect(s).toContain('<strong>Error TC5001</strong>: experiment() threw: matrix 3x2 is not square &lt;oops&gt;');
  });

  it('shows a witness found among the named cases of an exists-claim', () => {
    const r: RunResults = structuredClone(results);
    const c = r.claims[2]!;
    c.property = null;
    c.cases = [{ name: 'paper example', params: {}, paramsText: 'codes = I_3', summary: { MIG: 0.5 }, verdict: { status: 'holds', margin: 0.5, reason: 'P1 fails' }, ms: 1 }];
    expect(renderHtml(r)).toContain('Witness: named case “paper example”');
  });

  it('survives non-finite numbers in unvalidated results', () => {
    const r: RunResults = structuredClone(results);
    r.claims[0]!.verdict.margin = Number.NaN;
    r.claims[0]!.durationMs = Number.NaN;
    r.claims[0]!.cases[0]!.summary.n = Number.NaN;
    const out = renderHtml(r);
    expect(out.slice(out.indexOf('<body>'))).not.toContain('NaN');
  });
});
