import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeLatex, escapeLatexTt } from '../../../src/report/escape.js';
import { compilePdf } from '../../../src/report/pdf.js';
import { renderLatexFragments, renderLatexReport } from '../../../src/report/latex.js';
import { sampleResults } from '../../helpers/sample-results.js';

const probe = spawnSync('latexmk', ['-v'], { encoding: 'utf8' });
const hasLatexmk = !probe.error && probe.status === 0;
const dirs: string[] = [];

function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'theorycheck-pdf-'));
  dirs.push(d);
  return d;
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function expectPdf(path: string | undefined): void {
  expect(path).toBeDefined();
  expect(existsSync(path!)).toBe(true);
  expect(readFileSync(path!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

describe('compilePdf', () => {
  it('has latexmk wherever CI is set (.ci/run installs texlive-latex-base and latexmk)', () => {
    expect(hasLatexmk || !process.env.CI, 'latexmk is not on PATH in CI: the PDF tests below would be skipped').toBe(true);
  });

  it('reports a missing latexmk as ok:false with the reason, without throwing', async () => {
    const d = tmp();
    writeFileSync(join(d, 'x.tex'), '\\documentclass{article}\\begin{document}x\\end{document}\n');
    const r = await compilePdf(join(d, 'x.tex'), { latexmk: 'latexmk-not-installed-here' });
    expect(r.ok).toBe(false);
    expect(r.pdfPath).toBeUndefined();
    expect(r.log.split('\n').at(-1)).toMatch(/latexmk-not-installed-here is not on PATH/);
  });

  it('reports a missing .tex file as ok:false', async () => {
    const r = await compilePdf(join(tmp(), 'nope.tex'));
    expect(r.ok).toBe(false);
    expect(r.log).toMatch(/no such file/);
  });

  it.skipIf(!hasLatexmk)('compiles the sample report to a PDF and cleans the auxiliary files', async () => {
    const d = tmp();
    const texPath = join(d, 'report.tex');
    writeFileSync(texPath, renderLatexReport(sampleResults()));
    const r = await compilePdf(texPath);
    expect(r.ok, r.log).toBe(true);
    expectPdf(r.pdfPath);
    expect(readdirSync(d).sort()).toEqual(['report.pdf', 'report.tex']);
  });

  it.skipIf(!hasLatexmk)('compiles every fragment \\input into a minimal document', async () => {
    const d = tmp();
    const ids: string[] = [];
    for (const [id, text] of renderLatexFragments(sampleResults())) {
      writeFileSync(join(d, `${id}.tex`), text);
      ids.push(id);
    }
    const doc = `\\documentclass{article}\n\\usepackage{amsmath,amssymb,array,color}\n\\begin{document}\n${ids.map((id) => `\\input{${id}.tex}`).join('\n')}\n\\end{document}\n`;
    writeFileSync(join(d, 'main.tex'), doc);
    const r = await compilePdf(join(d, 'main.tex'));
    expect(r.ok, r.log).toBe(true);
    expectPdf(r.pdfPath);
  });

  it.skipIf(!hasLatexmk)('compiles any escaped text (fast-check samples and a unicode zoo)', async () => {
    const zoo = 'Sauer–Shelah — “q” ‘s’ … é ü ß ł Å ç ñ § ¶ ± × ÷ · ° ² µ ¬ α β Σ Ω ≤ ≥ ≠ ≈ ∞ ∑ √ ∂ ∈ ℝ ℕ → ⇒ ⟨⟩ ‖ − • † € « » 中文 🙂 \u00A0\u2009\u200B\uFEFF';
    const strings = [zoo, '\\ { } $ & # ^ _ % ~ < > | " \' ` -- --- ?` !`', ...fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { numRuns: 60, seed: 7 })];
    const body = strings.map((s) => `\\noindent ${escapeLatex(s)}\\par\n\\noindent\\texttt{${escapeLatexTt(s)}}\\par\n\\section{${escapeLatex(s)}}`).join('\n');
    const d = tmp();
    writeFileSync(join(d, 'zoo.tex'), `\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amsmath,amssymb}\n\\usepackage[hidelinks]{hyperref}\n\\begin{document}\n${body}\n\\end{document}\n`);
    const r = await compilePdf(join(d, 'zoo.tex'));
    expect(r.ok, r.log).toBe(true);
    expectPdf(r.pdfPath);
  });

  it.skipIf(!hasLatexmk)('reports a TeX error as ok:false with the error on the last line', async () => {
    const d = tmp();
    writeFileSync(join(d, 'bad.tex'), '\\documentclass{article}\n\\begin{document}\n\\undefinedmacro\n\\end{document}\n');
    const r = await compilePdf(join(d, 'bad.tex'));
    expect(r.ok).toBe(false);
    expect(r.log.split('\n').at(-1)).toMatch(/failed \(exit \d+\): .*Undefined control sequence/);
  });
});

describe('compilePdf on plots', () => {
  it.skipIf(!hasLatexmk)('compiles line plots with very short segments (regression: core LaTeX \\qbezier overflow)', async () => {
    const results = sampleResults();
    const claim = results.claims[0]!;
    // irregular spacing: dash pieces of every length, many of them a fraction of a point
    const xs: number[] = [0];
    for (let i = 1; i < 150; i++) xs.push(xs[i - 1]! + 0.001 + ((i * 7919) % 97) / 4000);
    claim.plots = [
      {
        id: 'dense',
        title: 'dense line',
        x: { label: 'x' },
        y: { label: 'y' },
        series: [
          { name: 'solid', style: 'line', points: xs.map((x) => ({ x, y: Math.sin(40 * x) })) },
          { name: 'dashed', style: 'dashed', points: xs.map((x) => ({ x, y: Math.cos(40 * x) })) },
        ],
      },
    ];
    const d = tmp();
    const texPath = join(d, 'report.tex');
    writeFileSync(texPath, renderLatexReport(results));
    const r = await compilePdf(texPath);
    expect(r.ok, r.log).toBe(true);
    expectPdf(r.pdfPath);
  });
});
