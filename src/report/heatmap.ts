import type { Heatmap } from '../core/plot.js';
import { escapeHtml, escapeLatex } from './escape.js';

/**
 * Heat maps for the report: a row of small images on one zero-centred diverging scale
 * (blue < 0 < red, white at 0), as SVG for the HTML report and as a core-LaTeX picture of
 * grey-level rules (|value|, darker = larger) for the .tex report.
 */
const W = 560;
const GAP = 14;

function finite(values: readonly number[]): number[] {
  return values.map((v) => (Number.isFinite(v) ? v : 0));
}

/** The largest |value| over all maps (the shared scale); 1 when everything is 0. */
export function heatmapScale(maps: readonly Heatmap[]): number {
  let m = 0;
  for (const h of maps) for (const v of finite(h.values)) m = Math.max(m, Math.abs(v));
  return m > 0 ? m : 1;
}

function colour(t: number): string {
  // t in [-1, 1]: white to red for t > 0, white to blue for t < 0
  const a = Math.min(1, Math.abs(t));
  const fade = (c: number) => Math.round(255 + (c - 255) * a);
  return t >= 0 ? `rgb(${fade(178)},${fade(24)},${fade(43)})` : `rgb(${fade(33)},${fade(102)},${fade(172)})`;
}

export function renderSvgHeatmaps(title: string, maps: readonly Heatmap[], caption?: string): string {
  const scale = heatmapScale(maps);
  // wrap into rows of at most 4 maps, each row as tall as its tallest map
  const perRow = Math.min(4, maps.length);
  const widest = Math.max(1, ...maps.map((m) => m.cols));
  const cell = Math.max(2, Math.min(14, Math.floor((W - 20 - GAP * (perRow - 1)) / (perRow * widest))));
  const rowsOfMaps: Heatmap[][] = [];
  for (let i = 0; i < maps.length; i += perRow) rowsOfMaps.push(maps.slice(i, i + perRow));
  const top = 34;
  const out: string[] = [];
  let y0 = top;
  for (const row of rowsOfMaps) {
    let x0 = 10;
    for (const m of row) {
      const vals = finite(m.values);
      for (let i = 0; i < m.rows; i++) {
        for (let j = 0; j < m.cols; j++) {
          const v = vals[i * m.cols + j] ?? 0;
          out.push(`<rect x="${x0 + j * cell}" y="${y0 + i * cell}" width="${cell}" height="${cell}" fill="${colour(v / scale)}"/>`);
        }
      }
      out.push(`<rect x="${x0}" y="${y0}" width="${m.cols * cell}" height="${m.rows * cell}" fill="none" stroke="#999"/>`);
      out.push(`<text x="${x0}" y="${y0 + m.rows * cell + 13}" font-size="10" fill="#333">${escapeHtml(m.label)}</text>`);
      x0 += widest * cell + GAP;
    }
    y0 += Math.max(...row.map((m) => m.rows)) * cell + 24;
  }
  const h = y0 + 12;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="plot heatmaps" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    caption ? `<desc>${escapeHtml(caption)}</desc>` : '',
    `<rect width="${W}" height="${h}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold" fill="#111">${escapeHtml(title)}</text>`,
    ...out,
    `<text x="10" y="${h - 6}" font-size="10" fill="#555">shared scale: blue −${scale.toPrecision(3)} · white 0 · red +${scale.toPrecision(3)}</text>`,
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The same maps as a core-LaTeX picture: grey levels by |value| (no colour package needed beyond `color`). */
export function renderLatexHeatmaps(title: string, maps: readonly Heatmap[]): string {
  const scale = heatmapScale(maps);
  const totalCols = maps.reduce((s, m) => s + m.cols, 0);
  const cell = Math.max(1, Math.min(8, Math.floor((330 - 8 * (maps.length - 1)) / Math.max(1, totalCols))));
  const maxRows = Math.max(1, ...maps.map((m) => m.rows));
  const body: string[] = [];
  let x0 = 0;
  for (const m of maps) {
    const vals = finite(m.values);
    for (let i = 0; i < m.rows; i++) {
      for (let j = 0; j < m.cols; j++) {
        const g = 1 - Math.min(1, Math.abs(vals[i * m.cols + j] ?? 0) / scale);
        const y = (maxRows - 1 - i) * cell;
        body.push(`\\put(${x0 + j * cell},${y}){{\\color[gray]{${g.toFixed(3)}}\\rule{${cell}pt}{${cell}pt}}}`);
      }
    }
    body.push(`\\put(${x0},-4){\\makebox(0,0)[tl]{\\tiny ${escapeLatex(m.label)}}}`);
    x0 += m.cols * cell + 8;
  }
  return [
    '\\par\\medskip\\noindent\\begin{minipage}{\\linewidth}\\centering',
    `{\\small\\textbf{${escapeLatex(title)}}}\\\\[4pt]`,
    '\\setlength{\\unitlength}{1pt}%',
    `\\begin{picture}(${x0},${maxRows * cell + 14})(0,-14)%`,
    body.join('%\n'),
    '\\end{picture}\\\\[2pt]',
    `{\\footnotesize grey level: $|v|$ on a shared scale, black = ${escapeLatex(scale.toPrecision(3))}; colour in the HTML report}`,
    '\\end{minipage}\\par\\medskip',
  ].join('\n');
}
