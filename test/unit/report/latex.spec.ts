import { describe, expect, it } from 'vitest';
import type { RunResults } from '../../../src/core/results.js';
import { renderLatexPicture } from '../../../src/report/latex-picture.js';
import { mathProblem, texMath, texNum } from '../../../src/report/latex-common.js';
import { renderLatexFragments, renderLatexReport } from '../../../src/report/latex.js';
import { sampleResults } from '../../helpers/sample-results.js';

const results = sampleResults();
const tex = renderLatexReport(results);
const fragments = renderLatexFragments(results);

/** Packages in Debian's texlive-latex-base that the report may use. */
const ALLOWED = new Set(['inputenc', 'fontenc', 'amsmath', 'amssymb', 'graphicx', 'color', 'array', 'longtable', 'geometry', 'hyperref']);

function bracesBalanced(s: string): boolean {
  let depth = 0;
  const code = s.replace(/\\[{}%]/g, '').replace(/(^|[^\\])%.*$/gm, '$1');
  for (const m of code.matchAll(/[{}]/g)) {
    depth += m[0] === '{' ? 1 : -1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function claimPart(id: string): string {
  const start = tex.indexOf(`\\label{claim:${id}}`);
  expect(start).toBeGreaterThan(0);
  const next = tex.indexOf('\\clearpage', start);
  return tex.slice(start, next < 0 ? undefined : next);
}

describe('renderLatexReport', () => {
  it('is a complete article that uses only texlive-latex-base packages', () => {
    expect(tex.startsWith('\\documentclass')).toBe(true);
    expect(tex).toContain('\\begin{document}');
    expect(tex.trimEnd().endsWith('\\end{document}')).toBe(true);
    const pkgs = [...tex.matchAll(/\\usepackage(?:\[[^\]]*\])?\{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((p) => p.trim()));
    expect(pkgs.length).toBeGreaterThan(5);
    for (const p of pkgs) expect(ALLOWED, p).toContain(p);
    expect(tex).not.toMatch(/booktabs|xcolor|tikz|pgfplots|mathtools|siunitx|\\toprule/);
    expect(bracesBalanced(tex)).toBe(true);
    expect(tex).not.toMatch(/NaN|undefined/);
  });

  it('escapes special characters in an untrusted title', () => {
    const expected = 'Width bound \\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\& 50\\% of \\ensuremath{\\mathdollar}x\\_i\\ensuremath{\\mathdollar} \\{\\#\\}\\textasciitilde{}\\textasciicircum{}\\textbackslash{} “fails”';
    expect(tex).toContain(`\\section{${expected}}`);
    expect(tex).not.toContain('<script>');
    expect(tex).not.toContain('$x_i$');
  });

  it('states the run: version, budget, seed, boxed backend fallback', () => {
    expect(tex).toContain('\\author{theorycheck 0.1.0}');
    expect(tex).toMatch(/Budget & quick\\\\/);
    expect(tex).toMatch(/Seed & 42\\\\/);
    expect(tex).toContain('\\fbox{\\parbox{0.96\\linewidth}{\\textbf{Backend fallback:} requested \\texttt{webgpu}, ran on \\texttt{wasm}.');
  });

  it('has a summary linking to one labelled section per claim', () => {
    for (const c of results.claims) {
      expect(tex).toContain(`\\hyperref[claim:${c.id}]{\\texttt{${c.id.replace(/\./g, '.')}}}`);
      expect(tex).toContain(`\\label{claim:${c.id}}`);
    }
  });

  it('puts statements in display math as given, derivations and hypotheses typeset', () => {
    const s = claimPart('vc.sauer-shelah.growth-bound');
    expect(s).toContain(`\\begin{gather*}\n${results.claims[0]!.statement}\n\\end{gather*}`);
    expect(s).toContain('\\item VC dimension of the class\n\\begin{gather*}\n\\mathrm{VC}(H) = 1');
    expect(s).toContain('\\item[$\\bullet$] $H \\in');
  });

  it('shows math it cannot typeset verbatim instead of breaking the build', () => {
    expect(claimPart('vc.mlp.width-bound')).toContain('\\texttt{\\char92{}bad\\char123{}x\\char125{}\\allowbreak{}} {\\small(not typeset: KaTeX cannot parse it)}');
    const r: RunResults = structuredClone(results);
    r.claims[0]!.statement = '\\input{/etc/passwd} x';
    r.claims[0]!.hypotheses = ['\\immediate\\write18{rm -rf /}'];
    const out = renderLatexReport(r);
    expect(out).not.toContain('\\input{/etc/passwd}');
    expect(out).not.toContain('\\write18');
    expect(out).toContain('(not typeset: contains \\textbackslash{}input)');
    expect(mathProblem('\\color{#f00}{x}')).toBe('uses an HTML colour');
    expect(mathProblem('\\alpha \\le \\R')).toBeNull();
  });

  it('caps the summary columns of case tables and lists the rest', () => {
    const s = claimPart('vc.mlp.width-bound');
    const specs = [...s.matchAll(/\\begin\{longtable\}\{(.*)\}\n/g)].map((m) => (m[1]!.match(/p\{/g) ?? []).length);
    expect(specs.length).toBe(2);
    for (const n of specs) expect(n).toBeLessThanOrEqual(5 + 3);
    expect(s).toContain('Further values: \\textit{paper example}: loss (final) = ---, time per step = 0.02');
    expect(s).toContain('loss (final) = $1.2\\times 10^{-5}$');
  });

  it('shows counterexample, witness and replay commands in breakable typewriter', () => {
    const s = claimPart('vc.mlp.width-bound');
    expect(s).toContain('Counterexample (minimal after shrinking).');
    expect(s).toContain('{\\raggedright\\noindent Replay: {\\small\\texttt{theorycheck replay vc.mlp.width-bound --seed 1234567 --path 3:\\allowbreak{}1:\\allowbreak{}0');
    expect(claimPart('dis.mig.violates-p1')).toContain('\\paragraph{Witness.}');
    expect(claimPart('lie.so3.closure')).toContain('\\textbf{Error TC5001:} experiment() threw: matrix 3x2 is not square \\textless{}oops\\textgreater{}');
  });

  it('marks reconstructed and derived statements', () => {
    expect(claimPart('vc.mlp.width-bound')).toContain('\\emph{reconstructed}');
    expect(claimPart('dis.mig.violates-p1')).toContain('\\emph{derived}');
  });
});

describe('renderLatexFragments', () => {
  it('has one preamble-free fragment per claim with statement and result table', () => {
    expect([...fragments.keys()]).toEqual(results.claims.map((c) => c.id));
    for (const c of results.claims) {
      const f = fragments.get(c.id)!;
      expect(f.replace(/^%.*$/gm, '')).not.toMatch(/\\documentclass|\\usepackage|\\begin\{document\}|\\section/);
      expect(f).toContain(c.statement);
      expect(f).toContain('\\paragraph{Verdict.}');
      expect(bracesBalanced(f)).toBe(true);
    }
    expect(fragments.get('vc.sauer-shelah.growth-bound')).toContain('\\begin{tabular}');
    expect(fragments.get('vc.sauer-shelah.growth-bound')).not.toContain('longtable');
    expect(fragments.get('vc.mlp.width-bound')).toContain('\\textless{}script\\textgreater{}');
  });
});

describe('LaTeX plots and numbers', () => {
  it('draws a plot with the picture environment only', () => {
    const pic = renderLatexPicture(results.claims[0]!.plots[0]!);
    expect(pic).toMatch(/\\begin\{picture\}\([\d.]+,[\d.]+\)\(-?[\d.]+,-?[\d.]+\)/);
    expect(pic).toContain('\\put(');
    expect(pic).toContain('\\qbezier[');
    for (const m of pic.matchAll(/\\line\((-?\d+),(-?\d+)\)/g)) expect(['1,0', '0,1']).toContain(`${m[1]},${m[2]}`);
    for (const m of pic.matchAll(/\((-?[\d.e+-]+),(-?[\d.e+-]+)\)/g)) {
      expect(Number.isFinite(Number(m[1]))).toBe(true);
      expect(Number.isFinite(Number(m[2]))).toBe(true);
    }
    expect(pic).not.toMatch(/NaN|Infinity/);
    expect(bracesBalanced(pic)).toBe(true);
  });

  it('says no data for an empty plot and notes what it left out', () => {
    expect(renderLatexPicture({ id: 'e', title: 'E', x: { label: 'x' }, y: { label: 'y' }, series: [] })).toContain('no data');
    const pic = renderLatexPicture({ id: 'p', title: 'P', x: { label: 'x' }, y: { label: 'y', log: true }, series: [{ name: 's', style: 'points', points: [{ x: 1, y: -1 }, { x: 2, y: 3 }] }] });
    expect(pic).toContain('1 point with y \\ensuremath{\\le} 0 omitted (log axis)');
  });

  it('formats numbers for LaTeX', () => {
    expect(texNum(null)).toBe('---');
    expect(texNum(Number.NaN)).toBe('---');
    expect(texNum(-2)).toBe('$-2$');
    expect(texNum(1.2e-5)).toBe('$1.2\\times 10^{-5}$');
    expect(texNum(0.0834)).toBe('0.0834');
    expect(texMath('a & b', false)).toContain('not typeset');
  });
});
