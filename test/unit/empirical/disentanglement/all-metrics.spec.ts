import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { constantRepresentation, duplicatedRepresentation, identityRepresentation } from '../../../../src/empirical/data/ground-truth-dummy.js';
import { uniformFactors } from '../../../../src/empirical/data/ground-truth-sets.js';
import { allMetricsOnArrays, allMetricsOnGroundTruth, METRIC_NAMES, type MetricSizes } from '../../../../src/empirical/disentanglement/all-metrics.js';
import { generateBatchFactorCode } from '../../../../src/empirical/disentanglement/sampling.js';

const tiny: MetricSizes = { numTrain: 1500, numTest: 500, batchSize: 16, interventionTrain: 200, interventionEval: 100, interventionBatch: 32, numVarianceEstimate: 1000, dciTrain: 300, dciTest: 150 };
const data = uniformFactors([3, 6, 10]);
const flat = (s: ReturnType<typeof allMetricsOnGroundTruth>): [string, number][] =>
  Object.entries(s).flatMap(([k, v]): [string, number][] => (typeof v === 'number' ? [[k, v]] : Object.entries(v as unknown as Record<string, number>).map(([q, x]): [string, number] => [`${k}.${q}`, x])));

describe('every metric at once', () => {
  it('should score the identity code high and stay finite and in range on every metric', () => {
    const s = allMetricsOnGroundTruth(data, identityRepresentation(data), 0, tiny);
    expect(Object.keys(s).sort()).toEqual([...METRIC_NAMES].sort());
    for (const [k, v] of flat(s)) {
      expect(Number.isFinite(v), k).toBe(true);
      expect(v, k).toBeGreaterThanOrEqual(0);
      expect(v, k).toBeLessThanOrEqual(1);
    }
    for (const k of ['mig', 'dcimig', 'modularity', 'irs', 'sap_continuous', 'explicitness', 'betavae', 'factorvae'] as const) expect(s[k], k).toBeGreaterThan(0.9);
    expect(s.dci!.disentanglement).toBeGreaterThan(0.9);
  });

  it('should never give NaN on constant codes', () => {
    const s = allMetricsOnGroundTruth(data, constantRepresentation(3, 1.5), 1, tiny);
    for (const [k, v] of flat(s)) expect(Number.isFinite(v), k).toBe(true);
    expect(s.mig).toBe(0);
    expect(s.dcimig).toBe(0);
  });

  it('should separate MIG from DCIMIG on duplicated codes and only compute what is asked', () => {
    const s = allMetricsOnGroundTruth(data, duplicatedRepresentation(identityRepresentation(data)), 2, tiny, ['mig', 'dcimig']);
    expect(Object.keys(s).sort()).toEqual(['dcimig', 'mig']);
    expect(s.mig).toBe(0);
    expect(s.dcimig).toBeGreaterThan(0.99);
  });

  it('on arrays: the MI metrics equal those of the sampled arrays, and a seed fixes the split', () => {
    const rows = generateBatchFactorCode(data, identityRepresentation(data), 3000, new Rng(3), 16);
    const a = allMetricsOnArrays(rows, 7, tiny, ['mig', 'sap', 'betavae']);
    const b = allMetricsOnArrays(rows, 7, tiny, ['mig', 'sap', 'betavae']);
    expect(a).toEqual(b);
    expect(a.mig).toBeGreaterThan(0.99);
    expect(a.betavae).toBe(1);
  });
});
