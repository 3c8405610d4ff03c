import type { Rng } from '../../core/rng.js';

/**
 * A representation as data (JSON, so a generated case replays): factor sizes and one spec
 * per code. Codes are deterministic functions of the factors except `noise` codes, which
 * are independent of them by construction.
 *   factor   g(f_i) for a scalar map g (affine a·x + b, or a value table g(v) = values[v])
 *   linear   Σ_i w_i · std(f_i), std(f) = (f − (n−1)/2)/√((n²−1)/12) (rotations, mixings, sums)
 *   joint    f_a·n_b + f_b (Horner over the listed factors): several factors packed in one number
 *   xor      2·f_base + ((f_b + f_c) mod 2): pairwise independent of f_b and f_c when their
 *            sizes are even, yet a function of them
 *   pair     values[f_a·n_b + f_b]: any function of two factors, as a table
 *   constant, noise (uniform on [0, scale), or normal with std `scale`)
 */
export type ScalarMap = { kind: 'affine'; a: number; b: number } | { kind: 'table'; values: number[] };

export type CodeSpec =
  | { kind: 'factor'; factor: number; map: ScalarMap }
  | { kind: 'linear'; weights: number[] }
  | { kind: 'joint'; factors: number[] }
  | { kind: 'xor'; base: number; bits: [number, number] }
  | { kind: 'pair'; factors: [number, number]; values: number[] }
  | { kind: 'constant'; value: number }
  | { kind: 'noise'; scale: number; dist?: 'uniform' | 'normal' };

export interface RepresentationSpec {
  factorSizes: number[];
  codes: CodeSpec[];
}

/** The standardised value of class v of a factor with n classes (0 when n = 1). */
export function standardized(v: number, n: number): number {
  return n > 1 ? (v - (n - 1) / 2) / Math.sqrt((n * n - 1) / 12) : 0;
}

/** g(v) for a scalar map. */
export function applyMap(map: ScalarMap, v: number): number {
  return map.kind === 'affine' ? map.a * v + map.b : (map.values[v] ?? NaN);
}

/** The value of one deterministic code at a factor vector (null for noise codes). */
export function codeValue(code: CodeSpec, sizes: readonly number[], f: (i: number) => number): number | null {
  switch (code.kind) {
    case 'factor':
      return applyMap(code.map, f(code.factor));
    case 'linear':
      return code.weights.reduce((s, w, i) => (w === 0 ? s : s + w * standardized(f(i), sizes[i] as number)), 0);
    case 'joint':
      return code.factors.reduce((acc, i) => acc * (sizes[i] as number) + f(i), 0);
    case 'xor':
      return 2 * f(code.base) + ((f(code.bits[0]) + f(code.bits[1])) % 2);
    case 'pair':
      return code.values[f(code.factors[0]) * (sizes[code.factors[1]] as number) + f(code.factors[1])] ?? NaN;
    case 'constant':
      return code.value;
    case 'noise':
      return null;
  }
}

/** Evaluate every code on a batch of factor vectors (K arrays of n class indices). */
export function evaluateCodes(spec: RepresentationSpec, factors: readonly Int32Array[], rng?: Rng): Float64Array[] {
  const n = factors[0]?.length ?? 0;
  return spec.codes.map((code) => {
    const out = new Float64Array(n);
    if (code.kind === 'noise') {
      if (!rng) throw new RangeError('evaluateCodes: a noise code needs an rng');
      if (code.dist === 'normal') for (let p = 0; p < n; p++) out[p] = rng.normal(0, code.scale);
      else for (let p = 0; p < n; p++) out[p] = rng.next() * code.scale;
      return out;
    }
    for (let p = 0; p < n; p++) out[p] = codeValue(code, spec.factorSizes, (i) => (factors[i] as Int32Array)[p] as number) as number;
    return out;
  });
}

/** Every point of the factor grid (last factor fastest), as K arrays. */
export function grid(sizes: readonly number[]): Int32Array[] {
  const total = sizes.reduce((a, b) => a * b, 1);
  let stride = 1;
  const out: Int32Array[] = new Array(sizes.length);
  for (let k = sizes.length - 1; k >= 0; k--) {
    const size = sizes[k] as number;
    const col = new Int32Array(total);
    for (let p = 0; p < total; p++) col[p] = Math.floor(p / stride) % size;
    out[k] = col;
    stride *= size;
  }
  return out;
}

/** Short text of a representation for reports. */
export function describeRepresentation(spec: RepresentationSpec): string {
  const code = (c: CodeSpec): string => {
    switch (c.kind) {
      case 'factor':
        return c.map.kind === 'affine' ? `${fmt(c.map.a)}·f${c.factor}+${fmt(c.map.b)}` : `g(f${c.factor})`;
      case 'linear':
        return c.weights.flatMap((w, i) => (w === 0 ? [] : [`${fmt(w)}·s${i}`])).join('+') || '0';
      case 'joint':
        return c.factors.map((i) => `f${i}`).join('⊗');
      case 'xor':
        return `2f${c.base}+(f${c.bits[0]}⊕f${c.bits[1]})`;
      case 'pair':
        return `h(f${c.factors[0]},f${c.factors[1]})`;
      case 'constant':
        return `${fmt(c.value)}`;
      case 'noise':
        return c.dist === 'normal' ? 'N(0,1)' : 'noise';
    }
  };
  return `sizes [${spec.factorSizes.join(',')}]; codes (${spec.codes.map(code).join(', ')})`;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}
