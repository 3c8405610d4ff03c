import { describe, expect, it } from 'vitest';
import { dcimigFromInfo } from '../../../../src/empirical/disentanglement/dcimig.js';
import { topTwo } from '../../../../src/empirical/disentanglement/discrete-info.js';
import { migFromInfo } from '../../../../src/empirical/disentanglement/mig.js';
import { modularityFromMi } from '../../../../src/empirical/disentanglement/modularity.js';

const I = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));

describe('MIG, DCIMIG and Modularity from an MI matrix (hand-computed cases)', () => {
  it('should reproduce the library’s modularity oracles exactly', () => {
    expect(modularityFromMi(I(3)).score).toBe(1);
    expect(modularityFromMi([[1, 0], [0, 1], [0, 0]]).score).toBeCloseTo(2 / 3, 15);
    expect(modularityFromMi([[0, 0], [0, 0]]).score).toBe(0);
    expect(modularityFromMi([...I(5), ...I(5)]).score).toBe(1);
    expect(modularityFromMi(I(5).map((r) => [...r, ...r])).score).toBeCloseTo(8 / 9, 15);
  });

  it('should give a code split equally over 2 of K factors 1 - 1/(K-1)', () => {
    for (const K of [2, 4, 5]) {
      const row = Array.from({ length: K }, (_, i) => (i < 2 ? 0.7 : 0));
      expect(modularityFromMi([row]).score).toBeCloseTo(1 - 1 / (K - 1), 14);
    }
  });

  it('should compute MIG per factor and DCIMIG per code by hand', () => {
    // codes x factors; H = (1, 2)
    const info = { mi: [[0.9, 0.1], [0.2, 1.5], [0.8, 0.0]], entropies: [1, 2] };
    // MIG: factor 0 gap 0.9-0.8 = 0.1 / 1; factor 1 gap 1.5-0.1 = 1.4 / 2 = 0.7 -> 0.4
    expect(migFromInfo(info).score).toBeCloseTo(0.4, 14);
    // DCIMIG: code gaps 0.8 (f0), 1.3 (f1), 0.8 (f0) -> D = (0.8, 1.3) / 3
    const d = dcimigFromInfo(info);
    expect(d.score).toBeCloseTo(2.1 / 3, 14);
    expect(d.perFactor).toEqual([expect.closeTo(0.8, 14), expect.closeTo(1.3, 14)]);
  });

  it('should give MIG 0 and DCIMIG 1 to a duplicated clean code, and stay finite on constant factors', () => {
    const dup = { mi: [[1, 0], [0, 2], [1, 0], [0, 2]], entropies: [1, 2] };
    expect(migFromInfo(dup).score).toBe(0);
    expect(dcimigFromInfo(dup).score).toBe(1);
    const constant = { mi: [[0, 0.5]], entropies: [0, 1] };
    expect(migFromInfo(constant).score).toBe(0.5);
    expect(Number.isFinite(dcimigFromInfo({ mi: [[0]], entropies: [0] }).score)).toBe(true);
  });

  it('should find the two largest entries with ties counted twice', () => {
    expect(topTwo([1, 3, 3])).toEqual({ first: 3, second: 3, argmax: 1 });
    expect(topTwo([2])).toEqual({ first: 2, second: 0, argmax: 0 });
  });
});
