import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dcimigFromInfo } from '../../../../src/empirical/disentanglement/dcimig.js';
import { migFromInfo } from '../../../../src/empirical/disentanglement/mig.js';
import { modularityFromMi } from '../../../../src/empirical/disentanglement/modularity.js';
import { duplicatedSpec, identitySpec, jointSpec, relabelSpec, rotationSpec } from '../../../../src/theory/disentanglement/catalogue.js';
import { binSeparable, dcimigOf, isMaxEntangledInfo, migOf, modularityOf, populationInfo, sapContinuousOf } from '../../../../src/theory/disentanglement/population.js';

const matrixArb = fc.integer({ min: 1, max: 5 }).chain((K) =>
  fc.record({
    mi: fc.array(fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: K, maxLength: K }), { minLength: 1, maxLength: 6 }),
    entropies: fc.array(fc.double({ min: 0.5, max: 3, noNaN: true }), { minLength: K, maxLength: K }),
  }),
);

describe('population metric values', () => {
  it('should give ln n for a clean code and 1 for MIG/DCIMIG/Modularity of the identity', () => {
    const info = populationInfo(identitySpec([3, 7]));
    expect(info.mi[0]![0]).toBeCloseTo(Math.log(3), 14);
    expect(info.mi[0]![1]).toBe(0);
    expect(migOf(info)).toBeCloseTo(1, 14);
    expect(dcimigOf(info)).toBeCloseTo(1, 14);
    expect(modularityOf(info.mi)).toBeCloseTo(1, 14);
  });

  it('should give the notes’ values: duplicates MIG 0, J1 MIG 1 and DCIMIG 0, 45° rotation E-max', () => {
    const dup = populationInfo(duplicatedSpec([3, 6, 10, 8]), 20);
    expect(migOf(dup)).toBe(0);
    expect(dcimigOf(dup)).toBeCloseTo(1, 14);
    const j1 = populationInfo(jointSpec([4, 4, 4, 4]), 20);
    expect(migOf(j1)).toBeCloseTo(1, 14);
    expect(dcimigOf(j1)).toBe(0);
    expect(isMaxEntangledInfo(j1)).toBe(true);
    expect(isMaxEntangledInfo(populationInfo(rotationSpec([10, 10], 45), 20))).toBe(true);
    expect(isMaxEntangledInfo(populationInfo(rotationSpec([10, 10], 20), 20))).toBe(false);
  });

  it('should give SAP-continuous 1 for affine codes and less for a relabelling', () => {
    expect(sapContinuousOf(identitySpec([3, 6])).score).toBeCloseTo(1, 12);
    expect(sapContinuousOf(relabelSpec([3, 6, 10, 8])).score).toBeLessThan(0.5);
    expect(binSeparable(relabelSpec([3, 6, 10, 8]))).toBe(true);
    expect(binSeparable(identitySpec([30]))).toBe(false);
  });

  test.prop([matrixArb], { numRuns: 60 })('should agree with the empirical implementations on any MI matrix', (info) => {
    expect(migOf(info)).toBeCloseTo(migFromInfo(info).score, 12);
    expect(dcimigOf(info)).toBeCloseTo(dcimigFromInfo(info).score, 12);
    expect(modularityOf(info.mi)).toBeCloseTo(modularityFromMi(info.mi).score, 12);
  });
});
