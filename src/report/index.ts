/**
 * Reports: pure functions from a run's results to report text (HTML with KaTeX and SVG
 * plots, LaTeX with picture-environment plots), plus the PDF compiler wrapper.
 */
export { escapeHtml, escapeLatex, escapeLatexBreakable, escapeLatexTt, latexMathUnicode } from './escape.js';
export { formatDate, formatMs, formatNumber, formatScalar, MISSING } from './format.js';
export { katexCss, mathParses, renderMath } from './katex.js';
export { renderSvgPlot } from './svg-plot.js';
export { renderHtml } from './html.js';
export { renderLatexReport, renderLatexFragments } from './latex.js';
export { renderLatexPicture } from './latex-picture.js';
export { compilePdf, type CompileOptions, type PdfResult } from './pdf.js';
