import { describe, expect, it } from 'vitest';
import { CLAIM_ID_PATTERN, defineClaim } from '../../../src/core/claim.js';
import { squaresNonNegative } from '../../fixtures/toy-claims.js';

describe('defineClaim', () => {
  it('should accept dotted lower-kebab ids with at least three segments', () => {
    for (const id of ['vc.sauer-shelah.growth-bound', 'dis.mig.violates-p1', 'vc.gcnn2.log-r-shattering']) expect(CLAIM_ID_PATTERN.test(id)).toBe(true);
    for (const id of ['vc.sauer', 'VC.x.y', 'vc..x', 'vc.x.y-', 'vc.x_y.z']) expect(CLAIM_ID_PATTERN.test(id)).toBe(false);
  });

  it('should reject a bad id, a tolerance without reason and an allowance without reason', () => {
    expect(() => defineClaim({ ...squaresNonNegative, id: 'Bad Id' })).toThrow(/id must be/);
    expect(() => defineClaim({ ...squaresNonNegative, id: 'toy.a.b', tolerance: { abs: 1, rel: 0, reason: ' ' } })).toThrow(/reason/);
    expect(() => defineClaim({ ...squaresNonNegative, id: 'toy.a.c', inconclusiveAllowance: 0.5 })).toThrow(/inconclusiveReason/);
    expect(() => defineClaim({ ...squaresNonNegative, id: 'toy.a.d', cases: [{ name: 'x', params: 1 }, { name: 'x', params: 2 }] })).toThrow(/duplicate case/);
  });

  it('should freeze the claim', () => {
    expect(Object.isFrozen(squaresNonNegative)).toBe(true);
  });
});
