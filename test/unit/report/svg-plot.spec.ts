import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlotSpec } from '../../../src/core/plot.js';
import { makeScale, preparePlot } from '../../../src/report/plot-scale.js';
import { renderSvgPlot } from '../../../src/report/svg-plot.js';
import { tagProblems } from '../../helpers/markup.js';
import { sampleResults } from '../../helpers/sample-results.js';

const logPlot = sampleResults().claims[0]!.plots[0]!;

/** Every numeric attribute of the SVG is a finite number. */
function numericAttrsFinite(svg: string): boolean {
  for (const m of svg.matchAll(/\s(x|y|x1|x2|y1|y2|cx|cy|r|width|height)="([^"]*)"/g)) if (!Number.isFinite(Number(m[2]))) return false;
  for (const m of svg.matchAll(/\s(points|d)="([^"]*)"/g)) {
    for (const num of m[2]!.split(/[\s,MLHVZ]+/).filter(Boolean)) if (!Number.isFinite(Number(num))) return false;
  }
  return true;
}

describe('renderSvgPlot', () => {
  it('renders a well-formed SVG with title, axis labels, legend and tooltips', () => {
    const svg = renderSvgPlot(logPlot);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(tagProblems(svg)).toEqual([]);
    expect(svg).toContain('Realised dichotomies vs the Sauer–Shelah sum');
    expect(svg).toContain('number of points n');
    expect(svg).toContain('labelings (log)');
    for (const s of logPlot.series) expect(svg).toContain(`>${s.name}</text>`);
    expect(svg).toMatch(/<title>interval: realised: \(8, 37\) — n = 8<\/title>/);
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(numericAttrsFinite(svg)).toBe(true);
  });

  it('puts decade ticks on a log axis', () => {
    const svg = renderSvgPlot(logPlot);
    for (const t of ['1', '10', '100', '1000']) expect(svg).toContain(`>${t}</text>`);
    const tiny = renderSvgPlot({ ...logPlot, series: [{ name: 's', style: 'line', points: [{ x: 1, y: 1e-9 }, { x: 2, y: 1e-3 }] }] });
    expect(tiny).toContain('10<tspan dy="-6" font-size="9">-9</tspan>');
  });

  it('draws the four series styles distinctly', () => {
    const svg = renderSvgPlot(logPlot);
    expect(svg).toContain('stroke-dasharray="6 4"'); // dashed
    expect(svg).toMatch(/<polyline [^>]*stroke="#009E73"/); // line
    expect(svg).toMatch(/<circle [^>]*fill="#0072B2"/); // points
    expect(svg).toMatch(/<rect [^>]*fill="#CC79A7"/); // bars
  });

  it('leaves out non-finite and non-positive (log) points with a note', () => {
    const spec: PlotSpec = {
      id: 'p', title: 't', x: { label: 'x' }, y: { label: 'y', log: true },
      series: [{ name: 's', style: 'points', points: [{ x: 1, y: 2 }, { x: Number.NaN, y: 1 }, { x: 2, y: Infinity }, { x: 3, y: -1 }, { x: 4, y: 0 }] }],
    };
    const svg = renderSvgPlot(spec);
    expect(svg).toContain('2 points with non-finite values omitted');
    expect(svg).toContain('2 points with y ≤ 0 omitted (log axis)');
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(tagProblems(svg)).toEqual([]);
  });

  it('says "no data" for an empty plot', () => {
    const svg = renderSvgPlot({ id: 'e', title: 'Empty', x: { label: 'x' }, y: { label: 'y' }, series: [] });
    expect(svg).toContain('>no data</text>');
    expect(tagProblems(svg)).toEqual([]);
    const allBad = renderSvgPlot({ id: 'e', title: 'All bad', x: { label: 'x', log: true }, y: { label: 'y' }, series: [{ name: 's', style: 'line', points: [{ x: -1, y: 1 }] }] });
    expect(allBad).toContain('>no data</text>');
  });

  it('escapes every text', () => {
    const evil = '<script>alert("x")</script>&';
    const svg = renderSvgPlot({ id: 'e', title: evil, caption: evil, x: { label: evil }, y: { label: evil }, series: [{ name: evil, style: 'points', points: [{ x: 1, y: 1, label: evil }] }] });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect(tagProblems(svg)).toEqual([]);
  });

  it('is well-formed with finite coordinates for any data (property)', () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, 1e-300, 1e300, -1e300, Number.NaN, Infinity));
    const series = fc.record({
      name: fc.string(),
      style: fc.constantFrom('line' as const, 'points' as const, 'dashed' as const, 'bars' as const),
      points: fc.array(fc.record({ x: num, y: num }), { maxLength: 12 }),
    });
    fc.assert(
      fc.property(fc.array(series, { maxLength: 4 }), fc.boolean(), fc.boolean(), (ss, xlog, ylog) => {
        const svg = renderSvgPlot({ id: 'p', title: 'T', x: { label: 'x', log: xlog }, y: { label: 'y', log: ylog }, series: ss });
        expect(tagProblems(svg)).toEqual([]);
        expect(svg).not.toMatch(/NaN|Infinity/);
        expect(numericAttrsFinite(svg)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('plot scales', () => {
  it('chooses round linear ticks with clean labels', () => {
    const s = makeScale([0.07, 0.93], false);
    expect(s.ticks.map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    expect(makeScale([3, 14], false).ticks.map((t) => t.label)).toEqual(['2', '4', '6', '8', '10', '12', '14']);
    expect(makeScale([0.1, 0.7], false).ticks.map((t) => t.label)).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7']);
    expect(makeScale([-3e-7, 2e-7], false).ticks.map((t) => t.label)).toEqual(['-3e-7', '-2e-7', '-1e-7', '0', '1e-7', '2e-7']);
  });

  it('includes zero for bars and widens a constant domain', () => {
    expect(makeScale([5, 9], false, true).lo).toBe(0);
    const c = makeScale([7, 7], false);
    expect(c.lo).toBeLessThan(7);
    expect(c.hi).toBeGreaterThan(7);
  });

  it('uses decades on a log axis, thinning them over many decades', () => {
    expect(makeScale([3, 250], true).ticks.map((t) => t.value)).toEqual([1, 10, 100, 1000]);
    const wide = makeScale([1e-20, 1e20], true).ticks;
    expect(wide.length).toBeLessThanOrEqual(9);
    expect(wide[0]!.exponent).toBeDefined();
  });

  it('prepares plots: counts what it drops', () => {
    const p = preparePlot({ x: { log: true }, y: {}, series: [{ name: 'a', style: 'line', points: [{ x: 0, y: 1 }, { x: 1, y: 1 }] }] });
    expect(p.count).toBe(1);
    expect(p.notes).toEqual(['1 point with x ≤ 0 omitted (log axis)']);
  });
});

describe('renderSvgPlot error bars', () => {
  it('should draw one bar per point with an interval and widen the domain to hold it', () => {
    const svg = renderSvgPlot({
      id: 'e',
      title: 'metric by model',
      x: { label: 'model' },
      y: { label: 'error' },
      series: [{ name: 'mean ± 95% CI', style: 'bars', points: [{ x: 1, y: 0.5, yLow: 0.3, yHigh: 0.9 }, { x: 2, y: 0.1, yLow: 0.05, yHigh: 0.15 }, { x: 3, y: 0.3 }, { x: 4, y: 0.2, yLow: 0.25, yHigh: 0.3 }] }],
    });
    expect(svg.match(/class="error-bar"/g)).toHaveLength(2);
    expect(svg).toContain('[0.300, 0.900]'); // an interval that excludes its point is dropped
    expect(svg).not.toMatch(/NaN|Infinity/);
  });
});
