import fc from 'fast-check';
import type { Activation } from '../../src/theory/equivariance/activations.js';

/** A permutation of 0..n−1. */
export function permutationArb(n: number): fc.Arbitrary<number[]> {
  return fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => i),
    { minLength: n, maxLength: n },
  );
}

/** A rational p/q in [1/4, 4] as a "p/q" string (well-conditioned positive scale). */
export const positiveScaleArb: fc.Arbitrary<string> = fc
  .integer({ min: 1, max: 8 })
  .chain((q) => fc.integer({ min: Math.ceil(q / 4), max: 4 * q }).map((p) => `${p}/${q}`));

/** A small rational in [−4, 4] with denominator ≤ 8, as "p/q". */
export const smallRationalArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: -32, max: 32 }), fc.integer({ min: 1, max: 8 }))
  .map(([p, q]) => `${p}/${q}`);

/** Every activation of the intertwiner table. */
export const TABLE_ACTIVATIONS: readonly Activation[] = [
  { kind: 'relu' },
  { kind: 'leaky-relu', slope: 0.1 },
  { kind: 'tanh' },
  { kind: 'sigmoid' },
  { kind: 'gelu' },
  { kind: 'rbf' },
  { kind: 'power', degree: 2 },
  { kind: 'power', degree: 3 },
];

/** One of the table's activations (LeakyReLU with a slope in (0, 1), x^d with d ∈ {2, 3}). */
export const tableActivationArb: fc.Arbitrary<Activation> = fc.oneof(
  fc.constantFrom<Activation>({ kind: 'relu' }, { kind: 'tanh' }, { kind: 'sigmoid' }, { kind: 'gelu' }, { kind: 'rbf' }),
  fc.constantFrom(0.01, 0.1, 0.2, 0.5, 0.9).map((slope): Activation => ({ kind: 'leaky-relu', slope })),
  fc.constantFrom(2, 3).map((degree): Activation => ({ kind: 'power', degree })),
);

/** Non-polynomial activations used by the separation probes. */
export const NON_POLYNOMIAL: readonly Activation[] = [
  { kind: 'relu' },
  { kind: 'leaky-relu', slope: 0.1 },
  { kind: 'tanh' },
  { kind: 'sigmoid' },
  { kind: 'softplus' },
  { kind: 'elu' },
];
