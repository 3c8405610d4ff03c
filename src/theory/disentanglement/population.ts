import { codeValue, grid, type RepresentationSpec } from './representation.js';
import { checkedGridSize, codeIdsOnGrid } from './structure.js';

/**
 * Population values of the MI-based metrics: the MI matrix of each code (exact values, or the
 * library's 20-bin labels with edges from the grid's min and max: the large-sample limit of
 * the estimator) with each factor under the uniform grid distribution, computed from exact
 * counts, H_i = ln n_i, and MIG, DCIMIG and Modularity of that matrix (formulas written out
 * again here, independently of src/empirical, so the two implementations check each other).
 */
export interface PopulationInfo {
  mi: number[][];
  entropies: number[];
}

/** m[j][i] = I(Z_j; F_i) in nats on the grid; noise codes have a zero row. */
export function populationInfo(spec: RepresentationSpec, bins?: number): PopulationInfo {
  const sizes = spec.factorSizes;
  const P = checkedGridSize(sizes);
  const g = grid(sizes);
  const mi = codeIdsOnGrid(spec, bins).map((ids) => {
    if (ids === null) return sizes.map(() => 0);
    let numIds = 0;
    for (const id of ids) numIds = Math.max(numIds, id + 1);
    const marginal = new Float64Array(numIds);
    for (const id of ids) marginal[id]! += 1;
    return sizes.map((n, i) => {
      const col = g[i] as Int32Array;
      const joint = new Float64Array(numIds * n);
      for (let p = 0; p < P; p++) joint[(ids[p] as number) * n + (col[p] as number)]! += 1;
      let m = 0;
      for (let z = 0; z < numIds; z++) {
        for (let v = 0; v < n; v++) {
          const c = joint[z * n + v] as number;
          if (c > 0) m += (c / P) * Math.log((c * n) / (marginal[z] as number));
        }
      }
      return m > 1e-15 ? m : 0;
    });
  });
  return { mi, entropies: sizes.map((n) => Math.log(n)) };
}

function topTwo(xs: readonly number[]): [number, number, number] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  return [order[0]?.[0] ?? 0, order[1]?.[0] ?? 0, order[0]?.[1] ?? -1];
}

/** MIG = mean_i (m_(1)i − m_(2)i)/H_i over factors with H_i > 0. */
export function migOf(info: PopulationInfo): number {
  const gaps = info.entropies.flatMap((h, i) => {
    if (!(h > 0)) return [];
    const [a, b] = topTwo(info.mi.map((r) => r[i] as number));
    return [(a - b) / h];
  });
  return gaps.length ? gaps.reduce((s, x) => s + x, 0) / gaps.length : 0;
}

/** DCIMIG = Σ_i max{gap_j : i*(j) = i} / Σ_i H_i. */
export function dcimigOf(info: PopulationInfo): number {
  const best = info.entropies.map(() => 0);
  for (const row of info.mi) {
    const [a, b, arg] = topTwo(row);
    if (arg >= 0) best[arg] = Math.max(best[arg] as number, a - b);
  }
  const total = info.entropies.reduce((s, h) => s + h, 0);
  return total > 0 ? best.reduce((s, x) => s + x, 0) / total : 0;
}

/** Modularity = mean_j (1 − (Σ m² − max m²)/(max m² (K−1))), 0 for an uninformative code. */
export function modularityOf(mi: readonly (readonly number[])[]): number {
  if (mi.length === 0) return 0;
  const per = mi.map((row) => {
    const sq = row.map((m) => m * m);
    const t = Math.max(0, ...sq);
    if (t === 0) return 0;
    if (sq.length === 1) return 1;
    return 1 - (sq.reduce((s, x) => s + x, 0) - t) / (t * (sq.length - 1));
  });
  return per.reduce((s, x) => s + x, 0) / per.length;
}

/** Whether 20-bin discretisation keeps every distinct value of every deterministic code apart. */
export function binSeparable(spec: RepresentationSpec, bins = 20): boolean {
  const exact = codeIdsOnGrid(spec);
  const binned = codeIdsOnGrid(spec, bins);
  return exact.every((ids, j) => {
    const b = binned[j];
    if (ids === null || !b) return true;
    const seen = new Map<number, number>();
    for (let p = 0; p < ids.length; p++) {
      const prev = seen.get(b[p] as number);
      if (prev === undefined) seen.set(b[p] as number, ids[p] as number);
      else if (prev !== ids[p]) return false;
    }
    return true;
  });
}

/** Def E-max on a population MI matrix: every informative code has two equal largest MIs. */
export function isMaxEntangledInfo(info: PopulationInfo, tol = 1e-12): boolean {
  const informative = info.mi.filter((row) => row.some((m) => m > tol));
  return (
    informative.length > 0 &&
    informative.every((row) => {
      const s = [...row].sort((a, b) => b - a);
      return (s[0] ?? 0) - (s[1] ?? 0) <= tol;
    })
  );
}

/**
 * SAP-continuous on the grid: S_ji = Cov(Z_j, F_i)² / (Var Z_j Var F_i) (0 when either variance
 * is 0; noise codes 0), SAP = mean_i (S_(1)i − S_(2)i).
 */
export function sapContinuousOf(spec: RepresentationSpec): { score: number; matrix: number[][] } {
  const sizes = spec.factorSizes;
  const P = checkedGridSize(sizes);
  const g = grid(sizes);
  const matrix = spec.codes.map((code) => {
    if (code.kind === 'noise') return sizes.map(() => 0);
    const z = Float64Array.from({ length: P }, (_, p) => codeValue(code, sizes, (i) => (g[i] as Int32Array)[p] as number) as number);
    const mz = z.reduce((s, v) => s + v, 0) / P;
    const vz = z.reduce((s, v) => s + (v - mz) ** 2, 0) / P;
    return sizes.map((n, i) => {
      const f = g[i] as Int32Array;
      const mf = (n - 1) / 2;
      const vf = (n * n - 1) / 12;
      if (!(vz > 1e-12) || !(vf > 0)) return 0;
      let c = 0;
      for (let p = 0; p < P; p++) c += ((z[p] as number) - mz) * ((f[p] as number) - mf);
      c /= P;
      return Math.min(1, (c * c) / (vz * vf));
    });
  });
  const gaps = sizes.map((_, i) => {
    const [a, b] = topTwo(matrix.map((r) => r[i] as number));
    return a - b;
  });
  return { score: gaps.length ? gaps.reduce((s, x) => s + x, 0) / gaps.length : 0, matrix };
}
