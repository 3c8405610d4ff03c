import type { CodeSpec, RepresentationSpec } from './representation.js';

/**
 * The representations of research/disentanglement.md §5 (its catalogue A1–C4, J1, X1, C3b
 * and the rotation sweep), as specs. "std" codes are standardised factors, linear codes.
 */
const id = (i: number): CodeSpec => ({ kind: 'factor', factor: i, map: { kind: 'affine', a: 1, b: 0 } });
const std = (K: number, i: number, w = 1): number[] => Array.from({ length: K }, (_, k) => (k === i ? w : 0));

/** A1: codes = factors. */
export function identitySpec(sizes: number[]): RepresentationSpec {
  return { factorSizes: sizes, codes: sizes.map((_, i) => id(i)) };
}

/** A3-like: each factor through a fixed non-monotone relabelling table (v ↦ (a·v + c) mod n). */
export function relabelSpec(sizes: number[]): RepresentationSpec {
  return {
    factorSizes: sizes,
    codes: sizes.map((n, i) => {
      const a = [1, 3, 5, 7, 11, 13].find((m) => gcd(m, n) === 1 && (m !== 1 || n <= 2)) ?? 1;
      return { kind: 'factor', factor: i, map: { kind: 'table', values: Array.from({ length: n }, (_, v) => (a * v + 1) % n) } };
    }),
  };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A4 / A5: standardised factors plus `extra` N(0, 1) noise (or constant) codes. */
export function withNuisanceSpec(sizes: number[], extra: number, kind: 'noise' | 'constant'): RepresentationSpec {
  const codes: CodeSpec[] = sizes.map((_, i) => ({ kind: 'linear', weights: std(sizes.length, i) }));
  for (let e = 0; e < extra; e++) codes.push(kind === 'noise' ? { kind: 'noise', scale: 1, dist: 'normal' } : { kind: 'constant', value: e + 1 });
  return { factorSizes: sizes, codes };
}

/** Factors a and b (standardised) rotated by `degrees`; the other factors standardised. */
export function rotationSpec(sizes: number[], degrees: number, a = 0, b = 1): RepresentationSpec {
  const t = (degrees * Math.PI) / 180;
  const K = sizes.length;
  const codes: CodeSpec[] = sizes.map((_, i) => ({ kind: 'linear', weights: std(K, i) }));
  const w0 = Array(K).fill(0);
  const w1 = Array(K).fill(0);
  w0[a] = Math.cos(t);
  w0[b] = -Math.sin(t);
  w1[a] = Math.sin(t);
  w1[b] = Math.cos(t);
  codes[a] = { kind: 'linear', weights: w0 };
  codes[b] = { kind: 'linear', weights: w1 };
  return { factorSizes: sizes, codes };
}

/** B3: codes = (I + α(J − I))·std(f): every code depends on every factor, dominated by one. */
export function diagDominantSpec(sizes: number[], alpha = 0.5): RepresentationSpec {
  const K = sizes.length;
  return { factorSizes: sizes, codes: sizes.map((_, j) => ({ kind: 'linear', weights: Array.from({ length: K }, (_, i) => (i === j ? 1 : alpha)) })) };
}

/** Codes = M·std(f) for a given matrix (rows = codes). */
export function mixingSpec(sizes: number[], matrix: number[][]): RepresentationSpec {
  return { factorSizes: sizes, codes: matrix.map((row) => ({ kind: 'linear', weights: [...row] })) };
}

/** J1 / B4: consecutive factor pairs packed as f_a·n_b + f_b, plus optional extra codes. */
export function jointSpec(sizes: number[], extra: CodeSpec[] = []): RepresentationSpec {
  const codes: CodeSpec[] = [];
  for (let i = 0; i + 1 < sizes.length; i += 2) codes.push({ kind: 'joint', factors: [i, i + 1] });
  if (sizes.length % 2 === 1) codes.push(id(sizes.length - 1));
  return { factorSizes: sizes, codes: [...codes, ...extra] };
}

/** C1: every factor's code twice, [f, f]. */
export function duplicatedSpec(sizes: number[]): RepresentationSpec {
  const base = sizes.map((_, i) => id(i));
  return { factorSizes: sizes, codes: [...base, ...base] };
}

/** C2: the last factor's code replaced by N(0, 1) noise. */
export function missingFactorSpec(sizes: number[]): RepresentationSpec {
  return { factorSizes: sizes, codes: sizes.map((_, i) => (i === sizes.length - 1 ? { kind: 'noise', scale: 1, dist: 'normal' } : id(i))) };
}

/**
 * One code that is the XOR of two threshold indicators, [f_a < t_a] xor [f_b < t_b]: the
 * library's IRS comes out negative on it (by Jensen, the mean within-group spread of a
 * two-valued code exceeds its spread about the global mean when the groups lean opposite ways).
 */
export function thresholdXorSpec(sizes: [number, number] = [5, 5], cuts: [number, number] = [2, 2]): RepresentationSpec {
  const [na, nb] = sizes;
  const values = Array.from({ length: na * nb }, (_, p) => ((Math.floor(p / nb) < cuts[0]) !== (p % nb < cuts[1]) ? 1 : 0));
  return { factorSizes: [na, nb], codes: [{ kind: 'pair', factors: [0, 1], values }] };
}

/** C3: every code = factor f (K codes). */
export function allSameFactorSpec(sizes: number[], f = 0): RepresentationSpec {
  return { factorSizes: sizes, codes: sizes.map(() => id(f)) };
}

/** C4: every code 0. */
export function zerosSpec(sizes: number[]): RepresentationSpec {
  return { factorSizes: sizes, codes: sizes.map(() => ({ kind: 'constant', value: 0 })) };
}

/** X1: sizes [4, 2, 2], codes (2 f0 + (f1 xor f2), f1, f2): pairwise clean, functionally entangled. */
export function xorSpec(): RepresentationSpec {
  return { factorSizes: [4, 2, 2], codes: [{ kind: 'xor', base: 0, bits: [1, 2] }, id(1), id(2)] };
}
