import { describe, expect, it } from 'vitest';
import { continuousConstruction, continuousMarginBound, continuousParams, phiStepExact } from '../../../../src/theory/vc/two-param-continuous.js';
import { Rational } from '../../../../src/theory/exact/rational.js';

describe('P1-d continuous construction', () => {
  it.each([1, 3, 5])('should give step functions of mass 1 and mean 1/2, shattered exactly at m = %i', (m) => {
    const c = continuousConstruction(m);
    for (const f of c.functions) {
      expect(f.reduce((a, x) => a.add(x.length), Rational.ZERO).toString()).toBe('1');
      expect(f.reduce((a, x) => a.add(x.length.mul(x.value)), Rational.ZERO).toString()).toBe('1/2');
    }
    for (let j = 0; j < 2 ** m; j++) {
      const { w, b } = continuousParams(c, j);
      c.functions.forEach((f, i) => {
        const d = phiStepExact(w, b, f).sub(Rational.ONE);
        expect(d.sign() > 0).toBe(Boolean((j >>> i) & 1));
        expect((d.sign() < 0 ? d.neg() : d).cmp(continuousMarginBound(c))).toBeGreaterThanOrEqual(0);
      });
    }
  });

  it('should have margin bound 1.74e-5 at m = 7', () => {
    expect(continuousMarginBound(continuousConstruction(7)).toNumber()).toBeCloseTo(1.7437e-5, 8);
  });
});
