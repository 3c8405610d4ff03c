import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ExactInputError, Rational } from '../../../../src/theory/exact/rational.js';

const bigIntArb = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const ratArb = fc
  .tuple(bigIntArb, fc.bigInt({ min: 1n, max: 10n ** 20n }))
  .map(([n, d]) => Rational.of(n, d));
const nonZeroArb = ratArb.filter((r) => !r.isZero());

describe('Rational.of', () => {
  it('normalises sign and gcd', () => {
    const r = Rational.of(6n, -4n);
    expect(r.num).toBe(-3n);
    expect(r.den).toBe(2n);
    expect(Rational.of(0, 5).toString()).toBe('0');
    expect(Rational.of(-0).eq(Rational.ZERO)).toBe(true);
  });

  it('parses decimals, p/q strings and exponents exactly', () => {
    expect(Rational.of('0.25').toString()).toBe('1/4');
    expect(Rational.of(0.1).toString()).toBe('1/10');
    expect(Rational.of(-2.5).toString()).toBe('-5/2');
    expect(Rational.of(' 3/4 ').toString()).toBe('3/4');
    expect(Rational.of('-6/8').toString()).toBe('-3/4');
    expect(Rational.of('1.5e3').toString()).toBe('1500');
    expect(Rational.of(1e-7).toString()).toBe('1/10000000');
    expect(Rational.of(1e21).toString()).toBe('1000000000000000000000');
    expect(Rational.of('.5').toString()).toBe('1/2');
    expect(Rational.of(2 ** 60).num).toBe(2n ** 60n);
    expect(Rational.of(3, 6).toString()).toBe('1/2');
    expect(Rational.of('12345678901234567890123').num).toBe(12345678901234567890123n);
  });

  it.each([NaN, Infinity, -Infinity, 'abc', '1/0', '', '1/', '.', '1.2.3', '--1'])('rejects %s with TC3001 naming it', (bad) => {
    let err: unknown;
    try {
      Rational.of(bad);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ExactInputError);
    expect((err as ExactInputError).code).toBe('TC3001');
    expect((err as Error).message).toContain(typeof bad === 'string' ? JSON.stringify(bad) : String(bad));
  });

  it('rejects a zero denominator argument', () => {
    expect(() => Rational.of(1, 0)).toThrow(ExactInputError);
  });
});

describe('Rational arithmetic', () => {
  it('computes and prints', () => {
    const a = Rational.of(1, 3);
    const b = Rational.of(1, 6);
    expect(a.add(b).toString()).toBe('1/2');
    expect(a.sub(b).toString()).toBe('1/6');
    expect(a.mul(b).toString()).toBe('1/18');
    expect(a.div(b).toString()).toBe('2');
    expect(a.neg().toString()).toBe('-1/3');
    expect(a.neg().inv().toString()).toBe('-3');
    expect(a.neg().abs().eq(a)).toBe(true);
    expect(Rational.of(2, 3).pow(-3).toString()).toBe('27/8');
    expect(Rational.of(-7, 2).floor()).toBe(-4n);
    expect(Rational.of(7, 2).floor()).toBe(3n);
  });

  it('throws on division by zero', () => {
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(/division by zero/);
    expect(() => Rational.ZERO.inv()).toThrow(ExactInputError);
  });

  it('sign, cmp, predicates', () => {
    expect(Rational.of(-1, 2).sign()).toBe(-1);
    expect(Rational.ZERO.sign()).toBe(0);
    expect(Rational.of(1, 3).cmp(Rational.of(1, 2))).toBe(-1);
    expect(Rational.of(2, 4).cmp(Rational.of(1, 2))).toBe(0);
    expect(Rational.of(4, 2).isInteger()).toBe(true);
    expect(Rational.of(1, 2).isInteger()).toBe(false);
    expect(Rational.fromBigInt(5n).toString()).toBe('5');
  });

  it('toTeX', () => {
    expect(Rational.of(3, 4).toTeX()).toBe('\\frac{3}{4}');
    expect(Rational.of(-3, 4).toTeX()).toBe('-\\frac{3}{4}');
    expect(Rational.of(-7).toTeX()).toBe('-7');
  });

  it('toNumber is accurate for huge numerators and denominators', () => {
    expect(Rational.of(1, 3).toNumber()).toBe(1 / 3);
    const big = Rational.of(10n ** 400n + 1n, 3n * 10n ** 400n);
    expect(big.toNumber()).toBeCloseTo(1 / 3, 15);
    expect(Rational.of(2n ** 1000n, 1n).toNumber()).toBe(2 ** 1000);
    expect(Rational.of(1n, 2n ** 1060n).toNumber()).toBe(2 ** -1060);
  });
});

describe('Rational field laws', () => {
  test.prop([ratArb, ratArb, ratArb])('add/mul associative, commutative, distributive', (a, b, c) => {
    expect(a.add(b).add(c).eq(a.add(b.add(c)))).toBe(true);
    expect(a.mul(b).mul(c).eq(a.mul(b.mul(c)))).toBe(true);
    expect(a.add(b).eq(b.add(a))).toBe(true);
    expect(a.mul(b).eq(b.mul(a))).toBe(true);
    expect(a.mul(b.add(c)).eq(a.mul(b).add(a.mul(c)))).toBe(true);
  });

  test.prop([ratArb, nonZeroArb])('identities and inverses', (a, b) => {
    expect(a.add(Rational.ZERO).eq(a)).toBe(true);
    expect(a.mul(Rational.ONE).eq(a)).toBe(true);
    expect(a.add(a.neg()).isZero()).toBe(true);
    expect(b.mul(b.inv()).eq(Rational.ONE)).toBe(true);
    expect(a.div(b).mul(b).eq(a)).toBe(true);
    expect(a.sub(b).add(b).eq(a)).toBe(true);
  });

  test.prop([ratArb, ratArb])('always normalised; string round-trip; order agrees with toNumber', (a, b) => {
    for (const r of [a.add(b), a.mul(b), a.sub(b)]) {
      expect(r.den > 0n).toBe(true);
      let x = r.num < 0n ? -r.num : r.num;
      let y = r.den;
      while (y) [x, y] = [y, x % y];
      expect(r.isZero() ? r.den === 1n : x === 1n).toBe(true);
      expect(Rational.of(r.toString()).eq(r)).toBe(true);
    }
    const c = a.cmp(b);
    if (c !== 0 && Math.abs(a.toNumber() - b.toNumber()) > 1e-9 * (Math.abs(a.toNumber()) + 1)) {
      expect(Math.sign(a.toNumber() - b.toNumber())).toBe(c);
    }
  });

  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })])(
    'a finite double converts to the rational of its shortest decimal string',
    (x) => {
      const r = Rational.of(x);
      expect(r.toNumber()).toBe(x === 0 ? 0 : x);
    },
  );
});
