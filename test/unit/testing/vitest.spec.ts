import { describe, expect, it } from 'vitest';
import { expectClaim } from '../../../src/testing/vitest.js';
import { brokenSquareBound, flakyTraining, squaresNonNegative } from '../../fixtures/toy-claims.js';

describe('expectClaim', () => {
  it('should pass for a holding claim and return its result', async () => {
    const r = await expectClaim(squaresNonNegative);
    expect(r.verdict.status).toBe('holds');
  });

  it('should throw with the counterexample and replay command for a violated claim', async () => {
    await expect(expectClaim(brokenSquareBound)).rejects.toThrow(/violated[\s\S]*counterexample: 8[\s\S]*theorycheck replay toy.square.broken-bound/);
  });

  it('should reject inconclusive unless allowed', async () => {
    await expect(expectClaim(flakyTraining)).rejects.toThrow(/inconclusive/);
    await expect(expectClaim(flakyTraining, { allowInconclusive: true })).resolves.toBeDefined();
  });
});
