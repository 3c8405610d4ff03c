/**
 * Monomial (generalised permutation) matrices: exactly one non-zero entry in every row
 * and every column. Row i holds scales[i] in column perm[i], so (A x)_i = scales[i] x_{perm[i]}.
 * Exact over rationals; float copies for the numerical side.
 */
import type { Rng } from '../../core/rng.js';
import type { RatMatrix } from '../exact/matrix.js';
import { Rational, type RationalLike } from '../exact/rational.js';

/** A monomial matrix in factored form. */
export interface MonomialForm {
  perm: number[];
  scales: Rational[];
}

/** The dense matrix with scales[i] at (i, perm[i]). */
export function monomial(perm: readonly number[], scales: readonly RationalLike[]): RatMatrix {
  const n = perm.length;
  if (scales.length !== n) throw new RangeError(`monomial: ${n} columns but ${scales.length} scales`);
  if (new Set(perm).size !== n || perm.some((p) => !Number.isInteger(p) || p < 0 || p >= n)) {
    throw new RangeError(`monomial: perm must be a permutation of 0..${n - 1}, got [${perm.join(', ')}]`);
  }
  return perm.map((p, i) => {
    const row = new Array<Rational>(n).fill(Rational.ZERO);
    const s = Rational.of(scales[i]!);
    if (s.isZero()) throw new RangeError('monomial: a scale is zero');
    row[p] = s;
    return row;
  });
}

/** The factored form of A, or null when A is not square monomial. */
export function asMonomial(A: RatMatrix): MonomialForm | null {
  const n = A.length;
  const perm: number[] = [];
  const scales: Rational[] = [];
  const usedCols = new Set<number>();
  for (const row of A) {
    if (row.length !== n) return null;
    const nz = row.flatMap((x, j) => (x.isZero() ? [] : [j]));
    if (nz.length !== 1) return null;
    const j = nz[0]!;
    if (usedCols.has(j)) return null;
    usedCols.add(j);
    perm.push(j);
    scales.push(row[j]!);
  }
  return { perm, scales };
}

/** The inverse of a monomial matrix: (A^{-1})_{perm[i], i} = 1 / scales[i]. */
export function monomialInverse(A: RatMatrix): RatMatrix {
  const f = asMonomial(A);
  if (!f) throw new RangeError('monomialInverse: the matrix is not monomial');
  const n = f.perm.length;
  const inv = Array.from({ length: n }, () => new Array<Rational>(n).fill(Rational.ZERO));
  f.perm.forEach((p, i) => {
    inv[p]![i] = f.scales[i]!.inv();
  });
  return inv;
}

/** Entry-wise map (used for phi = abs and phi = entry-wise power). */
export function entrywise(A: RatMatrix, f: (x: Rational) => Rational): RatMatrix {
  return A.map((row) => row.map(f));
}

/** A uniformly random permutation of 0..n-1. */
export function randomPermutation(n: number, rng: Rng): number[] {
  return rng.shuffle(Array.from({ length: n }, (_, i) => i));
}

/** A random rational in [1/4, 4] with a small denominator (well-conditioned positive scale). */
export function randomPositiveScale(rng: Rng): Rational {
  const den = rng.int(1, 8);
  const num = rng.int(Math.ceil(den / 4), 4 * den);
  return Rational.of(num, den);
}

/** A float64 copy of a rational matrix. */
export function toFloat(A: RatMatrix): number[][] {
  return A.map((row) => row.map((x) => x.toNumber()));
}
