/**
 * The Killing form K(X, Y) = tr(ad X ad Y) in a basis, its rank and its inertia
 * (Sylvester signature, exact), and the formulas it takes on the classical algebras.
 */
import { Rational } from '../exact/rational.js';
import { rank, type RatMatrix } from '../exact/matrix.js';
import type { StructureConstants } from './structure.js';

/** K_ij = tr(ad_i ad_j) = Σ_{k,l} c_il^k c_jk^l. */
export function killingForm(c: StructureConstants): RatMatrix {
  const d = c.length;
  const at = (a: number, b: number, k: number) => ((c[a] as Rational[][])[b] as Rational[])[k] as Rational;
  const K: RatMatrix = Array.from({ length: d }, () => new Array<Rational>(d).fill(Rational.ZERO));
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      let s = Rational.ZERO;
      for (let k = 0; k < d; k++) {
        for (let l = 0; l < d; l++) {
          const a = at(i, l, k);
          if (!a.isZero()) s = s.add(a.mul(at(j, k, l)));
        }
      }
      (K[i] as Rational[])[j] = s;
      (K[j] as Rational[])[i] = s;
    }
  }
  return K;
}

/** Rank of a (Killing) form; 0 for the zero-dimensional algebra. */
export function formRank(K: RatMatrix): number {
  return K.length ? rank(K) : 0;
}

/** Inertia of a symmetric rational matrix: counts of positive, negative and zero eigenvalues. */
export interface Inertia {
  positive: number;
  negative: number;
  zero: number;
}

/**
 * Exact inertia by symmetric elimination (congruence preserves it, Sylvester's law).
 * A zero diagonal with a non-zero off-diagonal entry is fixed by adding row/column l to k.
 */
export function inertia(K: RatMatrix): Inertia {
  let M = K.map((row) => row.slice());
  const out: Inertia = { positive: 0, negative: 0, zero: 0 };
  while (M.length) {
    const m = M.length;
    let p = M.findIndex((row, i) => !(row[i] as Rational).isZero());
    if (p < 0) {
      let k = -1;
      let l = -1;
      for (let i = 0; i < m && k < 0; i++) for (let j = 0; j < m; j++) if (!((M[i] as Rational[])[j] as Rational).isZero()) [k, l] = [i, j];
      if (k < 0) {
        out.zero += m;
        break;
      }
      // row/col k += row/col l: new M_kk = 2 M_kl ≠ 0
      const Mk = M.map((row, i) => (i === k ? row.map((x, j) => x.add((M[l] as Rational[])[j] as Rational)) : row.slice()));
      for (const row of Mk) row[k] = (row[k] as Rational).add(row[l] as Rational);
      M = Mk;
      p = k;
    }
    const piv = (M[p] as Rational[])[p] as Rational;
    if (piv.sign() > 0) out.positive++;
    else out.negative++;
    const next: RatMatrix = [];
    for (let i = 0; i < m; i++) {
      if (i === p) continue;
      const f = ((M[i] as Rational[])[p] as Rational).div(piv);
      const row: Rational[] = [];
      for (let j = 0; j < m; j++) {
        if (j === p) continue;
        row.push(((M[i] as Rational[])[j] as Rational).sub(f.mul((M[p] as Rational[])[j] as Rational)));
      }
      next.push(row);
    }
    M = next;
  }
  return out;
}
