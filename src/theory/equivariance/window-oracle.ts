/**
 * Identification oracles derived in research/equivariance.md §1.3 (D1, D2):
 * - circular CNN with filter k and depth L (sum-pooled, non-polynomial σ): x ~ y iff the
 *   multisets of circular windows of length m = L(k−1)+1 agree;
 * - shallow invariant net with hidden block R^{G/H}: x ~ y iff the multisets
 *   {P_H g^{-1} x : g ∈ G} agree, P_H = |H|^{-1} Σ_{h∈H} h (exact rationals).
 */
import { Rational } from '../exact/rational.js';
import { act, inverse, type PermGroup } from './perm-groups.js';

/** The window length seen by a depth-L circular CNN with filter size k. */
export function receptiveField(k: number, L: number): number {
  return L * (k - 1) + 1;
}

/** The n circular windows (x_i, …, x_{i+m−1}), indices mod n (m may exceed n). */
export function circularWindows(x: readonly number[], m: number): number[][] {
  const n = x.length;
  return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => x[(i + j) % n]!));
}

/** A canonical string of the multiset of circular windows of length m. */
export function windowMultisetKey(x: readonly number[], m: number): string {
  return circularWindows(x, m)
    .map((w) => w.join(','))
    .sort()
    .join('|');
}

/** P_H v = |H|^{-1} Σ_{h∈H} h·v, exactly. */
export function projectOntoFixed(H: PermGroup, v: readonly Rational[]): Rational[] {
  const n = v.length;
  const sum = new Array<Rational>(n).fill(Rational.ZERO);
  for (const h of H.elements) {
    const hv = act(h, v);
    for (let i = 0; i < n; i++) sum[i] = sum[i]!.add(hv[i]!);
  }
  const inv = Rational.of(1, H.elements.length);
  return sum.map((s) => s.mul(inv));
}

/** A canonical string of the multiset {P_H g^{-1} x : g ∈ G} (each coset counted |H| times). */
export function projectionMultisetKey(G: PermGroup, H: PermGroup, x: readonly number[]): string {
  const xr = x.map((v) => Rational.of(v));
  return G.elements
    .map((g) => projectOntoFixed(H, act(inverse(g), xr)).map((r) => r.toString()).join(','))
    .sort()
    .join('|');
}

/** Exponent vectors e ∈ N^m with |e| ≤ D (all monomials of degree ≤ D in m variables). */
export function monomialExponents(m: number, D: number): number[][] {
  if (m === 0) return [[]];
  const out: number[][] = [];
  for (let e0 = 0; e0 <= D; e0++) for (const rest of monomialExponents(m - 1, D - e0)) out.push([e0, ...rest]);
  return out;
}

/**
 * A sufficient key for identification by every polynomial-activation CNN whose outputs are
 * polynomials of degree ≤ D in the circular windows of length m: the circular sums
 * Σ_i w_i^e of every monomial of degree ≤ D (integers for integer inputs). Equal keys ⇒
 * f(x) = f(y) for every such network (e.g. σ = t^d at depth L, D = d^L, m = L(k−1)+1).
 */
export function momentKey(x: readonly number[], m: number, D: number): string {
  const wins = circularWindows(x, m);
  return monomialExponents(m, D)
    .map((e) => wins.reduce((s, w) => s + e.reduce((p, ej, j) => p * w[j]! ** ej, 1), 0))
    .join(',');
}
