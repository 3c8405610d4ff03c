/**
 * Axis scales for the report's plots (SVG and LaTeX picture): a data domain, "nice"
 * round ticks for linear axes and decade ticks for log axes. Pure arithmetic.
 */

export interface Tick {
  value: number;
  /** Plain label text ("0.25", "1e-6"). */
  label: string;
  /** For decade ticks outside [1e-3, 1e4]: the exponent, to draw as 10^e. */
  exponent?: number;
}

export interface Scale {
  log: boolean;
  /** The drawn domain (in data units, already extended to round ticks). */
  lo: number;
  hi: number;
  ticks: Tick[];
  /** Unlabelled minor ticks (log axes over few decades: 2..9 x 10^k). */
  minor: number[];
  /** Position of `v` in [0, 1] along the axis (may fall outside for outliers). */
  frac(v: number): number;
}

function extent(values: number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

function niceStep(raw: number): number {
  const e = Math.floor(Math.log10(raw));
  const f = raw / 10 ** e;
  const m = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
  return m * 10 ** e;
}

/** A tick label with as many decimals as the step needs (no 0.30000000000000004). */
export function tickLabel(v: number, step: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  const stepExp = Math.floor(Math.log10(step));
  if (a >= 1e6 || a < 1e-4) {
    const digits = Math.max(0, Math.min(10, Math.floor(Math.log10(a)) - stepExp));
    const [m = '', e = ''] = v.toExponential(digits).split('e');
    return `${m.includes('.') ? m.replace(/\.?0+$/, '') : m}e${e.replace('+', '')}`;
  }
  const decimals = Math.max(0, Math.min(12, -stepExp));
  const fixedText = v.toFixed(decimals);
  return fixedText.includes('.') ? fixedText.replace(/\.?0+$/, '') : fixedText;
}

function linearScale(values: number[], includeZero: boolean, pad: number): Scale {
  let [lo, hi] = extent(values);
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (pad > 0 && hi > lo) {
    lo -= pad;
    hi += pad;
  }
  if (!(hi > lo)) {
    const d = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= d;
    hi += d;
  }
  const step = niceStep((hi - lo) / 5);
  if (!Number.isFinite(step) || step <= 0) return fixed(lo, hi);
  const k0 = Math.floor(lo / step + 1e-9);
  const k1 = Math.ceil(hi / step - 1e-9);
  const ticks: Tick[] = [];
  for (let k = k0; k <= k1 && ticks.length < 50; k++) {
    const v = Number((k * step).toPrecision(12));
    ticks.push({ value: v, label: tickLabel(v, step) });
  }
  const dlo = k0 * step;
  const dhi = k1 * step;
  return { log: false, lo: dlo, hi: dhi, ticks, minor: [], frac: (v) => (v - dlo) / (dhi - dlo) };
}

function fixed(lo: number, hi: number): Scale {
  const span = hi / 2 - lo / 2;
  return {
    log: false, lo, hi, minor: [],
    ticks: [lo, hi].map((v) => ({ value: v, label: tickLabel(v, Math.abs(v) || 1) })),
    frac: (v) => (v / 2 - lo / 2) / span,
  };
}

function decadeLabel(e: number): Tick {
  const value = 10 ** e;
  if (e >= -3 && e <= 4) return { value, label: e < 0 ? value.toFixed(-e) : String(value) };
  return { value, label: `1e${e}`, exponent: e };
}

function logScale(values: number[]): Scale {
  const [min, max] = extent(values);
  let e0 = Math.floor(Math.log10(min) + 1e-12);
  let e1 = Math.ceil(Math.log10(max) - 1e-12);
  if (e1 <= e0) {
    e1 = e0 + 1;
  }
  const every = Math.max(1, Math.ceil((e1 - e0) / 7));
  e0 = Math.floor(e0 / every) * every;
  e1 = Math.ceil(e1 / every) * every;
  const ticks: Tick[] = [];
  for (let e = e0; e <= e1; e += every) ticks.push(decadeLabel(e));
  const minor: number[] = [];
  if (every === 1 && e1 - e0 <= 4) {
    for (let e = e0; e < e1; e++) for (let m = 2; m <= 9; m++) minor.push(m * 10 ** e);
  }
  return { log: true, lo: 10 ** e0, hi: 10 ** e1, ticks, minor, frac: (v) => (Math.log10(v) - e0) / (e1 - e0) };
}

/**
 * A scale over `values` (finite; positive when `log`). `includeZero` (bar charts) keeps 0
 * in a linear domain; `pad` widens it by that many data units on each side.
 */
export function makeScale(values: number[], log: boolean, includeZero = false, pad = 0): Scale {
  if (values.length === 0) return linearScale([0, 1], false, 0);
  return log ? logScale(values) : linearScale(values, includeZero, pad);
}

/** The smallest gap between distinct sorted values (for bar widths), or null. */
export function minGap(values: number[]): number | null {
  const xs = [...new Set(values)].sort((a, b) => a - b);
  let g: number | null = null;
  for (let i = 1; i < xs.length; i++) {
    const d = xs[i]! - xs[i - 1]!;
    if (d > 0 && (g === null || d < g)) g = d;
  }
  return g;
}

export interface CleanSeries {
  name: string;
  style: 'line' | 'points' | 'dashed' | 'bars';
  points: { x: number; y: number; label?: string; yLow?: number; yHigh?: number }[];
}

/** A plot's drawable data: finite points (positive on log axes), scales, and notes. */
export interface PreparedPlot {
  series: CleanSeries[];
  x: Scale;
  y: Scale;
  /** Sentences about what was left out ("2 points with y <= 0 omitted (log axis)"). */
  notes: string[];
  /** Total points drawn; 0 means "no data". */
  count: number;
  /** Bar width budget in data units along x (linear x), when there are bars. */
  barGap: number | null;
}

interface SpecLike {
  x: { log?: boolean | undefined };
  y: { log?: boolean | undefined };
  series: { name: string; style: CleanSeries['style']; points: { x: number; y: number; label?: string | undefined; yLow?: number | undefined; yHigh?: number | undefined }[] }[];
}

/** Clean a plot spec: drop non-finite points and non-positive values on log axes. */
export function preparePlot(spec: SpecLike): PreparedPlot {
  const xlog = spec.x.log === true;
  const ylog = spec.y.log === true;
  let nonFinite = 0;
  let badX = 0;
  let badY = 0;
  const series: CleanSeries[] = spec.series.map((s) => {
    const points: CleanSeries['points'] = [];
    for (const p of s.points) {
      if (typeof p.x !== 'number' || typeof p.y !== 'number' || !Number.isFinite(p.x) || !Number.isFinite(p.y)) nonFinite++;
      else if (xlog && p.x <= 0) badX++;
      else if (ylog && p.y <= 0) badY++;
      else {
        const q: CleanSeries['points'][number] = { x: p.x, y: p.y };
        if (p.label !== undefined) q.label = p.label;
        const { yLow, yHigh } = p;
        if (typeof yLow === 'number' && typeof yHigh === 'number' && Number.isFinite(yLow) && Number.isFinite(yHigh) && yLow <= p.y && p.y <= yHigh && yLow < yHigh) {
          q.yLow = yLow;
          q.yHigh = yHigh;
        }
        points.push(q);
      }
    }
    return { name: s.name, style: s.style, points };
  });
  const notes: string[] = [];
  const pts = (n: number) => `${n} point${n === 1 ? '' : 's'}`;
  if (nonFinite) notes.push(`${pts(nonFinite)} with non-finite values omitted`);
  if (badX) notes.push(`${pts(badX)} with x ≤ 0 omitted (log axis)`);
  if (badY) notes.push(`${pts(badY)} with y ≤ 0 omitted (log axis)`);
  const all = series.flatMap((s) => s.points);
  const bars = series.filter((s) => s.style === 'bars' && s.points.length > 0);
  const barX = bars.flatMap((s) => s.points.map((p) => p.x));
  const gap = bars.length ? (minGap(barX) ?? 1) : null;
  const x = makeScale(all.map((p) => p.x), xlog, false, gap !== null && !xlog ? gap / 2 : 0);
  // error bars widen the y domain (on a log axis only their positive ends count)
  const ys = all.flatMap((p) => (p.yHigh !== undefined && p.yLow !== undefined ? [p.y, p.yHigh, ...(ylog && p.yLow <= 0 ? [] : [p.yLow])] : [p.y]));
  const y = makeScale(ys, ylog, bars.length > 0 && !ylog);
  return { series, x, y, notes, count: all.length, barGap: gap };
}
