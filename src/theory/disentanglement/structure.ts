import { codeValue, grid, type RepresentationSpec } from './representation.js';

/**
 * Exact structure of a representation, decided on the full factor grid under the uniform
 * product distribution (the setting of research/disentanglement.md §1). For each code:
 * which factors it depends on as a function, which it shares information with
 * (I(Z; F_i) > 0 iff count(z, v)·n_i ≠ count(z) for some z, v: an integer test, no rounding),
 * and which factors it determines (F_i a function of Z). Code values are compared exactly,
 * or after the library's 20-bin equal-width histogram when `bins` is given (grid min/max
 * edges), which is what the estimator sees.
 */
export interface CodeStructure {
  kind: string;
  dependsOn: number[];
  informative: number[];
  determines: number[];
  constant: boolean;
  noise: boolean;
}

export const MAX_GRID = 500_000;

/** The grid size, checked against MAX_GRID. */
export function checkedGridSize(sizes: readonly number[]): number {
  const total = sizes.reduce((a, b) => a * b, 1);
  if (total > MAX_GRID) throw new RangeError(`factor grid of ${total} points exceeds ${MAX_GRID}`);
  return total;
}

/** The library's histogram label (1..bins) of x for edges over [lo, hi] (numpy linspace). */
export function binLabel(x: number, lo: number, hi: number, bins: number): number {
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const step = (hi - lo) / bins;
  let label = 0;
  for (let i = 0; i < bins; i++) {
    const edge = i * step + lo;
    if (edge <= x) label = i + 1;
    else break;
  }
  return label;
}

/** Ids of each code's values on the grid (exact values, or bin labels); null for noise codes. */
export function codeIdsOnGrid(spec: RepresentationSpec, bins?: number): (Int32Array | null)[] {
  const sizes = spec.factorSizes;
  const P = checkedGridSize(sizes);
  const g = grid(sizes);
  return spec.codes.map((code) => {
    if (code.kind === 'noise') return null;
    const values = new Float64Array(P);
    for (let p = 0; p < P; p++) values[p] = codeValue(code, sizes, (i) => (g[i] as Int32Array)[p] as number) as number;
    const ids = new Int32Array(P);
    if (bins !== undefined) {
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of values) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      for (let p = 0; p < P; p++) ids[p] = binLabel(values[p] as number, lo, hi, bins) - 1;
      return ids;
    }
    const index = new Map<number, number>();
    for (let p = 0; p < P; p++) {
      const v = values[p] as number;
      let id = index.get(v);
      if (id === undefined) index.set(v, (id = index.size));
      ids[p] = id;
    }
    return ids;
  });
}

/** The structure of every code. */
export function analyzeStructure(spec: RepresentationSpec, bins?: number): CodeStructure[] {
  const sizes = spec.factorSizes;
  const P = checkedGridSize(sizes);
  const g = grid(sizes);
  const strides = sizes.map((_, k) => sizes.slice(k + 1).reduce((a, b) => a * b, 1));
  return codeIdsOnGrid(spec, bins).map((ids, j) => {
    const kind = (spec.codes[j] as { kind: string }).kind;
    if (ids === null) return { kind, dependsOn: [], informative: [], determines: [], constant: false, noise: true };
    let numIds = 0;
    for (const id of ids) numIds = Math.max(numIds, id + 1);
    const distinct = new Set(ids).size;
    const dependsOn: number[] = [];
    const informative: number[] = [];
    const determines: number[] = [];
    sizes.forEach((n, i) => {
      const col = g[i] as Int32Array;
      const stride = strides[i] as number;
      let depends = false;
      for (let p = 0; p < P && !depends; p++) {
        const v = col[p] as number;
        if (v > 0 && ids[p] !== ids[p - v * stride]) depends = true;
      }
      if (depends) dependsOn.push(i);
      const joint = new Int32Array(numIds * n);
      const marginal = new Int32Array(numIds);
      const firstV = new Int32Array(numIds).fill(-1);
      let determined = true;
      for (let p = 0; p < P; p++) {
        const z = ids[p] as number;
        const v = col[p] as number;
        joint[z * n + v]! += 1;
        marginal[z]! += 1;
        if (firstV[z] === -1) firstV[z] = v;
        else if (firstV[z] !== v) determined = false;
      }
      let independent = true;
      for (let z = 0; z < numIds && independent; z++) for (let v = 0; v < n; v++) if ((joint[z * n + v] as number) * n !== marginal[z]) independent = false;
      if (!independent) informative.push(i);
      if (determined && n > 1) determines.push(i);
    });
    return { kind, dependsOn, informative, determines, constant: distinct <= 1, noise: false };
  });
}
