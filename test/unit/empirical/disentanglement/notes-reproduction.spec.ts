import { describe, expect, it } from 'vitest';
import { dsprites } from '../../../../src/empirical/data/dsprites.js';
import { identityRepresentation } from '../../../../src/empirical/data/ground-truth-dummy.js';
import { uniformFactors } from '../../../../src/empirical/data/ground-truth-sets.js';
import { allMetricsOnGroundTruth, LIBRARY_SIZES } from '../../../../src/empirical/disentanglement/all-metrics.js';
import { allSameFactorSpec, diagDominantSpec, jointSpec, relabelSpec, rotationSpec, withNuisanceSpec, xorSpec } from '../../../../src/theory/disentanglement/catalogue.js';
import { populationInfo } from '../../../../src/theory/disentanglement/population.js';
import { evaluateCodes, type RepresentationSpec } from '../../../../src/theory/disentanglement/representation.js';
import { identitySpec } from '../../../../src/theory/disentanglement/catalogue.js';

/** research/disentanglement.md §5 tables (library code, N = 10^4) reproduced by ours, MI-based metrics. */
const cheap = ['mig', 'dcimig', 'modularity', 'irs'] as const;
const scores = (spec: RepresentationSpec) =>
  allMetricsOnGroundTruth(uniformFactors(spec.factorSizes), (f, rng) => evaluateCodes(spec, f, rng), 0, LIBRARY_SIZES, cheap);

describe('the notes’ §5 numbers', () => {
  it.each([
    ['A3 relabel, [3,6,10,8]', relabelSpec([3, 6, 10, 8]), { mig: 0.999, dcimig: 0.999, modularity: 1, irs: 1 }],
    ['A4 + 2 N(0,1) codes', withNuisanceSpec([3, 6, 10, 8], 2, 'noise'), { mig: 0.997, dcimig: 0.999 }],
    ['B1 45-degree pair', rotationSpec([3, 6, 10, 8], 45), { mig: 0.5, dcimig: 0.697, modularity: 0.962 }],
    ['B3 diagonal-dominant', diagDominantSpec([3, 6, 10, 8], 0.5), { mig: 0.194, dcimig: 0.179, modularity: 0.952 }],
    ['C3 every code = f0', allSameFactorSpec([3, 6, 10, 8]), { mig: 0, dcimig: 0.151, modularity: 1, irs: 1 }],
    ['J1 packed pairs', jointSpec([4, 4, 4, 4]), { mig: 0.998, dcimig: 0, modularity: 0.667, irs: 0.8 }],
    ['X1 XOR', xorSpec(), { mig: 1, dcimig: 1, modularity: 1, irs: 0.888 }],
    ['rotation 15 degrees, [10,10]', rotationSpec([10, 10], 15), { mig: 0.314, dcimig: 0.314, irs: 0.786, modularity: 0.774 }],
    ['rotation 30 degrees, [10,10]', rotationSpec([10, 10], 30), { mig: 0.108, dcimig: 0.108, irs: 0.629, modularity: 0.499 }],
  ] as const)('%s', (_name, spec, expected) => {
    const s = scores(spec);
    for (const [k, v] of Object.entries(expected)) expect(Math.abs((s[k as (typeof cheap)[number]] as number) - v), k).toBeLessThan(0.012);
  });

  it('dSprites sizes: the identity code is capped by 20-bin binning (MIG 0.896, DCIMIG 0.863)', () => {
    const data = dsprites();
    const s = allMetricsOnGroundTruth(data, identityRepresentation(data), 0, LIBRARY_SIZES, ['mig', 'dcimig']);
    expect(s.mig).toBeCloseTo(0.896, 2);
    expect(s.dcimig).toBeCloseTo(0.863, 2);
    // the large-sample limit: Σ_i I(bin20(F_i); F_i) / Σ_i H(F_i), 0.8717 in the notes
    const sizes = [3, 6, 40, 32, 32];
    const kept = sizes.map((n) => populationInfo(identitySpec([n]), 20).mi[0]![0]!);
    const limit = kept.reduce((a, b) => a + b, 0) / sizes.reduce((a, n) => a + Math.log(n), 0);
    expect(limit).toBeCloseTo(0.8717, 4);
    expect(kept[2]! / Math.log(40)).toBeCloseTo(Math.log(20) / Math.log(40), 12);
    expect(s.dcimig!).toBeLessThan(limit);
  });
});
