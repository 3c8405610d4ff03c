/**
 * Evaluation of validated expression trees: exactly over the rationals (an expression is
 * rational only where that is decidable here: integer powers, exact roots, logarithms
 * with rational values, the special values of exp/sin/cos/…) and in float64.
 */
import { Rational } from '../exact/rational.js';
import { asFn, asOp, CONSTANTS, constValue, fnName, symName, SymbolicError, type Node } from './mathjs-backend.js';

/** Generalised binomial for an integer k (float). */
export function floatBinomial(n: number, k: number): number {
  if (!Number.isInteger(k)) return NaN;
  if (k < 0) return 0;
  let r = 1;
  for (let i = 0; i < k; i++) r = (r * (n - i)) / (i + 1);
  return Number.isInteger(n) ? Math.round(r) : r;
}

const FLOAT_FNS: Record<string, (...a: number[]) => number> = {
  sqrt: Math.sqrt, cbrt: Math.cbrt, abs: Math.abs, exp: Math.exp, log10: Math.log10, log2: Math.log2,
  log: (x: number, b?: number) => (b === undefined ? Math.log(x) : Math.log(x) / Math.log(b)),
  sin: Math.sin, cos: Math.cos, tan: Math.tan, asin: Math.asin, acos: Math.acos, atan: Math.atan,
  sec: (x: number) => 1 / Math.cos(x), csc: (x: number) => 1 / Math.sin(x), cot: (x: number) => 1 / Math.tan(x),
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, binomial: floatBinomial,
  factorial: (n: number) => (Number.isInteger(n) && n >= 0 ? factorialF(n) : NaN),
};

function factorialF(n: number): number {
  let r = 1;
  for (let i = 2; i <= n && r < Infinity; i++) r *= i;
  return r;
}

/** Float64 evaluation (IEEE semantics: may return NaN or ±Infinity off the domain). */
export function evalFloat(node: Node, env: ReadonlyMap<string, number>): number {
  const ev = (n: Node): number => {
    switch (n.type) {
      case 'ConstantNode':
        return Number(constValue(n));
      case 'SymbolNode': {
        const name = symName(n);
        const v = env.get(name);
        if (v !== undefined) return v;
        if (name === 'pi') return Math.PI;
        if (name === 'e') return Math.E;
        throw new SymbolicError('TC3004', `cannot evaluate: free symbol ${name}`);
      }
      case 'OperatorNode': {
        const o = asOp(n);
        const a = o.args.map(ev);
        const [x = NaN, y = NaN] = a;
        switch (o.fn) {
          case 'add': return x + y;
          case 'subtract': return x - y;
          case 'multiply': return x * y;
          case 'divide': return x / y;
          case 'pow': return x ** y;
          case 'unaryMinus': return -x;
          case 'unaryPlus': return x;
          case 'factorial': return (FLOAT_FNS.factorial as (n: number) => number)(x);
        }
        break;
      }
      case 'FunctionNode': {
        const f = FLOAT_FNS[fnName(n)];
        if (f) return f(...asFn(n).args.map(ev));
        break;
      }
    }
    throw new SymbolicError('TC3005', `cannot evaluate node ${n.toString()}`);
  };
  return ev(node);
}

// ---- exact evaluation over the rationals ------------------------------------------

const notRational = (what: string): SymbolicError => new SymbolicError('TC3004', `not rational: ${what}`);
const MAX_BITS = 1 << 22;

function bitLength(n: bigint): number {
  return (n < 0n ? -n : n).toString(2).length;
}

/** The exact k-th root of n >= 0, or null. */
function iroot(n: bigint, k: bigint): bigint | null {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / Number(k)));
  for (;;) {
    const y = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (y >= x) break;
    x = y;
  }
  return x ** k === n ? x : null;
}

function ratPow(b: Rational, e: Rational, what: string): Rational {
  if (e.isInteger()) {
    if (b.isZero() && e.sign() < 0) throw new SymbolicError('TC3004', `division by zero in ${what}`);
    const big = b.isZero() || b.abs().eq(Rational.ONE) ? 0 : (bitLength(b.num) + bitLength(b.den)) * Math.abs(Number(e.num));
    if (big > MAX_BITS) throw new SymbolicError('TC3004', `${what} is too large to evaluate exactly`);
    return b.pow(e.num);
  }
  if (e.den > 64n) throw notRational(what);
  if (b.sign() < 0 && e.den % 2n === 0n) throw new SymbolicError('TC3004', `${what} is not real`);
  const rn = iroot(b.num < 0n ? -b.num : b.num, e.den);
  const rd = iroot(b.den, e.den);
  if (rn === null || rd === null) throw notRational(what);
  return ratPow(Rational.of(b.num < 0n ? -rn : rn, rd), Rational.fromBigInt(e.num), what);
}

/** ln of a positive bigint, also beyond float range. */
function bigLog(n: bigint): number {
  const shift = Math.max(0, bitLength(n) - 60);
  return Math.log(Number(n >> BigInt(shift))) + shift * Math.LN2;
}

/** log_b(x) when rational: continued-fraction candidates of the float value, verified exactly. */
function ratLog(x: Rational, b: Rational, what: string): Rational {
  if (x.sign() <= 0 || b.sign() <= 0 || b.eq(Rational.ONE)) throw new SymbolicError('TC3004', `${what} is not defined`);
  let t = (bigLog(x.num) - bigLog(x.den)) / (bigLog(b.num) - bigLog(b.den));
  let [h0, h1, k0, k1] = [0n, 1n, 1n, 0n];
  for (let i = 0; i < 40 && Number.isFinite(t); i++) {
    const a = Math.floor(t);
    [h0, h1] = [h1, BigInt(a) * h1 + h0];
    [k0, k1] = [k1, BigInt(a) * k1 + k0];
    if (k1 > 1000n) break;
    try {
      if (ratPow(x, Rational.fromBigInt(k1), what).eq(ratPow(b, Rational.fromBigInt(h1), what))) return Rational.of(h1, k1);
    } catch {
      break;
    }
    if (t - a < 1e-12) break;
    t = 1 / (t - a);
  }
  throw notRational(`${what} is irrational`);
}

/** f(at) = value exactly; f at any other rational is transcendental (Lindemann–Weierstrass). */
const SPECIAL: Record<string, [number, number]> = {
  exp: [0, 1], sin: [0, 0], cos: [0, 1], tan: [0, 0], sec: [0, 1], asin: [0, 0], acos: [1, 0],
  atan: [0, 0], sinh: [0, 0], cosh: [0, 1], tanh: [0, 0],
};

function intArg(r: Rational, what: string, max: bigint): bigint {
  if (!r.isInteger()) throw notRational(`${what} needs an integer argument, got ${r}`);
  if (r.num > max) throw new SymbolicError('TC3004', `${what} is too large to evaluate exactly`);
  return r.num;
}

/** Exact evaluation; every symbol must be bound (pi and e are irrational). */
export function evalExact(node: Node, env: ReadonlyMap<string, Rational>): Rational {
  const ev = (n: Node): Rational => {
    const what = (): string => n.toString({ implicit: 'show' });
    switch (n.type) {
      case 'ConstantNode': {
        const v = constValue(n);
        return typeof v === 'bigint' ? Rational.fromBigInt(v) : Rational.of(String(v));
      }
      case 'SymbolNode': {
        const v = env.get(symName(n));
        if (v) return v;
        if (CONSTANTS.has(symName(n))) throw notRational(`${symName(n)} is irrational`);
        throw new SymbolicError('TC3004', `cannot evaluate: free symbol ${symName(n)}`);
      }
      case 'OperatorNode': {
        const o = asOp(n);
        const [x = Rational.ZERO, y = Rational.ZERO] = o.args.map(ev);
        switch (o.fn) {
          case 'add': return x.add(y);
          case 'subtract': return x.sub(y);
          case 'multiply': return x.mul(y);
          case 'divide':
            if (y.isZero()) throw new SymbolicError('TC3004', `division by zero in ${what()}`);
            return x.div(y);
          case 'pow': return ratPow(x, y, what());
          case 'unaryMinus': return x.neg();
          case 'unaryPlus': return x;
          case 'factorial': return factorial(x, what());
        }
        break;
      }
      case 'FunctionNode': {
        const f = fnName(n);
        const args = asFn(n).args.map(ev);
        const [x = Rational.ZERO, y = Rational.ZERO] = args;
        switch (f) {
          case 'sqrt': return ratPow(x, Rational.of(1, 2), what());
          case 'cbrt': return ratPow(x, Rational.of(1, 3), what());
          case 'abs': return x.abs();
          case 'log':
            if (args.length === 2) return ratLog(x, y, what());
            if (x.eq(Rational.ONE)) return Rational.ZERO;
            throw notRational(`${what()} is transcendental or undefined`);
          case 'log10': return ratLog(x, Rational.of(10), what());
          case 'log2': return ratLog(x, Rational.of(2), what());
          case 'factorial': return factorial(x, what());
          case 'binomial': {
            const k = intArg(y, what(), 100000n);
            let r = Rational.ONE;
            for (let i = 0n; i < k; i++) r = r.mul(x.sub(Rational.fromBigInt(i))).div(Rational.fromBigInt(i + 1n));
            return k < 0n ? Rational.ZERO : r;
          }
        }
        const special = SPECIAL[f];
        if (special && x.eq(Rational.of(special[0]))) return Rational.of(special[1]);
        throw notRational(`${what()} is transcendental or undefined`);
      }
    }
    throw new SymbolicError('TC3005', `cannot evaluate node ${what()}`);
  };
  return ev(node);
}

function factorial(x: Rational, what: string): Rational {
  const n = intArg(x, what, 10000n);
  if (n < 0n) throw new SymbolicError('TC3004', `${what} is not defined`);
  let r = 1n;
  for (let i = 2n; i <= n; i++) r *= i;
  return Rational.fromBigInt(r);
}

/** True when the tree is a rational function of its symbols (exact evaluation at points decides identity). */
export function isRationalFunction(node: Node): boolean {
  const exactConst = (n: Node, integer: boolean): boolean => {
    try {
      const r = evalExact(n, new Map());
      return !integer || r.isInteger();
    } catch {
      return false;
    }
  };
  const rf = (n: Node): boolean => {
    switch (n.type) {
      case 'ConstantNode': return true;
      case 'SymbolNode': return !CONSTANTS.has(symName(n));
      case 'OperatorNode': {
        const o = asOp(n);
        if (o.fn === 'pow') return rf(o.args[0] as Node) && exactConst(o.args[1] as Node, true);
        if (o.fn === 'factorial') return exactConst(n, false);
        return o.args.every(rf);
      }
      case 'FunctionNode':
        if (fnName(n) === 'binomial') return rf(asFn(n).args[0] as Node) && exactConst(asFn(n).args[1] as Node, true);
        return exactConst(n, false);
    }
    return false;
  };
  return rf(node);
}
