import fc from 'fast-check';
import type { CodeSpec, RepresentationSpec, ScalarMap } from './representation.js';

/**
 * fast-check arbitraries over representations (research/disentanglement.md §6.1).
 * Disentangled: one code per factor through an injective map (affine with either sign, or a
 * value table that is monotone or a relabelling), in a random code order, with optional
 * duplicated codes and constant / noise codes. Tables keep consecutive values at least 1.05
 * bin widths apart, so the library's 20-bin histogram separates them (n <= 20).
 * Entangled: a rotated factor pair (10°–45°), a dense mixing (every code depends on every
 * factor), packed pairs f_a·n_b + f_b, or sums std f_a + std f_b; the other factors keep clean
 * codes; optional noise codes. Degenerate: all-constant, every code one factor, a missing
 * factor, the XOR code.
 */
export interface SizeOptions {
  minK?: number;
  maxK?: number;
  minN?: number;
  maxN?: number;
}

/** Factor sizes: K in [minK, maxK], n_i in [minN, maxN]. */
export function factorSizesArb(o: SizeOptions = {}): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: o.minN ?? 2, max: o.maxN ?? 12 }), { minLength: o.minK ?? 2, maxLength: o.maxK ?? 4 });
}

/** A deterministic permutation of 0..n-1 from a seed (LCG-driven Fisher–Yates). */
export function seededPermutation(n: number, seed: number): number[] {
  const out = Array.from({ length: n }, (_, i) => i);
  let s = (seed >>> 0) || 1;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as number, out[i] as number];
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** An injective scalar map on {0..n-1} whose values the 20-bin histogram keeps apart. */
export function scalarMapArb(n: number): fc.Arbitrary<ScalarMap> {
  const affine = fc
    .record({ a: fc.double({ min: 0.1, max: 10, noNaN: true }), neg: fc.boolean(), b: fc.double({ min: -5, max: 5, noNaN: true }) })
    .map(({ a, neg, b }): ScalarMap => ({ kind: 'affine', a: round(neg ? -a : a), b: round(b) }));
  const table = fc
    .record({
      weights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: Math.max(0, n - 1), maxLength: Math.max(0, n - 1) }),
      relabel: fc.boolean(),
      seed: fc.nat(),
      scale: fc.double({ min: 0.5, max: 20, noNaN: true }),
    })
    .map(({ weights, relabel, seed, scale }): ScalarMap => {
      const minGap = 1.05 / 20;
      const slack = Math.max(0, 1 - (n - 1) * minGap);
      const total = weights.reduce((a, b) => a + b, 0);
      const values = [0];
      weights.forEach((w) => values.push((values[values.length - 1] as number) + minGap + (total > 0 ? (w / total) * slack : slack / Math.max(1, n - 1))));
      const scaled = values.map((v) => v * scale);
      const perm = relabel ? seededPermutation(n, seed) : values.map((_, i) => i);
      return { kind: 'table', values: perm.map((p) => scaled[p] as number) };
    });
  return fc.oneof(affine, table);
}

const nuisanceArb: fc.Arbitrary<CodeSpec> = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map((value): CodeSpec => ({ kind: 'constant', value })),
  fc.constantFrom(1, 2, 5).map((scale): CodeSpec => ({ kind: 'noise', scale })),
);

/** Put codes in a seeded random order. */
function shuffled(codes: CodeSpec[], seed: number): CodeSpec[] {
  return seededPermutation(codes.length, seed).map((p) => codes[p] as CodeSpec);
}

/** Disentangled representations (Def D, redundant variant). */
export function disentangledArb(o: SizeOptions & { extras?: boolean } = {}): fc.Arbitrary<RepresentationSpec> {
  const extras = o.extras ?? true;
  return factorSizesArb(o).chain((sizes) =>
    fc
      .record({
        maps: fc.tuple(...sizes.map((n) => scalarMapArb(n))),
        duplicates: fc.array(fc.record({ factor: fc.integer({ min: 0, max: sizes.length - 1 }), a: fc.constantFrom(1, -2, 0.5) }), { maxLength: extras ? 2 : 0 }),
        nuisance: fc.array(nuisanceArb, { maxLength: extras ? 2 : 0 }),
        order: fc.nat(),
      })
      .map(({ maps, duplicates, nuisance, order }) => {
        const codes: CodeSpec[] = maps.map((map, i) => ({ kind: 'factor', factor: i, map }));
        for (const d of duplicates) codes.push({ kind: 'factor', factor: d.factor, map: { kind: 'affine', a: d.a, b: 0 } });
        return { factorSizes: sizes, codes: shuffled([...codes, ...nuisance], order) };
      }),
  );
}

export type EntanglementKind = 'rotation' | 'mixing' | 'joint' | 'sum';

/** Entangled representations (Def E: some factor is only carried by shared codes). */
export function entangledArb(o: SizeOptions & { kinds?: EntanglementKind[]; minDegrees?: number } = {}): fc.Arbitrary<RepresentationSpec> {
  const kinds = o.kinds ?? ['rotation', 'mixing', 'joint', 'sum'];
  return fc.tuple(factorSizesArb(o), fc.constantFrom(...kinds)).chain(([sizes, kind]) => {
    const K = sizes.length;
    const clean = (i: number): CodeSpec => ({ kind: 'factor', factor: i, map: { kind: 'affine', a: 1, b: 0 } });
    const entangled: fc.Arbitrary<CodeSpec[]> =
      kind === 'rotation'
        ? fc.integer({ min: o.minDegrees ?? 10, max: 45 }).map((deg) => {
            const t = (deg * Math.PI) / 180;
            const w = (c0: number, c1: number) => sizes.map((_, i) => (i === 0 ? round(c0) : i === 1 ? round(c1) : 0));
            return [{ kind: 'linear', weights: w(Math.cos(t), -Math.sin(t)) }, { kind: 'linear', weights: w(Math.sin(t), Math.cos(t)) }, ...sizes.slice(2).map((_, k) => clean(k + 2))];
          })
        : kind === 'mixing'
          ? fc
              .array(fc.array(fc.tuple(fc.double({ min: 0.3, max: 1, noNaN: true }), fc.boolean()), { minLength: K, maxLength: K }), { minLength: K, maxLength: K })
              .map((rows) => rows.map((row, j): CodeSpec => ({ kind: 'linear', weights: row.map(([v, neg], i) => (i === j ? 1 : round(neg ? -v : v))) })))
          : kind === 'joint'
            ? fc.constant([{ kind: 'joint', factors: [0, 1] } as CodeSpec, ...sizes.slice(2).map((_, k) => clean(k + 2))])
            : fc.constant([{ kind: 'linear', weights: sizes.map((_, i) => (i < 2 ? 1 : 0)) } as CodeSpec, ...sizes.slice(2).map((_, k) => clean(k + 2))]);
    return fc
      .record({ codes: entangled, noise: fc.array(fc.constant<CodeSpec>({ kind: 'noise', scale: 1 }), { maxLength: 1 }), order: fc.nat() })
      .map(({ codes, noise, order }) => ({ factorSizes: sizes, codes: shuffled([...codes, ...noise], order) }));
  });
}

/** Degenerate representations: all constant, every code one factor, a missing factor, XOR. */
export function degenerateArb(o: SizeOptions = {}): fc.Arbitrary<RepresentationSpec> {
  return fc.oneof(
    factorSizesArb(o).map((sizes) => ({ factorSizes: sizes, codes: sizes.map((): CodeSpec => ({ kind: 'constant', value: 0 })) })),
    factorSizesArb(o).map((sizes) => ({ factorSizes: sizes, codes: sizes.map((): CodeSpec => ({ kind: 'factor', factor: 0, map: { kind: 'affine', a: 1, b: 0 } })) })),
    factorSizesArb(o).map((sizes) => ({ factorSizes: sizes, codes: sizes.map((_, i): CodeSpec => (i === 0 ? { kind: 'noise', scale: 1 } : { kind: 'factor', factor: i, map: { kind: 'affine', a: 1, b: 0 } })) })),
    fc.tuple(fc.integer({ min: 2, max: 6 }), fc.constantFrom(2, 4), fc.constantFrom(2, 4)).map(([a, b, c]) => ({
      factorSizes: [a, b, c],
      codes: [{ kind: 'xor', base: 0, bits: [1, 2] } as CodeSpec, { kind: 'factor', factor: 1, map: { kind: 'affine', a: 1, b: 0 } } as CodeSpec, { kind: 'factor', factor: 2, map: { kind: 'affine', a: 1, b: 0 } } as CodeSpec],
    })),
  );
}

/** Codes that are arbitrary functions (value tables) of two factors, plus optional constant codes. */
export function pairTableArb(o: SizeOptions = {}): fc.Arbitrary<RepresentationSpec> {
  return fc.tuple(fc.integer({ min: o.minN ?? 2, max: o.maxN ?? 6 }), fc.integer({ min: o.minN ?? 2, max: o.maxN ?? 6 })).chain(([a, b]) =>
    fc
      .record({
        tables: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: a * b, maxLength: a * b }), { minLength: 1, maxLength: 2 }),
        constants: fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 1 }),
      })
      .map(({ tables, constants }) => ({
        factorSizes: [a, b],
        codes: [...tables.map((values): CodeSpec => ({ kind: 'pair', factors: [0, 1], values })), ...constants.map((value): CodeSpec => ({ kind: 'constant', value }))],
      })),
  );
}

/** Any of the families, arbitrary two-factor tables included. */
export function anyRepresentationArb(o: SizeOptions = {}): fc.Arbitrary<RepresentationSpec> {
  return fc.oneof(disentangledArb(o), entangledArb(o), degenerateArb(o), pairTableArb(o));
}
