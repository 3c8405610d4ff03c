import type { CaseRecord } from '../../src/core/claim.js';
import type { PlotSpec } from '../../src/core/plot.js';
import { parseSpectrum } from './arbitraries.js';

/**
 * The LieGG spectrum plot: σ²/σ²_max against the index (log scale), one series per case,
 * with the gap position (d − null dim) marked by a dashed vertical line.
 */
export function spectrumPlot(records: CaseRecord[], id: string, title: string, nullKey: string, caption: string, key = 'spectrum', limit = 6): PlotSpec {
  const shown = records.filter((r) => typeof r.summary[key] === 'string').slice(0, limit);
  const series: PlotSpec['series'] = shown.map((r) => ({
    name: (r.name ?? r.paramsText).slice(0, 60),
    style: 'line' as const,
    points: parseSpectrum(r.summary[key]).map((y, i) => ({ x: i + 1, y: Math.max(y, 1e-30) })),
  }));
  const marks = [...new Set(shown.map((r) => parseSpectrum(r.summary[key]).length - Number(r.summary[nullKey])))].filter(Number.isFinite);
  for (const m of marks) series.push({ name: `gap after σ²_${m}`, style: 'dashed', points: [{ x: m + 0.5, y: 1e-30 }, { x: m + 0.5, y: 1 }] });
  return { id, title, x: { label: 'index i (descending)' }, y: { label: 'σ²_i / σ²_max', log: true }, series, caption };
}
