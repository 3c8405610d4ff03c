import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { baselineFromResults, baselineSchema, baselineToJson, isTimingKey, parseComparable } from '../../../src/report/baseline.js';
import { sampleResults } from '../../helpers/sample-results.js';

describe('baselineFromResults', () => {
  const now = new Date('2025-03-05T00:00:00Z');
  const b = baselineFromResults(sampleResults(), { now });

  it('should record per claim the verdict, margin, tolerance and error, and per named case its verdict, margin and numbers', () => {
    expect(Object.keys(b.claims)).toEqual(['vc.sauer-shelah.growth-bound', 'vc.mlp.width-bound', 'dis.mig.violates-p1', 'lie.so3.closure']);
    const ss = b.claims['vc.sauer-shelah.growth-bound']!;
    expect(ss).toMatchObject({ verdict: 'holds', margin: 0, tolerance: { abs: 0, rel: 0 } });
    expect(ss.cases['intervals on 10 points']).toEqual({
      verdict: 'holds', margin: 0,
      summary: { class: 'interval', n: 10, VC: 2, realised: 56, 'Σ C(n,i)': 56, '(en/d)^d': 184.7264, exact: 56 },
    });
    expect(b.claims['lie.so3.closure']).toMatchObject({ verdict: 'inconclusive', error: 'TC5001', cases: {} });
    expect(b.claims['vc.mlp.width-bound']).toMatchObject({ verdict: 'violated', margin: -2, expectation: 'may-fail' });
    expect(b.run).toEqual({ budget: 'quick', seed: 42, backend: 'wasm', startedAt: '2025-03-04T10:11:12.000Z' });
  });

  it('should leave wall-clock timings out of the named-case numbers', () => {
    const mlp = b.claims['vc.mlp.width-bound']!.cases['paper example']!;
    expect(Object.keys(mlp.summary)).not.toContain('time per step');
    expect(mlp.summary['loss (final)']).toBeNull();
    for (const k of ['train ms', 'time per step', 'ms', 'elapsed (s)', 'wall seconds', 'Duration']) expect(isTimingKey(k), k).toBe(true);
    for (const k of ['timescale', 'MIG', 'realised', 'msg count', 'Σ C(n,i)', 'loss (final)']) expect(isTimingKey(k), k).toBe(false);
  });

  it('should be deterministic: the same run gives the same file (save twice, no diff in git)', () => {
    expect(baselineToJson(baselineFromResults(sampleResults(), { now }))).toBe(baselineToJson(b));
    expect(baselineSchema.parse(JSON.parse(baselineToJson(b)))).toEqual(b);
  });

  it('should refuse an interrupted run and a single shard, naming what to do', () => {
    const partial = { ...sampleResults(), complete: false };
    expect(() => baselineFromResults(partial, { where: 'r.json' })).toThrow(InputError);
    expect(() => baselineFromResults(partial, { where: 'r.json' })).toThrow(/r\.json: the run is incomplete.*--resume/);
    const shard = sampleResults();
    shard.config.shard = { index: 2, count: 3 };
    expect(() => baselineFromResults(shard)).toThrow(/shard 2\/3 only.*theorycheck merge/);
    expect(baselineFromResults(shard, { allowShard: true }).claims).toBeDefined();
  });
});

describe('parseComparable', () => {
  it('should tell a baseline from a results.json', () => {
    const b = baselineFromResults(sampleResults());
    expect(parseComparable(baselineToJson(b), 'b.json').kind).toBe('baseline');
    expect(parseComparable(JSON.stringify(sampleResults()), 'r.json').kind).toBe('results');
  });

  it.each([
    ['{"format": "theorycheck-baseline",', /b\.json: malformed JSON/],
    ['[1, 2]', /b\.json: neither a theorycheck baseline .* nor a results\.json/],
    ['{"format": "theorycheck-baseline", "schemaVersion": 2}', /b\.json: not a valid theorycheck baseline \(schema version 1\): at schemaVersion/],
    ['{"schemaVersion": 1, "config": {}, "claims": []}', /b\.json: not a valid theorycheck results\.json/],
  ])('should reject %s with an InputError naming the file and the problem', (text, message) => {
    expect(() => parseComparable(text, 'b.json')).toThrow(InputError);
    expect(() => parseComparable(text, 'b.json')).toThrow(message);
  });

  it('should reject a baseline whose claim has a negative tolerance', () => {
    const b = JSON.parse(baselineToJson(baselineFromResults(sampleResults())));
    b.claims['vc.sauer-shelah.growth-bound'].tolerance.abs = -1;
    expect(() => parseComparable(JSON.stringify(b), 'b.json')).toThrow(/at claims\.vc\.sauer-shelah\.growth-bound\.tolerance\.abs/);
  });
});
