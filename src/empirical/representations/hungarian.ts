/**
 * The assignment problem: a permutation π maximising Σ_i C[i][π(i)] for a square matrix C
 * (Hungarian algorithm with potentials, O(n^3), float64).
 */
export function maxWeightMatching(C: readonly (readonly number[])[]): number[] {
  const n = C.length;
  if (n === 0) return [];
  if (C.some((row) => row.length !== n)) throw new RangeError(`maxWeightMatching: the matrix must be square (${n} rows)`);
  // Minimise the cost −C with 1-based potentials u (rows) and v (columns).
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0); // p[j]: row matched to column j
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(INF);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = -C[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const perm = new Array<number>(n).fill(0);
  for (let j = 1; j <= n; j++) perm[p[j]! - 1] = j - 1;
  return perm;
}
