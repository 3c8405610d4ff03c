import type { PlotSpec } from '../core/plot.js';
import { escapeHtml } from './escape.js';
import { formatNumber } from './format.js';
import { preparePlot, type CleanSeries, type Scale, type Tick } from './plot-scale.js';
import { renderSvgHeatmaps } from './heatmap.js';

/**
 * Okabe–Ito colours (colour-blind safe, readable on white; yellow left out), and one
 * marker shape per series so that the chart also reads in greyscale print.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'];
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'plus'] as const;

const W = 560;
const LEFT = 66;
const RIGHT = 18;
const PLOT_H = 210;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

/** A coordinate with one decimal; callers only pass finite numbers (checked again here). */
function c(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 10) / 10) : '0';
}

function ok(...vs: number[]): boolean {
  return vs.every((v) => Number.isFinite(v));
}

function marker(shape: (typeof SHAPES)[number], x: number, y: number, colour: string, tip: string): string {
  const t = tip ? `<title>${escapeHtml(tip)}</title>` : '';
  const r = 3.6;
  const fill = `fill="${colour}" stroke="${colour}"`;
  switch (shape) {
    case 'circle':
      return `<circle cx="${c(x)}" cy="${c(y)}" r="${r}" ${fill}>${t}</circle>`;
    case 'square':
      return `<rect x="${c(x - r)}" y="${c(y - r)}" width="${2 * r}" height="${2 * r}" ${fill}>${t}</rect>`;
    case 'triangle':
      return `<polygon points="${c(x)},${c(y - r - 1)} ${c(x + r + 0.6)},${c(y + r)} ${c(x - r - 0.6)},${c(y + r)}" ${fill}>${t}</polygon>`;
    case 'diamond':
      return `<polygon points="${c(x)},${c(y - r - 1)} ${c(x + r + 1)},${c(y)} ${c(x)},${c(y + r + 1)} ${c(x - r - 1)},${c(y)}" ${fill}>${t}</polygon>`;
    case 'cross':
      return `<path d="M${c(x - r)} ${c(y - r)}L${c(x + r)} ${c(y + r)}M${c(x - r)} ${c(y + r)}L${c(x + r)} ${c(y - r)}" stroke="${colour}" stroke-width="2" fill="none">${t}</path>`;
    case 'plus':
      return `<path d="M${c(x - r - 1)} ${c(y)}H${c(x + r + 1)}M${c(x)} ${c(y - r - 1)}V${c(y + r + 1)}" stroke="${colour}" stroke-width="2" fill="none">${t}</path>`;
  }
}

function tickText(t: Tick, x: number, y: number, anchor: string): string {
  const body = t.exponent !== undefined ? `10<tspan dy="-6" font-size="9">${t.exponent}</tspan>` : escapeHtml(t.label);
  return `<text x="${c(x)}" y="${c(y)}" text-anchor="${anchor}" font-size="11" fill="#333">${body}</text>`;
}

function tipFor(s: CleanSeries, p: { x: number; y: number; label?: string }): string {
  return `${s.name}: (${formatNumber(p.x)}, ${formatNumber(p.y)})${p.label ? ` — ${p.label}` : ''}`;
}

interface Frame {
  top: number;
  px(v: number): number;
  py(v: number): number;
}

function axes(x: Scale, y: Scale, f: Frame): string[] {
  const out: string[] = [];
  const x0 = LEFT;
  const x1 = W - RIGHT;
  const y0 = f.top + PLOT_H;
  for (const m of y.minor) if (ok(f.py(m))) out.push(`<line x1="${x0}" x2="${x0 - 3}" y1="${c(f.py(m))}" y2="${c(f.py(m))}" stroke="#555"/>`);
  for (const m of x.minor) if (ok(f.px(m))) out.push(`<line x1="${c(f.px(m))}" x2="${c(f.px(m))}" y1="${y0}" y2="${y0 + 3}" stroke="#555"/>`);
  for (const t of y.ticks) {
    const py = f.py(t.value);
    if (!ok(py)) continue;
    out.push(`<line x1="${x0}" x2="${x1}" y1="${c(py)}" y2="${c(py)}" stroke="#e3e3e3"/>`);
    out.push(`<line x1="${x0 - 5}" x2="${x0}" y1="${c(py)}" y2="${c(py)}" stroke="#333"/>`);
    out.push(tickText(t, x0 - 8, py + 4, 'end'));
  }
  for (const t of x.ticks) {
    const px = f.px(t.value);
    if (!ok(px)) continue;
    out.push(`<line x1="${c(px)}" x2="${c(px)}" y1="${f.top}" y2="${y0}" stroke="#eeeeee"/>`);
    out.push(`<line x1="${c(px)}" x2="${c(px)}" y1="${y0}" y2="${y0 + 5}" stroke="#333"/>`);
    out.push(tickText(t, px, y0 + 18, 'middle'));
  }
  out.push(`<path d="M${x0} ${f.top}V${y0}H${x1}" fill="none" stroke="#333"/>`);
  return out;
}

/** Whether a series shows visible markers (lines only when they are short). */
function hasMarkers(s: CleanSeries): boolean {
  return s.style === 'points' || (s.style === 'line' && s.points.length <= 40);
}

/** Bars first, then lines, then markers on top. */
const LAYER: Record<CleanSeries['style'], number> = { bars: 0, dashed: 1, line: 2, points: 3 };

function drawSeries(p: ReturnType<typeof preparePlot>, f: Frame): string[] {
  const out: string[] = [];
  const bars = p.series.filter((s) => s.style === 'bars' && s.points.length);
  const gapPx = p.barGap !== null ? Math.abs(f.px(p.x.lo + p.barGap) - f.px(p.x.lo)) : 0;
  const groupW = Math.max(2, Math.min(48, (ok(gapPx) && gapPx > 0 ? gapPx : 40) * 0.8));
  const base = f.py(p.y.log ? p.y.lo : Math.max(p.y.lo, Math.min(0, p.y.hi)));
  const order = p.series.map((s, i) => ({ s, i })).sort((a, b) => LAYER[a.s.style] - LAYER[b.s.style] || a.i - b.i);
  for (const { s, i } of order) {
    const colour = PALETTE[i % PALETTE.length]!;
    const shape = SHAPES[i % SHAPES.length]!;
    const pts = s.points.map((q) => ({ q, x: f.px(q.x), y: f.py(q.y) })).filter((q) => ok(q.x, q.y));
    out.push(`<g class="series">`);
    const barOffset = s.style === 'bars' ? -groupW / 2 + (bars.indexOf(s) + 0.5) * (groupW / bars.length) : 0;
    for (const { q, x } of pts) if (q.yHigh !== undefined) out.push(errorBar(x + barOffset, q, f, p.y.log));
    if (s.style === 'bars') {
      const bw = groupW / bars.length;
      const off = -groupW / 2 + bars.indexOf(s) * bw;
      for (const { q, x, y } of pts) {
        const top = Math.min(y, base);
        out.push(`<rect x="${c(x + off)}" y="${c(top)}" width="${c(Math.max(1, bw - 1))}" height="${c(Math.abs(base - y))}" fill="${colour}" fill-opacity="0.8"><title>${escapeHtml(tipFor(s, q))}</title></rect>`);
      }
    } else {
      if (s.style !== 'points' && pts.length > 1) {
        const dash = s.style === 'dashed' ? ' stroke-dasharray="6 4"' : '';
        out.push(`<polyline points="${pts.map((q) => `${c(q.x)},${c(q.y)}`).join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${dash}/>`);
      }
      const visible = hasMarkers(s) || pts.length === 1;
      for (const { q, x, y } of pts) {
        if (visible) out.push(marker(shape, x, y, colour, tipFor(s, q)));
        else if (q.label) out.push(`<circle cx="${c(x)}" cy="${c(y)}" r="4" fill="${colour}" fill-opacity="0"><title>${escapeHtml(tipFor(s, q))}</title></circle>`);
      }
    }
    out.push('</g>');
  }
  return out;
}

/** A vertical error bar from yLow to yHigh with short caps (clipped to the positive part on a log axis). */
function errorBar(cx: number, q: { y: number; yLow?: number; yHigh?: number }, f: Frame, yLog: boolean): string {
  const yHi = f.py(q.yHigh ?? q.y);
  const loVal = q.yLow ?? q.y;
  const yLo = f.py(loVal > 0 || !yLog ? loVal : q.y);
  if (!ok(cx, yHi, yLo)) return '';
  const cap = (y: number) => `<line x1="${c(cx - 4)}" x2="${c(cx + 4)}" y1="${c(y)}" y2="${c(y)}" stroke="#222" stroke-width="1.2"/>`;
  return `<g class="error-bar"><line x1="${c(cx)}" x2="${c(cx)}" y1="${c(yLo)}" y2="${c(yHi)}" stroke="#222" stroke-width="1.2"/>${cap(yLo)}${cap(yHi)}<title>${escapeHtml(`[${(q.yLow ?? q.y).toPrecision(3)}, ${(q.yHigh ?? q.y).toPrecision(3)}]`)}</title></g>`;
}

function legend(series: CleanSeries[], top: number): { svg: string[]; height: number } {
  const out: string[] = [];
  let x = LEFT;
  let y = top;
  let shown = 0;
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    shown++;
    const colour = PALETTE[i % PALETTE.length]!;
    const w = 34 + Math.min(s.name.length, 60) * 6.3 + 16;
    if (x + w > W - RIGHT && x > LEFT) {
      x = LEFT;
      y += 18;
    }
    const sw =
      s.style === 'bars'
        ? `<rect x="${c(x + 6)}" y="${c(y - 6)}" width="14" height="10" fill="${colour}" fill-opacity="0.8"/>`
        : (s.style === 'points' ? '' : `<line x1="${c(x)}" x2="${c(x + 26)}" y1="${c(y - 1)}" y2="${c(y - 1)}" stroke="${colour}" stroke-width="2"${s.style === 'dashed' ? ' stroke-dasharray="6 4"' : ''}/>`) +
          (hasMarkers(s) || s.points.length === 1 ? marker(SHAPES[i % SHAPES.length]!, x + 13, y - 1, colour, '') : '');
    const name = s.name.length > 60 ? `${s.name.slice(0, 59)}…` : s.name;
    out.push(sw, `<text x="${c(x + 32)}" y="${c(y + 3)}" font-size="11" fill="#222">${escapeHtml(name)}</text>`);
    x += w;
  });
  return { svg: out, height: shown ? y - top + 18 : 0 };
}

/**
 * Render a plot as a self-contained SVG chart (about 560 x 320): axes with round ticks
 * (decades on log axes), the series as lines, markers, dashed lines or bars, a legend,
 * the title, axis labels and `<title>` tooltips. Non-finite points (and non-positive ones
 * on a log axis) are left out with a note; an empty plot says "no data". All text is
 * escaped; no coordinate is ever NaN or infinite.
 */
export function renderSvgPlot(spec: PlotSpec): string {
  if (spec.heatmaps?.length) return renderSvgHeatmaps(spec.title, spec.heatmaps, spec.caption);
  const p = preparePlot(spec);
  const top = spec.title ? 34 : 14;
  const plotBottom = top + PLOT_H;
  const xLabelY = plotBottom + 40;
  const f: Frame = {
    top,
    px: (v) => LEFT + p.x.frac(v) * (W - LEFT - RIGHT),
    py: (v) => plotBottom - p.y.frac(v) * PLOT_H,
  };
  const body: string[] = [];
  if (p.count === 0) {
    body.push(`<rect x="${LEFT}" y="${top}" width="${W - LEFT - RIGHT}" height="${PLOT_H}" fill="none" stroke="#bbb" stroke-dasharray="4 4"/>`);
    body.push(`<text x="${c((LEFT + W - RIGHT) / 2)}" y="${c(top + PLOT_H / 2)}" text-anchor="middle" font-size="14" fill="#666">no data</text>`);
  } else {
    body.push(...axes(p.x, p.y, f), ...drawSeries(p, f));
  }
  const leg = legend(p.series, xLabelY + 24);
  const notesY = xLabelY + 24 + leg.height;
  const h = Math.ceil(notesY + (p.notes.length ? 14 : -6));
  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="plot" viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-label="${escapeHtml(spec.title)}" font-family="${escapeHtml(FONT)}">`,
    `<title>${escapeHtml(spec.title)}</title>`,
    spec.caption ? `<desc>${escapeHtml(spec.caption)}</desc>` : '',
    `<rect width="${W}" height="${h}" fill="#ffffff"/>`,
    spec.title ? `<text x="${LEFT}" y="20" font-size="14" font-weight="bold" fill="#111">${escapeHtml(spec.title.length > 66 ? `${spec.title.slice(0, 65)}…` : spec.title)}</text>` : '',
    `<text x="${c((LEFT + W - RIGHT) / 2)}" y="${xLabelY}" text-anchor="middle" font-size="12" fill="#111">${escapeHtml(spec.x.label)}${p.x.log ? ' (log)' : ''}</text>`,
    `<text transform="translate(16 ${c(top + PLOT_H / 2)}) rotate(-90)" text-anchor="middle" font-size="12" fill="#111">${escapeHtml(spec.y.label)}${p.y.log ? ' (log)' : ''}</text>`,
  ];
  const notes = p.notes.length ? `<text x="${LEFT}" y="${c(notesY)}" font-size="10.5" fill="#8a4b00">Note: ${escapeHtml(p.notes.join('; '))}.</text>` : '';
  return [...head, ...body, ...leg.svg, notes, '</svg>'].filter((l) => l !== '').join('\n');
}
