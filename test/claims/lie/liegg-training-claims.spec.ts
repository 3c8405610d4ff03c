import { describe, expect, it } from 'vitest';
import { lieggDepthWidthTrend } from '../../../proofs-checks/lie/liegg-depth-width-trend.claim.js';
import { checkSo2, lieggRecoversSo2Images } from '../../../proofs-checks/lie/liegg-recovers-so2-images.claim.js';
import { checkSo5, lieggRecoversSo5 } from '../../../proofs-checks/lie/liegg-recovers-so5.claim.js';
import { Rng } from '../../../src/core/rng.js';
import { glyphLieggExperiment } from '../../../src/empirical/symmetry/liegg-glyphs.js';
import { o5LieggExperiment } from '../../../src/empirical/symmetry/liegg-o5.js';
import { explain, runForTest, useWasm } from '../../helpers/run-claim.js';

const byName = (r: Awaited<ReturnType<typeof runForTest>>) => Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));

describe('lie.liegg.recovers-so5', () => {
  it('should recover so(5) after training (gap >= 10, bias <= 0.1) with no gap before', async () => {
    const r = await runForTest(lieggRecoversSo5);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    for (const c of r.cases) {
      expect(Number(c.summary.gap)).toBeGreaterThanOrEqual(10); // notes: 40–224 (pilot), 30–55 here
      expect(Number(c.summary['max bias (bottom 10)'])).toBeLessThanOrEqual(0.1);
      expect(Number(c.summary['min cos to so(5)'])).toBeGreaterThan(0.99);
      expect(Number(c.summary['untrained gap'])).toBeLessThan(2); // notes: 1.2–1.3
      expect(Number(c.summary['untrained max bias'])).toBeGreaterThan(0.5);
    }
    expect(r.plots.map((p) => p.id)).toEqual(['spectrum', 'untrained', 'generators']);
    // the generator heat maps: antisymmetric (in so(5)) after training, not before
    const symmetricPart = (v: number[], n: number) => Math.sqrt(v.reduce((s, _, k) => s + (v[k]! + v[(k % n) * n + Math.floor(k / n)]!) ** 2, 0) / 4);
    const maps = r.plots[2]!.heatmaps!;
    for (const m of maps.slice(0, 3)) expect(symmetricPart(m.values, 5)).toBeLessThan(0.2);
    for (const m of maps.slice(3)) expect(symmetricPart(m.values, 5)).toBeGreaterThan(0.4);
  });

  it('should be violated by a trained model without the gap, and inconclusive when training fails', async () => {
    await useWasm();
    // an under-parameterised, barely trained model: its fit gate or its gap fails
    const m = o5LieggExperiment(new Rng(1), { depth: 1, width: 8, trainCount: 300, epochs: 2, evalCount: 300 });
    expect(checkSo5(m).status).toBe('inconclusive');
    expect(checkSo5({ ...m, testMse: 0.01 }).status).toBe('violated');
    expect(checkSo5({ ...m, untrained: { ...m.untrained, gap: 5 } }).status).toBe('violated');
  });
});

describe('lie.liegg.recovers-so2-images', () => {
  it('should find a witness: cos >= 0.99 and gap >= 10 after training, no gap untrained', async () => {
    const r = await runForTest(lieggRecoversSo2Images);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    const s = byName(r)['16 px, MLP 2 x 64, N = 2000, 10 epochs']!;
    expect(Number(s['|cos(v_min, so(2))|'])).toBeGreaterThan(0.999); // notes: >= 0.9995
    expect(Number(s['gap σ²₃/σ²₄'])).toBeGreaterThanOrEqual(10); // notes: 19–30 at 16 px
    expect(Number(s['untrained gap'])).toBeLessThanOrEqual(3); // notes: <= 2.1
    expect(Number(s.accuracy)).toBeGreaterThanOrEqual(0.95);
  });

  it('should not accept a model trained on unrotated glyphs as a witness', async () => {
    await useWasm();
    const m = glyphLieggExperiment(new Rng(11), { size: 16, model: 'mlp', depth: 2, width: 64, trainCount: 1000, epochs: 5, evalCount: 300, rotation: 'none' });
    expect(checkSo2(m).status).not.toBe('holds');
  });
});

describe('lie.liegg.depth-width-trend', () => {
  it('should report the trend (may fail honestly); on the named cases the larger nets have larger gaps', async () => {
    const r = await runForTest(lieggDepthWidthTrend);
    expect(r.expectation).toBe('may-fail');
    expect(['holds', 'violated']).toContain(r.verdict.status);
    const s = byName(r);
    expect(Number(s['width 16 → 64 at depth 2']!['Δ log10 gap'])).toBeGreaterThan(0); // pilot: holds 6/6
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
  });

  it('should be violated when the smaller network has the larger gap', () => {
    const p = lieggDepthWidthTrend.cases[0]!.params;
    const t = lieggDepthWidthTrend.theory(p, { cas: undefined as never }).value;
    expect(lieggDepthWidthTrend.check(t, { small: [30, 20], large: [5, 10], smallMse: [0, 0], largeMse: [0, 0] }, lieggDepthWidthTrend.tolerance, p).status).toBe('violated');
  });
});
