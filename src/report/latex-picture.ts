import type { PlotSpec } from '../core/plot.js';
import { escapeLatex } from './escape.js';
import { texNumberString } from './latex-common.js';
import { preparePlot, type CleanSeries, type Tick } from './plot-scale.js';
import { renderLatexHeatmaps } from './heatmap.js';

/**
 * A plot as a core-LaTeX `picture` (no pgf/tikz): axes as horizontal/vertical `\line`s,
 * markers put as symbols (one shape per series), lines and dashes as `\qbezier` segments,
 * bars as `\rule`s, ticks with labels. Colours come from the `color` package (in the
 * LaTeX base set); shapes keep series apart in greyscale.
 */

const PW = 300; // plot area width, pt
const PH = 150; // plot area height, pt
const MAX_POINTS = 400;
const RGB = ['0,0.447,0.698', '0.835,0.369,0', '0,0.62,0.451', '0.8,0.475,0.655', '0.902,0.624,0', '0.337,0.706,0.914', '0,0,0'];
const MARKS = ['\\scriptsize$\\bullet$', '\\tiny$\\blacksquare$', '\\tiny$\\blacktriangle$', '\\tiny$\\blacklozenge$', '\\scriptsize$\\times$', '\\scriptsize$+$'];

function n(v: number): string {
  return Number.isFinite(v) ? (Math.round(v * 100) / 100).toString() : '0';
}

function colour(i: number, body: string): string {
  return `{\\color[rgb]{${RGB[i % RGB.length]}}${body}}`;
}

function markAt(i: number, x: number, y: number): string {
  return `\\put(${n(x)},${n(y)}){\\makebox(0,0){${MARKS[i % MARKS.length]}}}`;
}

function hasMarkers(s: CleanSeries): boolean {
  return s.style === 'points' || (s.style === 'line' && s.points.length <= 40) || s.points.length === 1;
}

function tickLabel(t: Tick): string {
  return t.exponent !== undefined ? `$10^{${t.exponent}}$` : texNumberString(t.label);
}

/** Evenly thin a series to at most MAX_POINTS points (first and last kept). */
function thin(points: CleanSeries['points']): CleanSeries['points'] {
  if (points.length <= MAX_POINTS) return points;
  const step = (points.length - 1) / (MAX_POINTS - 1);
  return Array.from({ length: MAX_POINTS }, (_, k) => points[Math.round(k * step)]!);
}

/** Straight segments as \qbezier (control point at the middle), dashed when asked. */
function segments(pts: { x: number; y: number }[], dashed: boolean): string[] {
  const out: string[] = [];
  for (let k = 1; k < pts.length; k++) {
    const a = pts[k - 1]!;
    const b = pts[k]!;
    const len = Math.hypot(b.x - a.x, b.y - a.y);
    if (!(len > 0.2)) continue;
    const pieces: [number, number][] = dashed ? [] : [[0, 1]];
    if (dashed) for (let s = 0; s < len; s += 7) pieces.push([s / len, Math.min(s + 4, len) / len]);
    for (const [t0, t1] of pieces) {
      const p = { x: a.x + (b.x - a.x) * t0, y: a.y + (b.y - a.y) * t0 };
      const q = { x: a.x + (b.x - a.x) * t1, y: a.y + (b.y - a.y) * t1 };
      // explicit dot count: core LaTeX computes 0 dots for very short curves and then
      // divides by it ("Arithmetic overflow"); about two dots per pt reads as a solid line
      const dots = Math.max(2, Math.ceil(2 * len * (t1 - t0)));
      out.push(`\\qbezier[${dots}](${n(p.x)},${n(p.y)})(${n((p.x + q.x) / 2)},${n((p.y + q.y) / 2)})(${n(q.x)},${n(q.y)})`);
    }
  }
  return out;
}

function legendEntry(s: CleanSeries, i: number, markers: boolean, barIndex: number): string {
  const rule = '\\rule[0.5ex]{1.1em}{0.9pt}';
  const dash = '\\rule[0.5ex]{0.35em}{0.9pt}\\hspace{0.2em}\\rule[0.5ex]{0.35em}{0.9pt}\\hspace{0.2em}\\rule[0.5ex]{0.35em}{0.9pt}';
  const sym =
    s.style === 'bars' ? (barIndex % 2 ? '\\fbox{\\rule{0pt}{0.6em}\\hspace{0.4em}}' : '\\rule{0.8em}{0.8em}')
      : s.style === 'dashed' ? dash
        : `${s.style === 'line' ? rule : ''}${markers ? `\\,{${MARKS[i % MARKS.length]}}` : ''}`;
  return `\\mbox{${colour(i, sym)}~${escapeLatex(s.name)}}`;
}

/**
 * A plot as a centred `minipage` holding its title, the picture, a legend and the
 * caption. Non-finite points (and non-positive ones on log axes) are left out with a
 * note; an empty plot says "no data".
 */
export function renderLatexPicture(spec: PlotSpec): string {
  if (spec.heatmaps?.length) return renderLatexHeatmaps(spec.title, spec.heatmaps);
  const p = preparePlot(spec);
  const px = (v: number) => p.x.frac(v) * PW;
  const py = (v: number) => p.y.frac(v) * PH;
  const body: string[] = [];
  const notes = [...p.notes];
  if (p.count === 0) {
    body.push(`\\put(0,0){\\framebox(${PW},${PH}){\\small no data}}`);
  } else {
    body.push(`{\\color[gray]{0.85}`);
    for (const t of p.y.ticks) if (Number.isFinite(py(t.value))) body.push(`\\put(0,${n(py(t.value))}){\\line(1,0){${PW}}}`);
    body.push('}');
    for (const t of p.y.ticks) {
      const y = py(t.value);
      if (!Number.isFinite(y)) continue;
      body.push(`\\put(-3,${n(y)}){\\line(1,0){3}}`, `\\put(-5,${n(y)}){\\makebox(0,0)[r]{\\scriptsize ${tickLabel(t)}}}`);
    }
    for (const t of p.x.ticks) {
      const x = px(t.value);
      if (!Number.isFinite(x)) continue;
      body.push(`\\put(${n(x)},-3){\\line(0,1){3}}`, `\\put(${n(x)},-6){\\makebox(0,0)[t]{\\scriptsize ${tickLabel(t)}}}`);
    }
    for (const m of p.y.minor) body.push(`\\put(-1.5,${n(py(m))}){\\line(1,0){1.5}}`);
    for (const m of p.x.minor) body.push(`\\put(${n(px(m))},-1.5){\\line(0,1){1.5}}`);
    body.push(`\\put(0,0){\\line(1,0){${PW}}}`, `\\put(0,0){\\line(0,1){${PH}}}`);
    const bars = p.series.filter((s) => s.style === 'bars' && s.points.length);
    const gapPt = p.barGap !== null && !p.x.log ? Math.abs(px(p.x.lo + p.barGap) - px(p.x.lo)) : 24;
    const groupW = Math.max(2, Math.min(30, gapPt * 0.8));
    const base = py(p.y.log ? p.y.lo : Math.max(p.y.lo, Math.min(0, p.y.hi)));
    // Bars first, then dashed lines, lines, and markers on top.
    const layer = { bars: 0, dashed: 1, line: 2, points: 3 } as const;
    const order = p.series.map((s, i) => ({ s, i })).sort((a, b) => layer[a.s.style] - layer[b.s.style] || a.i - b.i);
    for (const { s, i } of order) {
      const pts = thin(s.points).map((q) => ({ x: px(q.x), y: py(q.y) })).filter((q) => Number.isFinite(q.x) && Number.isFinite(q.y));
      if (pts.length < s.points.length) notes.push(`${s.name} thinned to ${pts.length} of ${s.points.length} points`);
      const items: string[] = [];
      const errOff = s.style === 'bars' ? -groupW / 2 + (bars.indexOf(s) + 0.5) * (groupW / bars.length) : 0;
      for (const q of s.points) {
        if (q.yLow === undefined || q.yHigh === undefined) continue; // error bars: vertical \line from yLow to yHigh
        const lo = py(p.y.log && q.yLow <= 0 ? q.y : q.yLow);
        const hi = py(q.yHigh);
        const x = px(q.x) + errOff;
        if ([lo, hi, x].every(Number.isFinite) && hi > lo) items.push(`\\put(${n(x)},${n(lo)}){\\line(0,1){${n(hi - lo)}}}`);
      }
      if (s.style === 'bars') {
        const bw = groupW / bars.length;
        const off = -groupW / 2 + bars.indexOf(s) * bw;
        for (const q of pts) {
          const h = Math.abs(base - q.y);
          const at = `\\put(${n(q.x + off)},${n(Math.min(base, q.y))})`;
          items.push(bars.indexOf(s) % 2 ? `${at}{\\framebox(${n(Math.max(0.5, bw - 0.6))},${n(h)}){}}` : `${at}{\\rule{${n(Math.max(0.5, bw - 0.6))}pt}{${n(h)}pt}}`);
        }
      } else {
        if (s.style !== 'points') items.push(...segments(pts, s.style === 'dashed'));
        if (hasMarkers(s)) items.push(...pts.map((q) => markAt(i, q.x, q.y)));
      }
      body.push(colour(i, `\\linethickness{0.9pt}%\n${items.join('%\n')}`));
    }
  }
  const xl = `\\put(${PW / 2},-22){\\makebox(0,0)[t]{\\small ${escapeLatex(spec.x.label)}${p.x.log ? ' (log)' : ''}}}`;
  const yl = `\\put(-40,${PH / 2}){\\makebox(0,0){\\rotatebox{90}{\\small ${escapeLatex(spec.y.label)}${p.y.log ? ' (log)' : ''}}}}`;
  const barSeries = p.series.filter((s) => s.style === 'bars' && s.points.length);
  const legend = p.series
    .map((s, i) => (s.points.length ? legendEntry(s, i, hasMarkers(s), barSeries.indexOf(s)) : ''))
    .filter(Boolean)
    .join('\\quad ');
  return [
    '\\par\\medskip\\noindent\\begin{minipage}{\\linewidth}\\centering',
    `{\\small\\textbf{${escapeLatex(spec.title)}}}\\\\[4pt]`,
    '\\setlength{\\unitlength}{1pt}%',
    // Every line ends in `%`: a stray space inside a picture shifts everything after it.
    `\\begin{picture}(${PW + 60},${PH + 44})(-50,-34)%\n${[...body, xl, yl].join('%\n')}%\n\\end{picture}`,
    legend ? `\\\\[2pt]{\\footnotesize ${legend}}` : '',
    notes.length ? `\\\\{\\footnotesize\\emph{Note: ${notes.map(escapeLatex).join('; ')}.}}` : '',
    spec.caption ? `\\\\[2pt]\\parbox{0.9\\linewidth}{\\footnotesize ${escapeLatex(spec.caption)}}` : '',
    '\\end{minipage}\\par\\medskip',
  ]
    .filter((l) => l !== '')
    .join('\n');
}
