import { describe, expect, it } from 'vitest';
import { censusIsClean, separationCensus } from '../../../../src/empirical/equivariance/separation-census.js';

describe('separationCensus', () => {
  it('should union identified pairs and count classes', () => {
    // 4 items × 2 probes: items 0, 1 equal; 2 far; 3 far from all
    const f = [0, 0, 1e-6, 0, 1, 2, 5, 5];
    const c = separationCensus(f, 4, 2);
    expect(c.classes).toBe(3);
    expect(c.labels[0]).toBe(c.labels[1]);
    expect(censusIsClean(c)).toBe(true);
    expect(c.maxIdentifiedGap).toBeCloseTo(1e-6, 12);
    expect(c.minSeparatedGap).toBe(2);
  });

  it('should flag ambiguous pairs and conflicts', () => {
    const amb = separationCensus([0, 1e-3], 2, 1);
    expect(amb.ambiguousPairs).toBe(1);
    expect(censusIsClean(amb)).toBe(false);
    // 0 ~ 1 and 1 ~ 2 by 6e-5 steps each, yet 0 and 2 are 1.2e-4 apart: ambiguous, not a conflict
    const chain = separationCensus([0, 6e-5, 1.2e-4], 3, 1);
    expect(chain.classes).toBe(1);
    expect(chain.ambiguousPairs).toBe(1);
  });

  it('should refuse thresholds less than two decades apart and mismatched sizes', () => {
    expect(() => separationCensus([0, 1], 2, 1, { identified: 1e-3, separated: 1e-2 })).toThrow(/two decades/);
    expect(() => separationCensus([0, 1, 2], 2, 1)).toThrow(/items/);
  });
});
