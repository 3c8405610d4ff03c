import { Rational } from '../exact/rational.js';
import { binomial } from './growth.js';

/**
 * Paper 1's two-parameter GCNN class, in our formalisation (research/vc.md §2.2):
 *
 *   h_{w,b}(f) = [Φ_{w,b}(f) > 1],   Φ_{w,b}(f) = mean_g ReLU(w·(K⋆f)(g) + b),   (w, b) ∈ R².
 *
 * Φ depends on f only through the multiset of values a = K⋆f. For w > 0,
 * Φ = w·Ψ_a(−b/w) with Ψ_a(s) = mean (a − s)₊ the stop-loss transform (convex, decreasing).
 */

/** (K⋆f)(g) = Σ_u K(u) f(g + u mod r): the circular G-correlation (float64). */
export function circularCorrelate(K: readonly number[], f: readonly number[]): number[] {
  const r = f.length;
  return Array.from({ length: r }, (_, g) => K.reduce((acc, k, u) => acc + k * f[(g + u) % r]!, 0));
}

/** Φ_{w,b} on the values a (float64). */
export function twoParamPhi(w: number, b: number, a: readonly number[]): number {
  let s = 0;
  for (const v of a) s += Math.max(0, w * v + b);
  return s / a.length;
}

/** P1-b: Π(n) <= 2(n + 1 + (2r+1) n(n−1)/2) + 2 on a finite group of order r. */
export function twoParamGrowthBound(n: number, r: number): bigint {
  return 2n * (BigInt(n) + 1n + BigInt(2 * r + 1) * binomial(n, 2)) + 2n;
}

/** The VC bound it implies: the largest n with 2^n <= bound(n). */
export function twoParamVcBound(r: number): number {
  let n = 1;
  while (2n ** BigInt(n + 1) <= twoParamGrowthBound(n + 1, r)) n++;
  return n;
}

/** Ψ_a(s) = mean (a − s)₊, exactly. */
export function stopLoss(a: readonly Rational[], s: Rational): Rational {
  let sum = Rational.ZERO;
  for (const v of a) {
    const d = v.sub(s);
    if (d.sign() > 0) sum = sum.add(d);
  }
  return sum.div(Rational.of(a.length));
}

/**
 * P1-e: the exact set of labelings (bitmasks) the class realises on functions with value
 * multisets `values[i]` (already K⋆f). For each sign of w, the labelings at slope s are the
 * top sets of the curves Ψ_i(s) above a level c > 0; they change only where two curves cross
 * or a curve has a breakpoint, so one s per interval between critical values suffices.
 * w = 0 adds the all-0 and all-1 labelings. Exact rationals; O(n² r) critical values.
 */
export function twoParamDichotomies(values: readonly (readonly number[])[]): Set<number> {
  const n = values.length;
  if (n > 24) throw new RangeError(`twoParamDichotomies: at most 24 functions, got ${n}`);
  const out = new Set<number>([0, (2 ** n - 1) >>> 0]);
  if (n === 0) return new Set([0]);
  for (const sign of [1, -1]) {
    const a = values.map((f) => f.map((v) => Rational.of(sign * v)));
    for (const s of samplePoints(a)) addTopSets(a.map((f) => stopLoss(f, s)), out);
  }
  return out;
}

function addTopSets(psi: Rational[], out: Set<number>): void {
  const order = psi.map((_, i) => i).sort((p, q) => psi[q]!.cmp(psi[p]!));
  let mask = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (psi[i]!.sign() <= 0) break; // c > 0: a curve at 0 is never above the level
    mask |= 1 << i;
    const next = order[k + 1];
    if (next === undefined || psi[next]!.cmp(psi[i]!) < 0) out.add(mask >>> 0); // a gap below: a level fits
  }
}

/** One s in every open interval between consecutive critical values (and beyond both ends). */
function samplePoints(a: Rational[][]): Rational[] {
  const crit = new Map<string, Rational>();
  const put = (x: Rational) => crit.set(x.toString(), x);
  for (const f of a) for (const v of f) put(v);
  for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) for (const x of crossings(a[i]!, a[j]!)) put(x);
  const cs = [...crit.values()].sort((p, q) => p.cmp(q));
  const pts: Rational[] = [cs[0]!.sub(Rational.ONE)];
  for (let k = 0; k + 1 < cs.length; k++) pts.push(cs[k]!.add(cs[k + 1]!).div(Rational.of(2)));
  pts.push(cs[cs.length - 1]!.add(Rational.ONE));
  return pts;
}

/** Where Ψ_f − Ψ_g changes sign: on each piece both are linear, r·Ψ = S − N·s. */
function crossings(f: Rational[], g: Rational[]): Rational[] {
  const knots = [...new Map([...f, ...g].map((x) => [x.toString(), x])).values()].sort((p, q) => p.cmp(q));
  const out: Rational[] = [];
  const piece = (vals: Rational[], above: (v: Rational) => boolean) => {
    let S = Rational.ZERO;
    let N = 0;
    for (const v of vals) if (above(v)) (S = S.add(v)), N++;
    return { S: S.div(Rational.of(vals.length)), N: Rational.of(N, vals.length) };
  };
  for (let k = 0; k <= knots.length; k++) {
    const lo = knots[k - 1];
    const hi = knots[k];
    // on the open piece (lo, hi) the values above s are those >= hi (all, below the first knot)
    const above = (v: Rational) => hi === undefined ? false : v.cmp(hi) >= 0;
    const pf = piece(f, above);
    const pg = piece(g, above);
    const dN = pf.N.sub(pg.N);
    if (dN.isZero()) continue;
    const s = pf.S.sub(pg.S).div(dN);
    if ((lo === undefined || s.cmp(lo) >= 0) && (hi === undefined || s.cmp(hi) <= 0)) out.push(s);
  }
  return out;
}

/** LaTeX of the P1-b bound at given n, r (for the report). */
export function twoParamBoundTeX(n: number, r: number): string {
  return `2\\Bigl(${n} + 1 + ${2 * r + 1}\\tbinom{${n}}{2}\\Bigr) + 2 = ${twoParamGrowthBound(n, r)}`;
}
