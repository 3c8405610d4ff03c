import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { circularCorrelate, twoParamDichotomies, twoParamGrowthBound, twoParamPhi, twoParamVcBound } from '../../../../src/theory/vc/two-param.js';
import { Rng } from '../../../../src/core/rng.js';
const fnArb = (r: number, maxN: number) => fc.array(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: r, maxLength: r }), { minLength: 1, maxLength: maxN });

describe('P1-b bound', () => {
  it('should give VC <= 7, 8, 9, 10, 12, 14, 17, 19 for r = 1, 2, 4, 8, 16, 64, 256, 1024', () => {
    expect([1, 2, 4, 8, 16, 64, 256, 1024].map(twoParamVcBound)).toEqual([7, 8, 9, 10, 12, 14, 17, 19]);
    expect(twoParamGrowthBound(16, 8)).toBe(4116n);
  });
});

describe('P1-e exact oracle', () => {
  test.prop([fc.uniqueArray(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 9 })])('should find exactly 2n labelings at r = 1 (affine thresholds)', (xs) => {
    expect(twoParamDichotomies(xs.map((x) => [x])).size).toBe(2 * xs.length);
  });

  test.prop([fc.integer({ min: 1, max: 6 }).chain((r) => fnArb(r, 6)), fc.integer({ min: 0, max: 1000 })], { numRuns: 40 })(
    'should contain every labeling a random (w, b) realises, and stay under the P1-b bound',
    (fs, seed) => {
      const oracle = twoParamDichotomies(fs);
      expect(oracle.size).toBeLessThanOrEqual(Number(twoParamGrowthBound(fs.length, fs[0]!.length)));
      const rng = new Rng(seed);
      for (let k = 0; k < 300; k++) {
        const w = rng.normal(0, 2) * (rng.next() < 0.3 ? 10 : 1);
        const b = rng.normal(0, 3);
        let mask = 0;
        fs.forEach((f, i) => {
          if (twoParamPhi(w, b, f) > 1 + 1e-9) mask |= 1 << i;
          else if (twoParamPhi(w, b, f) > 1 - 1e-9) mask = -1; // on the level: skip
        });
        if (mask >= 0) expect(oracle.has(mask)).toBe(true);
      }
    },
  );

  test.prop([fc.integer({ min: 2, max: 6 }).chain((r) => fc.tuple(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: r, maxLength: r }), fc.integer({ min: 1, max: r - 1 }), fnArb(r, 3)))])(
    'should never separate f from a roll of f (invariance)',
    ([f, t, rest]) => {
      const rolled = f.map((_, g) => f[(g + t) % f.length]!);
      for (const m of twoParamDichotomies([f, rolled, ...rest])) expect(m & 1).toBe((m >>> 1) & 1);
    },
  );

  it('should correlate circularly: (K⋆f)(g) = Σ_u K(u) f(g + u)', () => {
    expect(circularCorrelate([1, 2, 0], [1, 0, 0])).toEqual([1, 0, 2]);
  });
});
