import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { evaluateDegreeIdentities } from '../../../../src/theory/equivariance/degree-identities.js';

const instance = fc.constantFrom(4, 6, 8).chain((N) =>
  fc.record({
    N: fc.constant(N),
    lambdaWeights: fc.array(fc.nat({ max: 4 }), { minLength: N, maxLength: N }).filter((w) => w.some((v) => v > 0)),
    muWeights: fc.array(fc.nat({ max: 4 }), { minLength: N, maxLength: N }).filter((w) => w.some((v) => v > 0)),
    kernel: fc.array(fc.integer({ min: -4, max: 4 }), { minLength: N, maxLength: N }),
    stepH: fc.constant(1),
    stepK: fc.constant(2),
    a: fc.double({ min: 0.2, max: 4, noNaN: true }),
    M: fc.integer({ min: 1, max: 3 }),
  }),
);

test.prop([instance], { numRuns: 15 })('every identity of §3.2 holds on random instances', (p) => {
  const r = evaluateDegreeIdentities(p);
  expect(Object.values(r.exact).every(Boolean)).toBe(true);
  expect(r.eigenError).toBeLessThan(1e-12);
  expect(r.maxNonTrivial).toBeLessThanOrEqual(1 + 1e-12);
  expect(r.klSubgroup).toBeCloseTo(Math.log(2), 12);
  expect(r.besselError).toBeLessThan(1e-9);
  expect(r.offMultiple).toBeLessThan(1e-9);
});
