import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { anyRepresentationArb, disentangledArb, entangledArb, seededPermutation } from '../../../../src/theory/disentanglement/arbitraries.js';
import { binSeparable, dcimigOf, populationInfo } from '../../../../src/theory/disentanglement/population.js';
import { isDisentangled, isEntangled } from '../../../../src/theory/disentanglement/properties.js';
import { evaluateCodes, grid } from '../../../../src/theory/disentanglement/representation.js';
import { analyzeStructure } from '../../../../src/theory/disentanglement/structure.js';
import { Rng } from '../../../../src/core/rng.js';

describe('representation arbitraries', () => {
  test.prop([disentangledArb({ maxK: 4, maxN: 12 })], { numRuns: 40 })('disentangled codes are disentangled, bin-separable and have DCIMIG 1', (spec) => {
    expect(isDisentangled(analyzeStructure(spec), spec.factorSizes.length)).toBe(true);
    expect(isDisentangled(analyzeStructure(spec, 20), spec.factorSizes.length)).toBe(true);
    expect(binSeparable(spec)).toBe(true);
    expect(dcimigOf(populationInfo(spec, 20))).toBeCloseTo(1, 12);
  });

  test.prop([entangledArb({ maxK: 4, maxN: 12 })], { numRuns: 40 })('entangled codes are entangled, also after binning, with DCIMIG < 1', (spec) => {
    expect(isEntangled(analyzeStructure(spec), spec.factorSizes.length)).toBe(true);
    expect(isEntangled(analyzeStructure(spec, 20), spec.factorSizes.length)).toBe(true);
    expect(dcimigOf(populationInfo(spec, 20))).toBeLessThan(1);
  });

  test.prop([anyRepresentationArb({ maxK: 3, maxN: 6 })], { numRuns: 40 })('every generated code evaluates to finite numbers', (spec) => {
    const codes = evaluateCodes(spec, grid(spec.factorSizes), new Rng(1));
    for (const c of codes) expect(c.every(Number.isFinite)).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 30 }), fc.nat()])('seeded permutations are permutations', (n, seed) => {
    expect([...seededPermutation(n, seed)].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
  });
});
