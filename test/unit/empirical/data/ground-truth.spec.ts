import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { constantRepresentation, dummyData, duplicatedRepresentation, identityRepresentation, noiseRepresentation, permutedRepresentation } from '../../../../src/empirical/data/ground-truth-dummy.js';
import { GROUND_TRUTH_SETS, identityObservations, uniformFactors } from '../../../../src/empirical/data/ground-truth-sets.js';
import { factorGrid, factorSpace, gridSize, sampleUniformFactors } from '../../../../src/empirical/data/ground-truth.js';

describe('ground-truth factor spaces', () => {
  it('should carry the factor sizes of the reference data sets', () => {
    const sizes = Object.fromEntries(Object.entries(GROUND_TRUTH_SETS).map(([k, f]) => [k, f().factorSizes]));
    expect(sizes).toEqual({
      shapes3d: [10, 10, 10, 8, 4, 15],
      cars3d: [4, 24, 183],
      smallnorb: [5, 9, 18, 6],
      mpi3d_real: [6, 6, 2, 3, 3, 40, 40],
      mpi3d_toy: [4, 4, 2, 3, 3, 40, 40],
      identity_observations: Array(10).fill(10),
    });
    expect(identityObservations().factorValues[0]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('should sample uniformly, factor by factor, deterministically for a seed', () => {
    const f = sampleUniformFactors([3, 5], 6000, new Rng(1));
    expect(Array.from(sampleUniformFactors([3, 5], 6000, new Rng(1))[1]!)).toEqual(Array.from(f[1]!));
    const counts = [0, 0, 0];
    for (const v of f[0]!) counts[v]!++;
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(150);
    expect(Math.max(...f[1]!)).toBe(4);
    expect(Array.from(sampleUniformFactors([1], 3, new Rng(1))[0]!)).toEqual([0, 0, 0]);
  });

  it('should enumerate the grid in lexicographic order, last factor fastest', () => {
    const g = factorGrid([2, 3]);
    expect(gridSize([2, 3])).toBe(6);
    expect(Array.from(g[0]!)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(Array.from(g[1]!)).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('should reject bad sizes and mismatched values', () => {
    expect(() => factorSpace('x', [3, 0])).toThrow(RangeError);
    expect(() => factorSpace('x', [2], { values: [[1, 2, 3]] })).toThrow(/2 classes but 3 values/);
  });
});

describe('the dummy sets of the library’s tests', () => {
  const data = identityObservations(3, 4);
  const factors = sampleUniformFactors(data.factorSizes, 50, new Rng(2));

  it('identity codes are the factor values, duplicated codes twice, constant codes 0', () => {
    const id = identityRepresentation(data)(factors, new Rng(0));
    expect(Array.from(id[0]!)).toEqual(Array.from(factors[0]!, (v) => v + 1));
    const dup = duplicatedRepresentation(identityRepresentation(data))(factors, new Rng(0));
    expect(dup.length).toBe(6);
    expect(Array.from(dup[4]!)).toEqual(Array.from(id[1]!));
    expect(constantRepresentation(2)(factors, new Rng(0)).every((c) => c.every((v) => v === 0))).toBe(true);
  });

  it('permuted codes hold each sample’s factor values in some order; noise ignores the factors', () => {
    const p = permutedRepresentation(data)(factors, new Rng(3));
    for (let i = 0; i < 50; i++) {
      expect(p.map((c) => c[i]!).sort()).toEqual(factors.map((f) => f[i]! + 1).sort());
    }
    expect(dummyData().factorSizes).toEqual(Array(10).fill(5));
    const noise = noiseRepresentation(4)(factors, new Rng(4));
    expect(noise.length).toBe(4);
    expect(noise[0]!.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(uniformFactors([2, 2]).name).toBe('factors[2,2]');
  });
});
