/**
 * Shattering bookkeeping over labelings stored as bitmasks (bit i set = point i labelled +1).
 * Exact and combinatorial: used to check Pajor's lemma and to read a VC lower bound off a
 * realised set of labelings.
 */

/** Does the set P of labelings shatter the subset S (a bitmask over the n points)? */
export function shatters(P: ReadonlySet<number> | readonly number[], subset: number): boolean {
  const size = popcount(subset);
  const seen = new Set<number>();
  for (const p of P) seen.add(p & subset);
  return seen.size === 2 ** size;
}

export function popcount(x: number): number {
  let c = 0;
  for (let v = x >>> 0; v; v &= v - 1) c++;
  return c;
}

export interface ShatterCensus {
  /** Number of subsets of the n points (the empty set included) that P shatters. */
  shatteredCount: number;
  /** A largest shattered subset (bitmask) and its size: a VC lower bound on the class. */
  largest: number;
  largestSize: number;
}

/**
 * Every subset P shatters, by downward closure: a subset can only be shattered if all its
 * subsets with one point fewer are, so subsets are visited by size and pruned.
 */
export function shatterCensus(P: ReadonlySet<number> | readonly number[], n: number): ShatterCensus {
  if (n > 24) throw new RangeError(`shatterCensus: n = ${n} points is too many (at most 24)`);
  const list = [...new Set(P)];
  if (list.length === 0) return { shatteredCount: 0, largest: 0, largestSize: -1 };
  let level = [0];
  let count = 1;
  let largest = 0;
  let largestSize = 0;
  const shattered = new Set<number>([0]);
  for (let size = 1; size <= n && level.length; size++) {
    const next = new Set<number>();
    for (const s of level) {
      for (let i = 0; i < n; i++) {
        const bit = 1 << i;
        if (s & bit || next.has(s | bit)) continue;
        const t = s | bit;
        let closed = true;
        for (let j = 0; j < n && closed; j++) if (t & (1 << j) && !shattered.has(t & ~(1 << j))) closed = false;
        if (closed && shatters(list, t)) next.add(t);
      }
    }
    level = [...next];
    for (const t of level) shattered.add(t);
    count += level.length;
    if (level.length) {
      largest = level[0]!;
      largestSize = size;
    }
  }
  return { shatteredCount: count, largest, largestSize };
}

/** The indices of the points in a subset bitmask. */
export function subsetIndices(subset: number): number[] {
  const out: number[] = [];
  for (let i = 0; subset >>> i; i++) if ((subset >>> i) & 1) out.push(i);
  return out;
}
