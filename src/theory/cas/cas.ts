/**
 * The one interface over mathjs and nerdamer-prime. mathjs parses (with a whitelist),
 * prints TeX and holds the expression trees; nerdamer-prime expands, simplifies and
 * differentiates; exact and float evaluation walk the trees (evaluate.ts).
 */
import { deriveSeed, Rng } from '../../core/rng.js';
import { Rational } from '../exact/rational.js';
import { evalExact, evalFloat, isRationalFunction } from './evaluate.js';
import { asFn, asOp, constValue, fnName, MathjsBackend, symName, SymbolicError, type Node } from './mathjs-backend.js';
import { encode, nerdDiff, nerdExpand, nerdExpandSimplify, nerdSimplify, type Encoded } from './nerdamer-backend.js';

export { SymbolicError } from './mathjs-backend.js';

/** An expression: opaque; `toString()` gives a canonical string (mathjs syntax, explicit `*`). */
export interface Expr {
  readonly kind: 'expr';
  toString(): string;
}

/** An expression or its source text. */
export type ExprLike = string | Expr;

/** A value for a symbol: a number (read exactly via its shortest decimal), bigint, Rational, or an expression string. */
export type Binding = number | bigint | string | Rational;

/** The computer-algebra interface that claims use. */
export interface Cas {
  /** Parse; throws SymbolicError TC3003 with the expression and position. Comparisons and `=` are rejected. */
  parse(expr: string): Expr;
  /** Simplified form (nerdamer `simplify`, with pi, e and irrational constants kept opaque so they are never approximated). */
  simplify(e: ExprLike): Expr;
  /** Expanded form (nerdamer `expand`; sums of fractions are not combined). */
  expand(e: ExprLike): Expr;
  /** Simultaneous substitution; string values are parsed as expressions. */
  substitute(e: ExprLike, bindings: Record<string, Binding>): Expr;
  /** The exact rational value; SymbolicError TC3004 if irrational, undefined or with free symbols (named). */
  evaluateExact(e: ExprLike, bindings?: Record<string, Binding>): Rational;
  /** The float64 value (IEEE: NaN/±Infinity off the domain); TC3004 names free symbols. */
  evaluate(e: ExprLike, bindings?: Record<string, Binding>): number;
  /**
   * Symbolic identity a ≡ b (as functions of their free symbols on the reals).
   * Rational functions (polynomials, quotients, integer powers, binomials with integer
   * lower index, rational constants) are decided by exact evaluation at 8 seeded random
   * rational points (polynomial identity testing: a false "equal" has probability below
   * (degree/2^21)^8 by Schwartz–Zippel; a disagreement is a proof of inequality).
   * Everything else: nerdamer's expand(a - b), or simplify(expand(a - b)) with constants
   * opaque, must be 0, and then float evaluation at 8 random points in [1/2, 3] must
   * agree to 1e-9 relative (a safety net against simplifier bugs). Undecided means false.
   */
  equal(a: ExprLike, b: ExprLike): boolean;
  /** LaTeX that KaTeX renders (symbols never \mathrm, binomials as \binom). */
  toTeX(e: ExprLike): string;
  /** sum_{i=0}^{d} C(n, i), exactly (C(n, i) = 0 for i > n >= 0; 0 when d < 0). */
  binomialSum(n: bigint, d: bigint): bigint;
  /** Derivative with respect to `variable`. */
  diff(e: ExprLike, variable: string): Expr;
  /** A rational matrix as a pmatrix. */
  matrixTeX(m: readonly (readonly Rational[])[]): string;
  /** Free symbols (not pi, e), sorted. */
  freeSymbols(e: ExprLike): string[];
}

class CasExpr implements Expr {
  readonly kind = 'expr' as const;
  constructor(
    readonly node: Node,
    private readonly text: string,
  ) {}
  toString(): string {
    return this.text;
  }
}

const POINTS = 8;

class CasImpl implements Cas {
  private readonly m = new MathjsBackend();

  private wrap(node: Node): CasExpr {
    return new CasExpr(node, this.m.toString(node));
  }

  private node(e: ExprLike): Node {
    if (e instanceof CasExpr) return e.node;
    return this.m.parse(typeof e === 'string' ? e : e.toString());
  }

  /** Encode for nerdamer; `opaque` hides pi, e and irrational constants (see nerdamer-backend). */
  private encode(node: Node, opaque: boolean): Encoded {
    const value = (n: Node): Rational | null => {
      try {
        return evalExact(n, new Map());
      } catch {
        return null;
      }
    };
    return encode(node, { opaque, value, symbol: (s) => this.m.symbol(s) });
  }

  private decode(text: string, enc: Encoded): Node {
    let node: Node;
    try {
      node = this.m.parse(text);
    } catch (e) {
      throw new SymbolicError('TC3005', `nerdamer produced a result outside the supported language: ${text} (${(e as Error).message})`);
    }
    const unknown = this.m.freeSymbols(node).filter((s) => !enc.back.has(s));
    if (unknown.length > 0) {
      throw new SymbolicError('TC3005', `nerdamer produced unsupported symbols ${unknown.join(', ')} (e.g. the imaginary unit) in ${text}`);
    }
    return this.tidy(this.m.substitute(node, enc.back));
  }

  /** log(e) -> 1 (left by differentiating e as an opaque symbol), then x*1 -> x. */
  private tidy(n: Node): Node {
    const one = (a: Node | undefined): boolean => a?.type === 'ConstantNode' && Number(constValue(a)) === 1;
    if (n.type === 'FunctionNode') {
      const args = asFn(n).args.map((a) => this.tidy(a));
      const [a] = args;
      if (fnName(n) === 'log' && args.length === 1 && a?.type === 'SymbolNode' && symName(a) === 'e') return this.m.constant(1n);
      return this.m.fn(fnName(n), args);
    }
    if (n.type === 'OperatorNode') {
      const o = asOp(n);
      const args = o.args.map((a) => this.tidy(a));
      if (o.fn === 'multiply' && one(args[0])) return args[1] as Node;
      if (o.fn === 'multiply' && one(args[1])) return args[0] as Node;
      return this.m.op(o.op, o.fn, args);
    }
    return n;
  }

  private viaNerdamer(e: ExprLike, f: (text: string) => string, opaque: boolean): CasExpr {
    const enc = this.encode(this.node(e), opaque);
    return this.wrap(this.decode(f(enc.text), enc));
  }

  parse(expr: string): Expr {
    return this.wrap(this.m.parse(expr));
  }

  simplify(e: ExprLike): Expr {
    return this.viaNerdamer(e, nerdSimplify, true);
  }

  expand(e: ExprLike): Expr {
    return this.viaNerdamer(e, nerdExpand, false);
  }

  substitute(e: ExprLike, bindings: Record<string, Binding>): Expr {
    const map = new Map<string, Node>();
    for (const [k, v] of Object.entries(bindings)) map.set(k, typeof v === 'string' ? this.m.parse(v) : this.m.rational(Rational.of(v)));
    return this.wrap(this.m.substitute(this.node(e), map));
  }

  /** Substitute string bindings; return the tree and the numeric bindings; TC3004 on free symbols. */
  private bind<T>(e: ExprLike, bindings: Record<string, Binding>, conv: (v: Exclude<Binding, string>, k: string) => T): [Node, Map<string, T>] {
    const strings: Record<string, string> = {};
    const env = new Map<string, T>();
    for (const [k, v] of Object.entries(bindings)) {
      if (typeof v === 'string') strings[k] = v;
      else env.set(k, conv(v, k));
    }
    const node = Object.keys(strings).length > 0 ? (this.substitute(e, strings) as CasExpr).node : this.node(e);
    const free = this.m.freeSymbols(node).filter((s) => !env.has(s));
    if (free.length > 0) {
      throw new SymbolicError('TC3004', `cannot evaluate ${this.m.toString(node)}: free symbol(s) ${free.join(', ')} (bind them)`);
    }
    return [node, env];
  }

  evaluateExact(e: ExprLike, bindings: Record<string, Binding> = {}): Rational {
    const [node, env] = this.bind(e, bindings, (v) => Rational.of(v));
    return evalExact(node, env);
  }

  evaluate(e: ExprLike, bindings: Record<string, Binding> = {}): number {
    const [node, env] = this.bind(e, bindings, (v, k) => {
      const x = v instanceof Rational ? v.toNumber() : Number(v);
      if (!Number.isFinite(x)) throw new SymbolicError('TC3004', `binding ${k} = ${String(v)} is not finite`);
      return x;
    });
    return evalFloat(node, env);
  }

  equal(a: ExprLike, b: ExprLike): boolean {
    const na = this.node(a);
    const nb = this.node(b);
    const syms = [...new Set([...this.m.freeSymbols(na), ...this.m.freeSymbols(nb)])];
    const rng = new Rng(deriveSeed(0x7c3, this.m.toString(na), this.m.toString(nb)));
    if (isRationalFunction(na) && isRationalFunction(nb)) {
      let agreed = 0;
      for (let tries = 0; agreed < POINTS && tries < 8 * POINTS; tries++) {
        const env = new Map(syms.map((s) => [s, Rational.of(rng.int(-(2 ** 20), 2 ** 20), rng.int(1, 1024))]));
        let va: Rational;
        let vb: Rational;
        try {
          va = evalExact(na, env);
          vb = evalExact(nb, env);
        } catch (e) {
          if (e instanceof SymbolicError) continue; // a pole (or too large): sample again
          throw e;
        }
        if (!va.eq(vb)) return false;
        agreed++;
      }
      if (agreed === POINTS) return true;
    }
    if (!this.symbolicZero(na, nb)) return false;
    for (let i = 0; i < POINTS; i++) {
      const env = new Map(syms.map((s) => [s, rng.uniform(0.5, 3)]));
      const va = evalFloat(na, env);
      const vb = evalFloat(nb, env);
      if (Number.isFinite(va) && Number.isFinite(vb) && Math.abs(va - vb) > 1e-9 * (1 + Math.abs(va) + Math.abs(vb))) return false;
    }
    return true;
  }

  /** nerdamer: expand(a - b) or, with constants opaque, simplify(expand(a - b)) is the constant 0. */
  private symbolicZero(na: Node, nb: Node): boolean {
    const d = this.wrap(this.m.op('-', 'subtract', [na, nb]));
    const isZero = (x: CasExpr): boolean => x.node.type === 'ConstantNode' && Number(constValue(x.node)) === 0;
    try {
      return isZero(this.viaNerdamer(d, nerdExpand, false)) || isZero(this.viaNerdamer(d, nerdExpandSimplify, true));
    } catch (e) {
      if (e instanceof SymbolicError) return false;
      throw e;
    }
  }

  toTeX(e: ExprLike): string {
    return this.m.toTex(this.node(e)).trim();
  }

  binomialSum(n: bigint, d: bigint): bigint {
    let term = 1n;
    let sum = 0n;
    for (let i = 0n; i <= d; i++) {
      sum += term;
      term = (term * (n - i)) / (i + 1n);
      if (term === 0n && n >= 0n) break;
    }
    return sum;
  }

  diff(e: ExprLike, variable: string): Expr {
    const node = this.node(e);
    const enc = this.encode(node, true);
    const inAtom = [...enc.back.entries()].some(([k, n]) => k.startsWith('tca') && this.m.freeSymbols(n).includes(variable));
    if (inAtom) {
      throw new SymbolicError(
        'TC3005',
        `cannot differentiate ${this.m.toString(node)} with respect to ${variable}: it occurs in an unsupported sub-expression (e.g. binomial with symbolic lower index)`,
      );
    }
    const v = enc.names.get(variable);
    if (v === undefined) return this.wrap(this.m.constant(0n));
    return this.wrap(this.decode(nerdDiff(enc.text, v), enc));
  }

  matrixTeX(m: readonly (readonly Rational[])[]): string {
    const rows = m.map((row) => row.map((x) => x.toTeX()).join(' & '));
    return `\\begin{pmatrix}${rows.join(' \\\\ ')}\\end{pmatrix}`;
  }

  freeSymbols(e: ExprLike): string[] {
    return this.m.freeSymbols(this.node(e));
  }
}

/** A fresh CAS: its own mathjs instance; nerdamer's global history is flushed after every call. */
export function createCas(): Cas {
  return new CasImpl();
}
