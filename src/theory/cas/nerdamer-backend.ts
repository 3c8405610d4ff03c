/**
 * The nerdamer-prime side of the CAS: expand, simplify, diff. Trees are encoded into
 * nerdamer's syntax by us (never by string pass-through), because nerdamer misreads
 * silently: unknown functions become products (`f(x)` -> `f*x`), `ln` is a symbol,
 * `i` is the imaginary unit, decimals become approximate fractions, `<=` becomes 0, and
 * `simplify` (sometimes `diff`) replaces irrational constants by 9-digit rational
 * approximations (`simplify(sqrt(2)*x)` = `(131836323/93222358)*x`, pi and e likewise).
 *
 * So: every user symbol is renamed (`tcv0`, `tcv1`, …), numbers are sent as exact
 * `(p/q)`, functions are mapped explicitly, and sub-trees nerdamer cannot represent
 * faithfully (binomial with a symbolic lower index) are sent as opaque atoms (`tca0`, …).
 * In `opaque` mode (simplify, diff) pi and e become plain symbols (`tcpi`, `tce`) and
 * every symbol-free irrational sub-tree (sqrt(2), log(3), …) an atom, so nothing can be
 * approximated. `expand` has been seen to be faithful and gets the constants as they are.
 * nerdamer keeps global state (an expression history): it is flushed after every call.
 */
import nerdamer from 'nerdamer-prime';
import { Rational } from '../exact/rational.js';
import { asFn, asOp, constValue, fnName, symName, SymbolicError, type Node } from './mathjs-backend.js';

/** Binomials binomial(a, k) with a literal integer k up to this size are expanded as polynomials. */
const MAX_LITERAL_BINOMIAL = 40;

/** A tree in nerdamer syntax and how to map its names back. */
export interface Encoded {
  text: string;
  /** original symbol -> nerdamer name */
  names: Map<string, string>;
  /** nerdamer name -> original tree (a symbol or an opaque atom) */
  back: Map<string, Node>;
}

/** How to encode: `opaque` hides pi, e and irrational constants; `value` is the exact value of a symbol-free tree or null. */
export interface EncodeOptions {
  opaque: boolean;
  value: (n: Node) => Rational | null;
  symbol: (name: string) => Node;
}

function hasSymbols(n: Node): boolean {
  if (n.type === 'SymbolNode') return symName(n) !== 'pi' && symName(n) !== 'e';
  if (n.type === 'OperatorNode') return asOp(n).args.some(hasSymbols);
  if (n.type === 'FunctionNode') return asFn(n).args.some(hasSymbols);
  return false;
}

/** Encode a tree into nerdamer syntax. */
export function encode(node: Node, opts: EncodeOptions): Encoded {
  const names = new Map<string, string>();
  const back = new Map<string, Node>();
  const atoms = new Map<string, string>();
  const name = (s: string): string => {
    let v = names.get(s);
    if (v === undefined) {
      v = `tcv${names.size}`;
      names.set(s, v);
      back.set(v, opts.symbol(s));
    }
    return v;
  };
  const atom = (n: Node): string => {
    const key = n.toString();
    let v = atoms.get(key);
    if (v === undefined) {
      v = `tca${atoms.size}`;
      atoms.set(key, v);
      back.set(v, n);
    }
    return v;
  };
  const constant = (s: 'pi' | 'e'): string => {
    if (!opts.opaque) return s;
    back.set(`tc${s}`, opts.symbol(s));
    return `tc${s}`;
  };
  const rat = (r: Rational): string => (r.isInteger() ? `(${r.num})` : `(${r.num}/${r.den})`);
  const enc = (n: Node): string => {
    if (opts.opaque && n.type !== 'ConstantNode' && n.type !== 'SymbolNode' && !hasSymbols(n)) {
      const v = opts.value(n);
      return v === null ? atom(n) : rat(v);
    }
    switch (n.type) {
      case 'ConstantNode': {
        const v = constValue(n);
        return typeof v === 'bigint' ? rat(Rational.fromBigInt(v)) : rat(Rational.of(String(v)));
      }
      case 'SymbolNode': {
        const s = symName(n);
        return s === 'pi' || s === 'e' ? constant(s) : name(s);
      }
      case 'OperatorNode': {
        const o = asOp(n);
        const [a = '', b = ''] = o.args.map(enc);
        switch (o.fn) {
          case 'add': return `(${a}+${b})`;
          case 'subtract': return `(${a}-${b})`;
          case 'multiply': return `(${a}*${b})`;
          case 'divide': return `(${a}/${b})`;
          case 'pow': return `((${a})^(${b}))`;
          case 'unaryMinus': return `(-(${a}))`;
          case 'unaryPlus': return a;
          case 'factorial': return `factorial(${a})`;
        }
        break;
      }
      case 'FunctionNode': {
        const f = fnName(n);
        const args = asFn(n).args;
        const a = args.map(enc);
        const [x = ''] = a;
        switch (f) {
          case 'exp': return `(${constant('e')}^(${x}))`;
          case 'cbrt': return `((${x})^(1/3))`;
          case 'log': return a.length === 2 ? `(log(${x})/log(${a[1]}))` : `log(${x})`;
          case 'log10': return `(log(${x})/log(10))`;
          case 'log2': return `(log(${x})/log(2))`;
          case 'binomial': {
            const kv = hasSymbols(args[1] as Node) ? null : opts.value(args[1] as Node);
            const k = kv?.isInteger() ? kv.num : null;
            if (k === null || k > BigInt(MAX_LITERAL_BINOMIAL)) return atom(n);
            if (k < 0n) return '0';
            const terms = Array.from({ length: Number(k) }, (_, i) => `(${x}-${i})`);
            let fact = 1n;
            for (let i = 2n; i <= k; i++) fact *= i;
            return terms.length === 0 ? '1' : `((${terms.join('*')})/${fact})`;
          }
          default: return `${f}(${a.join(',')})`;
        }
      }
    }
    throw new SymbolicError('TC3005', `nerdamer backend cannot encode ${n.toString()}`);
  };
  return { text: enc(node), names, back };
}

function run(what: string, text: string, f: () => { toString(): string }): string {
  try {
    return f().toString();
  } catch (e) {
    throw new SymbolicError('TC3005', `nerdamer failed to ${what} ${text}: ${(e as Error).message}`);
  } finally {
    nerdamer.flush(); // nerdamer stores every expression it parses: keep its history empty
  }
}

/** Expanded form (nerdamer syntax in, nerdamer syntax out). */
export function nerdExpand(text: string): string {
  return run('expand', text, () => nerdamer(text).expand());
}

/** Simplified form. */
export function nerdSimplify(text: string): string {
  return run('simplify', text, () => nerdamer.simplify(text));
}

/** Simplified expansion: nerdamer's expand leaves sums of fractions uncombined. */
export function nerdExpandSimplify(text: string): string {
  return run('simplify', text, () => nerdamer.simplify(nerdamer(text).expand().toString()));
}

/** d/d`variable` (variable is a nerdamer name from `encode`). */
export function nerdDiff(text: string, variable: string): string {
  const out = run('differentiate', text, () => nerdamer.diff(text, variable));
  if (out.includes('diff(')) throw new SymbolicError('TC3005', `nerdamer cannot differentiate ${text}`);
  return out;
}
