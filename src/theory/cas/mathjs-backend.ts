/**
 * The mathjs side of the CAS: parsing (with a whitelist of constructs, so nothing is
 * silently misread), node construction, substitution, free symbols and TeX.
 * Only this file and nerdamer-backend.ts import the symbolic libraries.
 */
import { all, create, type FactoryFunctionMap, type MathJsInstance, type MathNode } from 'mathjs';
import { InputError } from '../../core/errors.js';
import type { Rational } from '../exact/rational.js';

/**
 * A symbolic failure: TC3003 unparsable or unsupported expression, TC3004 no exact
 * (or no numeric) value (irrational, free symbols, division by zero), TC3005 an
 * operation the backends cannot do faithfully.
 */
export class SymbolicError extends InputError {
  constructor(code: 'TC3003' | 'TC3004' | 'TC3005', message: string) {
    super(code, message);
  }
}

/** Symbols with a fixed meaning. Everything else (also i, E, tau, phi) is a free symbol. */
export const CONSTANTS: ReadonlySet<string> = new Set(['pi', 'e']);

/** Supported functions: name -> [min, max] arity. */
export const FUNCTIONS: Readonly<Record<string, readonly [number, number]>> = {
  sqrt: [1, 1], cbrt: [1, 1], abs: [1, 1], exp: [1, 1], log: [1, 2], log10: [1, 1], log2: [1, 1],
  sin: [1, 1], cos: [1, 1], tan: [1, 1], asin: [1, 1], acos: [1, 1], atan: [1, 1],
  sec: [1, 1], csc: [1, 1], cot: [1, 1], sinh: [1, 1], cosh: [1, 1], tanh: [1, 1],
  binomial: [2, 2], factorial: [1, 1],
};
const ALIASES: Readonly<Record<string, string>> = { ln: 'log', nCr: 'binomial', choose: 'binomial', combinations: 'binomial', fact: 'factorial' };
const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus', 'factorial']);
const COMPARISONS = new Set(['smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal']);
const NON_FINITE = new Set(['Infinity', 'NaN', 'undefined', 'null', 'true', 'false']);
const GREEK = new Set(
  'alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa lambda mu nu xi rho sigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega'.split(' '),
);

// Narrow views of mathjs nodes (the library's own types are wider than what we accept).
export type Node = MathNode;
interface OpNode { type: 'OperatorNode'; fn: string; op: string; args: Node[]; implicit: boolean }
interface FnNode { type: 'FunctionNode'; fn: Node & { name?: string }; args: Node[] }
export const asOp = (n: Node): OpNode => n as unknown as OpNode;
export const asFn = (n: Node): FnNode => n as unknown as FnNode;
export const symName = (n: Node): string => (n as unknown as { name: string }).name;
export const constValue = (n: Node): unknown => (n as unknown as { value: unknown }).value;
export const fnName = (n: Node): string => asFn(n).fn.name ?? '';

function bad(src: string, what: string, needle?: string): SymbolicError {
  const at = needle === undefined ? -1 : src.indexOf(needle);
  const where = at >= 0 ? ` at char ${at + 1}` : '';
  return new SymbolicError('TC3003', `cannot parse ${JSON.stringify(src)}${where}: ${what}`);
}

const OP_TEXT: Record<string, string> = { smaller: '<', larger: '>', smallerEq: '<=', largerEq: '>=', equal: '==', unequal: '!=' };

/** Owns one mathjs instance (created with `create(all, …)`, so imports never leak). */
export class MathjsBackend {
  private readonly math: MathJsInstance;

  constructor() {
    // bigint literals keep large integers exact; decimals fall back to number and are
    // read exactly through their shortest decimal string. The instance never evaluates.
    this.math = create(all as FactoryFunctionMap, { number: 'bigint', numberFallback: 'number' });
  }

  /** Parse and validate; parentheses are dropped and aliases (ln, nCr, …) normalised. */
  parse(src: string): Node {
    let node: Node;
    try {
      node = this.math.parse(src);
    } catch (e) {
      const char = (e as { char?: number }).char;
      const where = char === undefined ? '' : ` at char ${char + 1}`;
      throw new SymbolicError('TC3003', `cannot parse ${JSON.stringify(src)}${where}: ${(e as Error).message}`);
    }
    return this.normalise(node, src);
  }

  /** Validate a tree against the whitelist and normalise it (also for nerdamer output). */
  normalise(n: Node, src: string): Node {
    switch (n.type) {
      case 'ParenthesisNode':
        return this.normalise((n as unknown as { content: Node }).content, src);
      case 'ConstantNode': {
        const v = constValue(n);
        if (typeof v === 'bigint' || (typeof v === 'number' && Number.isFinite(v))) return n;
        throw bad(src, `unsupported constant ${JSON.stringify(String(v))} (only finite numbers)`);
      }
      case 'SymbolNode':
        if (NON_FINITE.has(symName(n))) throw bad(src, `unsupported symbol ${symName(n)}`, symName(n));
        return n;
      case 'OperatorNode': {
        const o = asOp(n);
        if (COMPARISONS.has(o.fn)) {
          throw bad(src, `comparison '${OP_TEXT[o.fn]}' is not an expression (nerdamer would silently make it 0); pass each side separately`, o.op);
        }
        if (!OPERATORS.has(o.fn)) throw bad(src, `unsupported operator '${o.op}' (${o.fn})`, o.op);
        const args = o.args.map((a) => this.normalise(a, src));
        return new this.math.OperatorNode(o.op as '+', o.fn as 'add', args, false);
      }
      case 'FunctionNode': {
        const f = asFn(n);
        const raw = f.fn.type === 'SymbolNode' ? (f.fn.name ?? '') : '';
        const name = ALIASES[raw] ?? raw;
        const arity = FUNCTIONS[name];
        if (!arity) {
          const hint = raw ? ` (write an explicit '*' if '${raw}(…)' is a product)` : '';
          throw bad(src, `unknown function ${raw || f.fn.type}${hint}; supported: ${Object.keys(FUNCTIONS).join(', ')}, ln`, raw || undefined);
        }
        if (f.args.length < arity[0] || f.args.length > arity[1]) {
          throw bad(src, `${name} takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]}-${arity[1]}`} argument(s), got ${f.args.length}`, raw);
        }
        return this.fn(name, f.args.map((a) => this.normalise(a, src)));
      }
      case 'RelationalNode':
        throw bad(src, 'chained comparison is not an expression', '<');
      case 'AssignmentNode':
        throw bad(src, "'=' is not allowed: equations are not expressions; pass each side separately", '=');
      default:
        throw bad(src, `unsupported construct ${n.type} (matrices, indexing, strings, conditionals, units are not expressions here)`);
    }
  }

  constant(v: bigint): Node {
    return v < 0n ? this.op('-', 'unaryMinus', [new this.math.ConstantNode(-v)]) : new this.math.ConstantNode(v);
  }

  rational(r: Rational): Node {
    if (r.isInteger()) return this.constant(r.num);
    const frac = this.op('/', 'divide', [new this.math.ConstantNode(r.num < 0n ? -r.num : r.num), new this.math.ConstantNode(r.den)]);
    return r.num < 0n ? this.op('-', 'unaryMinus', [frac]) : frac;
  }

  symbol(name: string): Node {
    return new this.math.SymbolNode(name);
  }

  op(op: string, fn: string, args: Node[]): Node {
    return new this.math.OperatorNode(op as '+', fn as 'add', args, false);
  }

  fn(name: string, args: Node[]): Node {
    return new this.math.FunctionNode(new this.math.SymbolNode(name), args);
  }

  /** Simultaneous substitution of symbols by trees. */
  substitute(node: Node, map: ReadonlyMap<string, Node>): Node {
    return node.transform((n: Node): Node => (n.type === 'SymbolNode' && map.has(symName(n)) ? (map.get(symName(n)) as Node) : n));
  }

  /** Free symbols (not pi or e), sorted. Function names are not symbols. */
  freeSymbols(node: Node): string[] {
    const out = new Set<string>();
    const visit = (n: Node): void => {
      if (n.type === 'SymbolNode') {
        if (!CONSTANTS.has(symName(n))) out.add(symName(n));
      } else if (n.type === 'FunctionNode') asFn(n).args.forEach(visit);
      else if (n.type === 'OperatorNode') asOp(n).args.forEach(visit);
    };
    visit(node);
    return [...out].sort();
  }

  toString(node: Node): string {
    return node.toString({ implicit: 'show' });
  }

  /** LaTeX that renders under KaTeX (no \mathrm for unit-like names, \binom, subscripts). */
  toTex(node: Node): string {
    const handler = (n: Node, options: object): string | undefined => {
      if (n.type === 'SymbolNode') return ` ${texSymbol(symName(n))}`; // mathjs concatenates after \cdot
      if (n.type === 'FunctionNode' && fnName(n) === 'binomial') {
        const [a, b] = asFn(n).args as [Node, Node];
        return `\\binom{${a.toTex(options)}}{${b.toTex(options)}}`;
      }
      return undefined;
    };
    return node.toTex({ handler, implicit: 'show', parenthesis: 'auto' });
  }
}

/** TeX for a symbol name: greek letters, digits and `_x` as subscripts, words upright-italic. */
export function texSymbol(name: string): string {
  if (name === 'pi') return '\\pi';
  const us = name.indexOf('_');
  if (us > 0 && us < name.length - 1) return `${texSymbol(name.slice(0, us))}_{${texSub(name.slice(us + 1))}}`;
  const digits = /^([A-Za-z]+)(\d+)$/.exec(name);
  if (digits) return `${texSymbol(digits[1] as string)}_{${digits[2]}}`;
  if (GREEK.has(name)) return `\\${name}`;
  if (/^[A-Za-z]$/.test(name)) return name;
  return `\\mathit{${name.replace(/_/g, '\\_')}}`;
}

function texSub(s: string): string {
  return /^\d+$/.test(s) ? s : s.split('_').map(texSymbol).join(',');
}
