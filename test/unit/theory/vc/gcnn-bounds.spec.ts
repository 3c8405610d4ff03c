import { describe, expect, it } from 'vitest';
import { explicitLowerBound, paper2LowerBound, paper2UpperBound, paper2Validity } from '../../../../src/theory/vc/gcnn-bounds.js';

describe('paper 2 bounds', () => {
  it('should give the Cor 1 values of the table and check the constants’ hypotheses', () => {
    expect(paper2UpperBound(25, 2, 8)).toBeCloseTo(1.911e5, -2);
    expect(paper2UpperBound(173, 2, 8) / 1e6).toBeCloseTo(1.805, 2);
    expect(paper2UpperBound(177, 4, 8) / 1e6).toBeCloseTo(3.706, 2);
    expect(paper2Validity(25, 2)).toEqual({ valid: false, failed: ['W > 125'] });
    expect(paper2Validity(173, 2).valid).toBe(true);
    expect(paper2Validity(130, 12).failed).toEqual(['W > L^2']);
    expect(explicitLowerBound(16, 32)).toBe(20);
    expect(paper2LowerBound(173, 2, 8)).toBeLessThan(paper2UpperBound(173, 2, 8));
  });
});
