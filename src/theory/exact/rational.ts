/**
 * Exact rationals on BigInt. Every value is normalised (gcd-reduced, positive
 * denominator), so structural equality is numeric equality.
 */
import { InputError } from '../../core/errors.js';

/** Bad exact input: a non-finite or malformed number (TC3001), a bad shape (TC3002). */
export class ExactInputError extends InputError {
  constructor(code: 'TC3001' | 'TC3002', message: string) {
    super(code, message);
  }
}

/** What `Rational.of` accepts. */
export type RationalLike = Rational | bigint | number | string;

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function describe(x: unknown): string {
  return typeof x === 'string' ? JSON.stringify(x) : String(x);
}

/** An immutable exact rational number num/den with den > 0 and gcd(num, den) = 1. */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  /** Internal: callers guarantee normalisation. Use `Rational.of` or `fromBigInt`. */
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  private static make(n: bigint, d: bigint): Rational {
    if (d === 1n) return new Rational(n, 1n);
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    return g === 1n ? new Rational(n, d) : new Rational(n / g, d / g);
  }

  /** The integer n as a rational. */
  static fromBigInt(n: bigint): Rational {
    return new Rational(n, 1n);
  }

  /**
   * Parse a rational: a bigint, an integer or finite decimal number (non-integers go
   * through their shortest decimal string, so 0.1 is exactly 1/10), or a string
   * "12", "-0.25", "1.5e-3", "3/4". With `d`, the result is n/d.
   * Throws ExactInputError (TC3001) for NaN, Infinity, malformed strings, zero denominators.
   */
  static of(n: RationalLike, d?: bigint | number): Rational {
    const r = Rational.parse(n);
    if (d === undefined) return r;
    const q = Rational.parse(d);
    if (q.num === 0n) throw new ExactInputError('TC3001', `zero denominator in Rational.of(${describe(n)}, ${describe(d)})`);
    return r.div(q);
  }

  private static parse(x: RationalLike): Rational {
    if (x instanceof Rational) return x;
    if (typeof x === 'bigint') return new Rational(x, 1n);
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) throw new ExactInputError('TC3001', `not a finite number: ${x} (expected a finite number, integer or "p/q" string)`);
      if (Number.isInteger(x)) return new Rational(BigInt(x), 1n);
      return Rational.parseDecimal(String(x), x);
    }
    if (typeof x === 'string') {
      const s = x.trim();
      const slash = s.indexOf('/');
      if (slash < 0) return Rational.parseDecimal(s, x);
      const p = Rational.parseDecimal(s.slice(0, slash).trim(), x);
      const q = Rational.parseDecimal(s.slice(slash + 1).trim(), x);
      if (q.num === 0n) throw new ExactInputError('TC3001', `zero denominator in rational ${describe(x)}`);
      return p.div(q);
    }
    throw new ExactInputError('TC3001', `not a rational: ${describe(x)} (expected bigint, number or string)`);
  }

  private static parseDecimal(s: string, original: unknown): Rational {
    const m = DECIMAL.exec(s);
    const intPart = m?.[2] ?? '';
    const frac = m?.[3] ?? '';
    if (!m || (intPart === '' && frac === '')) {
      throw new ExactInputError('TC3001', `not a rational: ${describe(original)} (expected an integer, a finite decimal or "p/q")`);
    }
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    if (!Number.isSafeInteger(exp) || Math.abs(exp) > 100000) {
      throw new ExactInputError('TC3001', `exponent out of range in ${describe(original)}`);
    }
    let n = BigInt(intPart + frac || '0');
    if (m[1] === '-') n = -n;
    const shift = exp - frac.length;
    return shift >= 0 ? new Rational(n * 10n ** BigInt(shift), 1n) : Rational.make(n, 10n ** BigInt(-shift));
  }

  add(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num + o.num, 1n);
    if (this.den === o.den) return Rational.make(this.num + o.num, this.den);
    return Rational.make(this.num * o.den + o.num * this.den, this.den * o.den);
  }

  sub(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num - o.num, 1n);
    if (this.den === o.den) return Rational.make(this.num - o.num, this.den);
    return Rational.make(this.num * o.den - o.num * this.den, this.den * o.den);
  }

  mul(o: Rational): Rational {
    if (this.den === 1n && o.den === 1n) return new Rational(this.num * o.num, 1n);
    if (this.num === 0n || o.num === 0n) return Rational.ZERO;
    // cross-reduce: the result is already normalised
    const g1 = gcd(this.num, o.den);
    const g2 = gcd(o.num, this.den);
    return new Rational((this.num / g1) * (o.num / g2), (this.den / g2) * (o.den / g1));
  }

  /** this / o; throws ExactInputError (TC3001) when o is zero. */
  div(o: Rational): Rational {
    if (o.num === 0n) throw new ExactInputError('TC3001', `division by zero: ${this.toString()} / 0`);
    return this.mul(o.inv());
  }

  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** 1 / this; throws ExactInputError (TC3001) when this is zero. */
  inv(): Rational {
    if (this.num === 0n) throw new ExactInputError('TC3001', 'division by zero: 1 / 0');
    return this.num < 0n ? new Rational(-this.den, -this.num) : new Rational(this.den, this.num);
  }

  abs(): Rational {
    return this.num < 0n ? new Rational(-this.num, this.den) : this;
  }

  /** this^k for an integer k (k < 0 inverts; 0^negative throws). */
  pow(k: bigint | number): Rational {
    if (typeof k === 'number' && !Number.isSafeInteger(k)) {
      throw new ExactInputError('TC3001', `exponent must be an integer, got ${k}`);
    }
    const e = BigInt(k);
    if (e < 0n) return this.inv().pow(-e);
    return new Rational(this.num ** e, this.den ** e);
  }

  /** -1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.num > 0n ? 1 : this.num < 0n ? -1 : 0;
  }

  /** -1, 0 or 1 as this <, =, > o. */
  cmp(o: Rational): -1 | 0 | 1 {
    const l = this.num * o.den;
    const r = o.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  eq(o: Rational): boolean {
    return this.num === o.num && this.den === o.den;
  }

  isZero(): boolean {
    return this.num === 0n;
  }

  isInteger(): boolean {
    return this.den === 1n;
  }

  /** Largest integer <= this. */
  floor(): bigint {
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** Nearest float64 (accurate also when num/den exceed 2^53). */
  toNumber(): number {
    const n = this.num;
    const d = this.den;
    const LIM = 1n << 53n;
    if (n < LIM && n > -LIM && d < LIM) return Number(n) / Number(d);
    // scale so the integer quotient carries ~64 significant bits
    const shift = BigInt(d.toString(2).length - (n < 0n ? -n : n).toString(2).length + 64);
    const q = shift >= 0n ? (n << shift) / d : n / (d << -shift);
    const s = Number(shift);
    const half = Math.trunc(s / 2);
    return Number(q) * 2 ** -half * 2 ** -(s - half);
  }

  /** "p/q", or "p" for integers. */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** LaTeX: "p", "\frac{p}{q}" or "-\frac{p}{q}". */
  toTeX(): string {
    if (this.den === 1n) return this.num.toString();
    const sign = this.num < 0n ? '-' : '';
    return `${sign}\\frac{${this.num < 0n ? -this.num : this.num}}{${this.den}}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
