/**
 * Bases over the rationals of the standard matrix Lie algebras: so(n), sl(n), gl(n),
 * upper-triangular t(n), strictly upper-triangular n(n) (n(3) is the Heisenberg algebra),
 * and the planar affine family aff(2) ⊃ sim(2) ⊃ se(2) as 3 x 3 matrices [[A, b], [0, 0]].
 */
import { Rational } from '../exact/rational.js';
import type { RatMatrix } from '../exact/matrix.js';

export type StandardFamily = 'so' | 'sl' | 'gl' | 't' | 'n' | 'aff2' | 'sim2' | 'se2';

export interface StandardAlgebra {
  /** Display name: "so(3)", "aff(2)". */
  name: string;
  family: StandardFamily;
  /** Matrix size. */
  n: number;
  basis: RatMatrix[];
  /** LaTeX names of the basis elements. */
  basisNames: string[];
  /** The dimension formula, for derivations. */
  dimensionTeX: string;
}

const R = (x: number) => Rational.of(x);

/** E_ij (0-based) scaled by s, n x n. */
function unit(n: number, i: number, j: number, s = 1): RatMatrix {
  return Array.from({ length: n }, (_, a) => Array.from({ length: n }, (_, b) => (a === i && b === j ? R(s) : Rational.ZERO)));
}

function plus(...ms: RatMatrix[]): RatMatrix {
  const first = ms[0] as RatMatrix;
  return first.map((row, i) => row.map((_, j) => ms.reduce((s, M) => s.add((M[i] as Rational[])[j] as Rational), Rational.ZERO)));
}

/** The angular-momentum basis Lx, Ly, Lz of so(3): [Lx, Ly] = Lz and cyclic. */
export function so3Basis(): RatMatrix[] {
  return [plus(unit(3, 2, 1), unit(3, 1, 2, -1)), plus(unit(3, 0, 2), unit(3, 2, 0, -1)), plus(unit(3, 1, 0), unit(3, 0, 1, -1))];
}

/** so(n): E_ji − E_ij for i < j (for n = 3: Lx, Ly, Lz). */
export function so(n: number): StandardAlgebra {
  if (n === 3) return { name: 'so(3)', family: 'so', n, basis: so3Basis(), basisNames: ['L_x', 'L_y', 'L_z'], dimensionTeX: '\\tfrac{n(n-1)}{2}' };
  const basis: RatMatrix[] = [];
  const names: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      basis.push(plus(unit(n, j, i), unit(n, i, j, -1)));
      names.push(`L_{${i + 1}${j + 1}}`);
    }
  return { name: `so(${n})`, family: 'so', n, basis, basisNames: names, dimensionTeX: '\\tfrac{n(n-1)}{2}' };
}

/** sl(n): E_ij (i ≠ j) and H_i = E_ii − E_{i+1,i+1}. */
export function sl(n: number): StandardAlgebra {
  const basis: RatMatrix[] = [];
  const names: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (i !== j) {
        basis.push(unit(n, i, j));
        names.push(`E_{${i + 1}${j + 1}}`);
      }
  for (let i = 0; i + 1 < n; i++) {
    basis.push(plus(unit(n, i, i), unit(n, i + 1, i + 1, -1)));
    names.push(`H_{${i + 1}}`);
  }
  return { name: `sl(${n})`, family: 'sl', n, basis, basisNames: names, dimensionTeX: 'n^2 - 1' };
}

function units(n: number, keep: (i: number, j: number) => boolean): { basis: RatMatrix[]; names: string[] } {
  const basis: RatMatrix[] = [];
  const names: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++)
      if (keep(i, j)) {
        basis.push(unit(n, i, j));
        names.push(`E_{${i + 1}${j + 1}}`);
      }
  return { basis, names };
}

/** gl(n): all E_ij. */
export function gl(n: number): StandardAlgebra {
  const { basis, names } = units(n, () => true);
  return { name: `gl(${n})`, family: 'gl', n, basis, basisNames: names, dimensionTeX: 'n^2' };
}

/** t(n): upper-triangular matrices (solvable). */
export function upperTriangular(n: number): StandardAlgebra {
  const { basis, names } = units(n, (i, j) => i <= j);
  return { name: `t(${n})`, family: 't', n, basis, basisNames: names, dimensionTeX: '\\tfrac{n(n+1)}{2}' };
}

/** n(n): strictly upper-triangular matrices (nilpotent; n(3) is the Heisenberg algebra). */
export function strictlyUpper(n: number): StandardAlgebra {
  const { basis, names } = units(n, (i, j) => i < j);
  return { name: `n(${n})`, family: 'n', n, basis, basisNames: names, dimensionTeX: '\\tfrac{n(n-1)}{2}' };
}

/** aff(2): [[A, b], [0, 0]] with A ∈ gl(2), b ∈ R² (dimension 6). */
export function aff2(): StandardAlgebra {
  const { basis, names } = units(3, (i, j) => i < 2);
  return { name: 'aff(2)', family: 'aff2', n: 3, basis, basisNames: names, dimensionTeX: '4 + 2' };
}

/** sim(2): scaling, rotation and the two translations (dimension 4). */
export function sim2(): StandardAlgebra {
  const scaling = plus(unit(3, 0, 0), unit(3, 1, 1));
  const rotation = plus(unit(3, 1, 0), unit(3, 0, 1, -1));
  return { name: 'sim(2)', family: 'sim2', n: 3, basis: [scaling, rotation, unit(3, 0, 2), unit(3, 1, 2)], basisNames: ['D', 'J', 'T_x', 'T_y'], dimensionTeX: '1 + 1 + 2' };
}

/** se(2): rotation and the two translations (dimension 3). */
export function se2(): StandardAlgebra {
  const rotation = plus(unit(3, 1, 0), unit(3, 0, 1, -1));
  return { name: 'se(2)', family: 'se2', n: 3, basis: [rotation, unit(3, 0, 2), unit(3, 1, 2)], basisNames: ['J', 'T_x', 'T_y'], dimensionTeX: '1 + 2' };
}

/** A standard algebra by family and size (the planar affine family ignores n). */
export function standardAlgebra(family: StandardFamily, n = 3): StandardAlgebra {
  switch (family) {
    case 'so': return so(n);
    case 'sl': return sl(n);
    case 'gl': return gl(n);
    case 't': return upperTriangular(n);
    case 'n': return strictlyUpper(n);
    case 'aff2': return aff2();
    case 'sim2': return sim2();
    case 'se2': return se2();
  }
}

/** Every standard algebra realised by n x n matrices (the identification candidates). */
export function standardCandidates(n: number): StandardAlgebra[] {
  if (n < 1) return [];
  const out = [gl(n), upperTriangular(n)];
  if (n >= 2) out.push(so(n), sl(n), strictlyUpper(n));
  if (n === 3) out.push(aff2(), sim2(), se2());
  return out;
}
