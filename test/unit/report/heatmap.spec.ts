import { describe, expect, it } from 'vitest';
import { heatmapScale, renderLatexHeatmaps, renderSvgHeatmaps } from '../../../src/report/heatmap.js';
import { renderSvgPlot } from '../../../src/report/svg-plot.js';

const maps = [
  { label: 'a <b>', rows: 2, cols: 2, values: [1, -2, 0, NaN] },
  { label: 'c', rows: 2, cols: 2, values: [0.5, 0.5, 0.5, 0.5] },
];

describe('heat maps', () => {
  it('should share one zero-centred scale and ignore non-finite values', () => {
    expect(heatmapScale(maps)).toBe(2);
    expect(heatmapScale([{ label: 'z', rows: 1, cols: 1, values: [0] }])).toBe(1);
  });

  it('should draw one cell per value in SVG, escape labels, and be used by renderSvgPlot', () => {
    const svg = renderSvgHeatmaps('t', maps);
    expect(svg.match(/<rect x=/g)!.length).toBe(8 + 2); // cells and frames (the background has no x)
    expect(svg).toContain('a &lt;b&gt;');
    expect(svg).not.toMatch(/NaN/);
    expect(svg).toContain('rgb(33,102,172)'); // -2 is the most negative: full blue
    expect(renderSvgPlot({ id: 'h', title: 't', x: { label: '' }, y: { label: '' }, series: [], heatmaps: maps })).toBe(svg);
  });

  it('should draw grey rules in LaTeX, black at the largest magnitude', () => {
    const tex = renderLatexHeatmaps('t', maps);
    expect(tex.match(/\\rule/g)!.length).toBe(8);
    expect(tex).toContain('\\color[gray]{0.000}');
    expect(tex).not.toMatch(/NaN/);
  });
});
