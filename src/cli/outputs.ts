import { join } from 'node:path';
import type { RunResults } from '../core/results.js';
import { writeFileAtomic } from '../core/results-io.js';
import { compilePdf, renderHtml, renderLatexFragments, renderLatexReport } from '../report/index.js';

export const REPORT_FORMATS = ['html', 'tex', 'pdf', 'fragments'] as const;

/** Write the requested report formats into `dir`; returns the files written and notes. */
export async function writeReports(
  results: RunResults,
  dir: string,
  formats: readonly string[],
): Promise<{ files: string[]; notes: string[] }> {
  const files: string[] = [];
  const notes: string[] = [];
  if (formats.includes('html')) {
    const p = join(dir, 'report.html');
    writeFileAtomic(p, renderHtml(results));
    files.push(p);
  }
  if (formats.includes('tex') || formats.includes('pdf')) {
    const p = join(dir, 'report.tex');
    writeFileAtomic(p, renderLatexReport(results));
    files.push(p);
    if (formats.includes('pdf')) {
      const pdf = await compilePdf(p);
      if (pdf.ok && pdf.pdfPath) files.push(pdf.pdfPath);
      else notes.push(`report.pdf not written: ${pdf.log.split('\n').slice(-3).join(' ').trim() || 'latexmk failed'}`);
    }
  }
  if (formats.includes('fragments')) {
    for (const [id, tex] of renderLatexFragments(results)) {
      const p = join(dir, 'claims', `${id}.tex`);
      writeFileAtomic(p, tex);
      files.push(p);
    }
  }
  return { files, notes };
}
