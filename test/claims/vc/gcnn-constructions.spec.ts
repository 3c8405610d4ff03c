import { describe, expect, it } from 'vitest';
import { gcnnContainsPointwiseDnn } from '../../../proofs-checks/vc/gcnn-contains-pointwise-dnn.claim.js';
import { gcnnIntervalIndicator } from '../../../proofs-checks/vc/gcnn-interval-indicator.claim.js';
import { gcnnStackedIndicators } from '../../../proofs-checks/vc/gcnn-stacked-indicators.claim.js';
import { evaluateExplicit } from '../../../src/empirical/shattering/explicit.js';
import { floorLog2, indicatorArch, indicatorInputs, indicatorInterval, indicatorTheta, stackedInputs, stackedTheta } from '../../../src/theory/vc/indicator.js';
import { pointwiseArch, pointwiseInputs, pointwiseTheta, reluInterpolant } from '../../../src/theory/vc/pointwise-dnn.js';
import { gcnnLayout } from '../../../src/theory/vc/gcnn-arch.js';
import { explain, runForTest, useWasm } from '../../helpers/run-claim.js';

const noCas = { cas: undefined as never };

describe('vc.gcnn.interval-indicator-shatters-log-r', () => {
  it('should shatter ⌊log2 r⌋ functions with margin exactly 1/2 in float32', async () => {
    const r = await runForTest(gcnnIntervalIndicator);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const byName = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(byName['r = 8: f_1 = [0,2,0,4,0,6,0,8]']).toMatchObject({ 'functions m': 3, labelings: 8, 'realised (float32)': 8, 'min margin (float32)': 0.5, 'exact margin': 0.5 });
    expect(byName['r = 256 (8 functions)']).toMatchObject({ 'functions m': 8, 'realised (float32)': 256, 'min margin (float32)': 0.5 });
    expect(byName['r = 5 (not a power of two)']!['functions m']).toBe(2);
    const search = byName['r = 8 with trained biases (search gap)']!;
    expect(Number(search['found by training']) + Number(search['search gap'])).toBe(8);
    expect(indicatorInputs(3, 8)).toEqual([[0, 2, 0, 4, 0, 6, 0, 8], [0, 0, 3, 4, 0, 0, 7, 8], [0, 0, 0, 0, 5, 6, 7, 8]]);
  });

  it('should be violated when the intervals are off by one element', async () => {
    await useWasm();
    const [r, m] = [8, 3];
    const thetas = Array.from({ length: 8 }, (_, j) => indicatorTheta(r, [indicatorInterval((j + 1) % 8)]));
    const labels = thetas.map((_, j) => Array.from({ length: m }, (_, i) => ((j >>> i) & 1 ? 1 : -1)));
    const ev = evaluateExplicit(indicatorArch(r), indicatorInputs(m, r), thetas, labels, 0.5);
    const t = gcnnIntervalIndicator.theory({ r }, noCas).value;
    const v = gcnnIntervalIndicator.check(t, { m, labelings: 8, realised: ev.realised, minMargin: ev.minMargin, realised64: ev.realised64, search: null }, gcnnIntervalIndicator.tolerance, { r });
    expect(ev.realised).toBeLessThan(8);
    expect(v.status).toBe('violated');
  });
});

describe('vc.gcnn.stacked-indicators', () => {
  it('should shatter W̃⌊log2 r⌋ functions with 4W̃ biases (20 functions at W̃ = 4, r = 32)', async () => {
    const r = await runForTest(gcnnStackedIndicators);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const big = r.cases.find((c) => c.name === 'W̃ = 4, r = 32 (20 functions, 300 random labelings)')!.summary;
    expect(big).toMatchObject({ 'parameters 4W̃': 16, functions: 20, 'Cor 3 bound': 20, 'labelings checked': 302, 'realised (float32)': 302, 'min margin (float32)': 0.5 });
    expect(r.cases[0]!.summary).toMatchObject({ exhaustive: true, 'labelings checked': 64, 'realised (float32)': 64 });
  });

  it('should be violated when two blocks share a value range', async () => {
    await useWasm();
    const [blocks, r] = [2, 8];
    const m = floorLog2(r);
    // block 1's functions moved into block 0's range: block 0's interval then also fires on them
    const inputs = stackedInputs(blocks, m, r).map((f, k) => (k >= m ? f.map((v) => (v > 0 ? v - 1000 : v)) : f));
    const masks = Array.from({ length: 64 }, (_, k) => BigInt(k));
    const thetas = masks.map((mask) => stackedTheta(blocks, m, r, mask));
    const labels = masks.map((mask) => Array.from({ length: 2 * m }, (_, i) => ((mask >> BigInt(i)) & 1n ? 1 : -1)));
    const ev = evaluateExplicit(indicatorArch(r, blocks), inputs, thetas, labels, 0.5);
    const p = { blocks, r, sample: 0 };
    const v = gcnnStackedIndicators.check(gcnnStackedIndicators.theory(p, noCas).value, { labelings: 64, exhaustive: true, realised: ev.realised, realised64: ev.realised64, minMargin: ev.minMargin }, gcnnStackedIndicators.tolerance, p);
    expect(v.status).toBe('violated');
  });
});

describe('vc.gcnn.contains-pointwise-dnn', () => {
  it('should realise every labeling of 10 functions with float32 margin within the rounding bound of 1', async () => {
    const r = await runForTest(gcnnContainsPointwiseDnn);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const big = r.cases.find((c) => c.name === 'n = 10, r = 16')!.summary;
    expect(big).toMatchObject({ n: 10, labelings: 1024, 'realised (float32)': 1024, 'exact interpolation': true });
    expect(Number(big['min margin (float32)'])).toBeGreaterThan(1 - Number(big['rounding bound']));
  });

  it('should be violated when the net does not vanish at 0 (the other group elements then count)', async () => {
    await useWasm();
    const [r, ks] = [5, [0, 20, 41, 64]];
    const xs = ks.map((k) => 1 + k / 64);
    const bias = gcnnLayout(pointwiseArch(r, 4)).layers[0]!.biases;
    const thetas = Array.from({ length: 16 }, (_, mask) => {
      const theta = pointwiseTheta(r, reluInterpolant(xs, xs.map((_, i) => ((mask >>> i) & 1 ? 1 : -1))));
      theta[bias] = 0.5; // knot at −1/2 instead of +1/2: N(0) = a_0/2 ≠ 0
      return theta;
    });
    const labels = thetas.map((_, mask) => xs.map((_, i) => ((mask >>> i) & 1 ? 1 : -1)));
    const ev = evaluateExplicit(pointwiseArch(r, 4), pointwiseInputs(xs, r), thetas, labels, 0.5);
    const p = { r, ks };
    const v = gcnnContainsPointwiseDnn.check(gcnnContainsPointwiseDnn.theory(p, noCas).value, { realised: ev.realised, realised64: ev.realised64, minMargin: ev.minMargin, slack: ev.minMargin - 1, maxErrorBound: 0 }, gcnnContainsPointwiseDnn.tolerance, p);
    expect(ev.realised).toBeLessThan(16);
    expect(v.status).toBe('violated');
  });
});
