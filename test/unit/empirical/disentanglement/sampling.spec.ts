import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { uniformFactors } from '../../../../src/empirical/data/ground-truth-sets.js';
import { empiricalSampler, generateBatchFactorCode, generativeSampler } from '../../../../src/empirical/disentanglement/sampling.js';

const data = uniformFactors([3, 4]);
const identity = (f: readonly Int32Array[]) => f.map((c) => Float64Array.from(c));

describe('sampling in the library’s order', () => {
  it('should draw chunk-major, then factor-major', () => {
    const a = generateBatchFactorCode(data, identity, 5, new Rng(1), 2);
    // by hand: chunks of 2, 2, 1, each drawing factor 0 then factor 1
    const rng = new Rng(1);
    const expected: number[][] = [[], []];
    for (const n of [2, 2, 1]) {
      for (const [k, size] of [[0, 3], [1, 4]] as const) for (let i = 0; i < n; i++) expected[k]!.push(rng.int(0, size - 1));
    }
    expect(a.factors.map((f) => Array.from(f))).toEqual(expected);
    expect(a.codes.map((c) => Array.from(c))).toEqual(expected);
  });

  it('should differ from drawing everything in one chunk', () => {
    const chunked = generateBatchFactorCode(data, identity, 64, new Rng(1), 16);
    const whole = generateBatchFactorCode(data, identity, 64, new Rng(1), 64);
    expect(Array.from(chunked.factors[0]!)).not.toEqual(Array.from(whole.factors[0]!));
  });

  it('generative interventions: factor k fixed across a batch / shared within pairs', () => {
    const s = generativeSampler(data, identity);
    const batch = s.fixedFactorBatch(1, 20, new Rng(2));
    expect(new Set(batch[1]).size).toBe(1);
    const [a, b] = s.pairedBatches(0, 20, new Rng(3));
    expect(Array.from(a[0]!)).toEqual(Array.from(b[0]!));
    expect(Array.from(a[1]!)).not.toEqual(Array.from(b[1]!));
  });

  it('empirical interventions draw rows sharing the value', () => {
    const rows = generateBatchFactorCode(data, identity, 500, new Rng(4), 16);
    const s = empiricalSampler(rows);
    const batch = s.fixedFactorBatch(0, 30, new Rng(5));
    expect(new Set(batch[0]).size).toBe(1);
    const [a, b] = s.pairedBatches(1, 30, new Rng(6));
    expect(Array.from(a[1]!)).toEqual(Array.from(b[1]!));
  });
});
