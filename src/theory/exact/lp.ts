/**
 * Exact linear programming over the rationals: a two-phase tableau simplex with
 * Bland's rule (so it terminates, also on degenerate problems). No float arithmetic.
 *
 * Problems are stated with free variables and `>=` rows, `A x >= b`; internally
 * x = x+ - x- and slacks s >= 0 give the standard form [A, -A, -I] z = b, z >= 0.
 */
import { shape, type RatMatrix, type RatVector } from './matrix.js';
import { ExactInputError, Rational, type RationalLike } from './rational.js';

/** Result of `maximize`. `x` and `value` are present when status is 'optimal'. */
export interface LpResult {
  status: 'optimal' | 'unbounded' | 'infeasible';
  x?: RatVector;
  value?: Rational;
}

type Tableau = Rational[][]; // m constraint rows + 1 objective row; last column is the rhs

function pivot(T: Tableau, basis: number[], r: number, c: number): void {
  const R = T[r] as Rational[];
  const width = R.length;
  const inv = (R[c] as Rational).inv();
  for (let j = 0; j < width; j++) if (!(R[j] as Rational).isZero()) R[j] = (R[j] as Rational).mul(inv);
  for (let i = 0; i < T.length; i++) {
    if (i === r) continue;
    const Ri = T[i] as Rational[];
    const f = Ri[c] as Rational;
    if (f.isZero()) continue;
    for (let j = 0; j < width; j++) {
      const x = R[j] as Rational;
      if (!x.isZero()) Ri[j] = (Ri[j] as Rational).sub(f.mul(x));
    }
  }
  basis[r] = c;
}

/**
 * Minimise the objective row of T over columns < `ncols` (Bland's rule).
 * Returns false when unbounded.
 */
function runSimplex(T: Tableau, basis: number[], ncols: number): boolean {
  const m = T.length - 1;
  const obj = T[m] as Rational[];
  const rhs = obj.length - 1;
  for (;;) {
    let enter = -1;
    for (let j = 0; j < ncols; j++) {
      if ((obj[j] as Rational).sign() < 0) {
        enter = j;
        break;
      }
    }
    if (enter < 0) return true;
    let leave = -1;
    let best: Rational | null = null;
    for (let i = 0; i < m; i++) {
      const a = (T[i] as Rational[])[enter] as Rational;
      if (a.sign() <= 0) continue;
      const ratio = ((T[i] as Rational[])[rhs] as Rational).div(a);
      const cmp = best === null ? -1 : ratio.cmp(best);
      if (cmp < 0 || (cmp === 0 && (basis[i] as number) < (basis[leave] as number))) {
        best = ratio;
        leave = i;
      }
    }
    if (leave < 0) return false;
    pivot(T, basis, leave, enter);
  }
}

/**
 * Solve min cost·z s.t. M z = q, z >= 0 (M is m x N). Returns z, or 'infeasible' /
 * 'unbounded'.
 */
function standardForm(M: RatMatrix, q: RatVector, cost: RatVector): RatVector | 'infeasible' | 'unbounded' {
  const m = M.length;
  const N = cost.length;
  // Phase 1: rows with q >= 0, artificial a_i basic, minimise sum a.
  const T: Tableau = [];
  const basis: number[] = [];
  const objRow = new Array<Rational>(N + m + 1).fill(Rational.ZERO);
  for (let i = 0; i < m; i++) {
    const flip = (q[i] as Rational).sign() < 0;
    const row = new Array<Rational>(N + m + 1).fill(Rational.ZERO);
    const Mi = M[i] as RatVector;
    for (let j = 0; j < N; j++) row[j] = flip ? (Mi[j] as Rational).neg() : (Mi[j] as Rational);
    row[N + i] = Rational.ONE;
    row[N + m] = flip ? (q[i] as Rational).neg() : (q[i] as Rational);
    for (let j = 0; j < N; j++) objRow[j] = (objRow[j] as Rational).sub(row[j] as Rational);
    objRow[N + m] = (objRow[N + m] as Rational).sub(row[N + m] as Rational);
    T.push(row);
    basis.push(N + i);
  }
  T.push(objRow);
  runSimplex(T, basis, N + m); // bounded below by 0
  if (!((T[m] as Rational[])[N + m] as Rational).isZero()) return 'infeasible';

  // Drive artificials (basic at level 0) out of the basis; drop redundant rows.
  for (let i = m - 1; i >= 0; i--) {
    if ((basis[i] as number) < N) continue;
    const row = T[i] as Rational[];
    let c = 0;
    while (c < N && (row[c] as Rational).isZero()) c++;
    if (c < N) pivot(T, basis, i, c);
    else {
      T.splice(i, 1);
      basis.splice(i, 1);
    }
  }
  const rows = basis.length;
  // Phase 2: drop artificial columns, install the real objective's reduced costs.
  const T2: Tableau = T.slice(0, rows).map((row) => [...row.slice(0, N), row[N + m] as Rational]);
  const obj = [...cost, Rational.ZERO];
  for (let i = 0; i < rows; i++) {
    const cb = cost[basis[i] as number] as Rational;
    if (cb.isZero()) continue;
    const Ri = T2[i] as Rational[];
    for (let j = 0; j <= N; j++) obj[j] = (obj[j] as Rational).sub(cb.mul(Ri[j] as Rational));
  }
  T2.push(obj);
  if (!runSimplex(T2, basis, N)) return 'unbounded';
  const z = new Array<Rational>(N).fill(Rational.ZERO);
  basis.forEach((b, i) => {
    z[b] = (T2[i] as Rational[])[N] as Rational;
  });
  return z;
}

function check(A: RatMatrix, b: RatVector, fn: string): [number, number] {
  const [m, n] = shape(A, fn);
  if (b.length !== m) throw new ExactInputError('TC3002', `${fn}: A is ${m}x${n}; expected b of length ${m}, got ${b.length}`);
  return [m, n];
}

function solveFree(A: RatMatrix, b: RatVector, c: RatVector | null, n: number): LpResult {
  const m = A.length;
  const N = 2 * n + m;
  const M = A.map((row, i) => {
    const out = new Array<Rational>(N).fill(Rational.ZERO);
    row.forEach((a, j) => {
      out[j] = a;
      out[n + j] = a.neg();
    });
    out[2 * n + i] = Rational.ONE.neg();
    return out;
  });
  const cost = new Array<Rational>(N).fill(Rational.ZERO);
  c?.forEach((cj, j) => {
    cost[j] = cj.neg(); // maximise c·x = minimise -c·(x+ - x-)
    cost[n + j] = cj;
  });
  const z = standardForm(M, b, cost);
  if (z === 'infeasible' || z === 'unbounded') return { status: z };
  const x = Array.from({ length: n }, (_, j) => (z[j] as Rational).sub(z[n + j] as Rational));
  const value = c ? c.reduce((s, cj, j) => s.add(cj.mul(x[j] as Rational)), Rational.ZERO) : Rational.ZERO;
  return { status: 'optimal', x, value };
}

/** Columns of A when A may have no rows: taken from `nHint` if given. */
function cols(A: RatMatrix, nHint: number | undefined, fn: string, b: RatVector): number {
  const [m, n] = check(A, b, fn);
  return m === 0 && nHint !== undefined ? nHint : n;
}

/**
 * A point x (free sign) with A x >= b, or null when the system is infeasible.
 * `nVars` gives the dimension when A has no rows.
 */
export function feasible(A: RatMatrix, b: RatVector, nVars?: number): RatVector | null {
  const n = cols(A, nVars, 'feasible', b);
  const r = solveFree(A, b, null, n);
  return r.status === 'optimal' ? (r.x as RatVector) : null;
}

/** Maximise c·x subject to A x >= b, x free. */
export function maximize(c: RatVector, A: RatMatrix, b: RatVector): LpResult {
  const n = cols(A, c.length, 'maximize', b);
  if (c.length !== n) throw new ExactInputError('TC3002', `maximize: A has ${n} columns; expected c of length ${n}, got ${c.length}`);
  return solveFree(A, b, c, n);
}

/** A halfspace sign(w·x + bias) realising a labeling with margin >= 1. */
export interface Halfspace {
  w: RatVector;
  bias: Rational;
}

/**
 * The exact halfspace oracle: w, bias with y_i (w·x_i + bias) >= 1 for all i, or null
 * when no affine halfspace realises the labeling. Labels must be +1 or -1.
 */
export function separatingHalfspace(points: readonly (readonly RationalLike[])[], labels: readonly number[]): Halfspace | null {
  if (points.length !== labels.length) {
    throw new ExactInputError('TC3002', `separatingHalfspace: ${points.length} points but ${labels.length} labels`);
  }
  const [, d] = shape(points, 'separatingHalfspace');
  const A = points.map((p, i) => {
    const y = labels[i];
    if (y !== 1 && y !== -1) throw new ExactInputError('TC3001', `separatingHalfspace: label ${i} is ${y}, expected 1 or -1`);
    const row = p.map((v) => Rational.of(v));
    row.push(Rational.ONE);
    return y === 1 ? row : row.map((v) => v.neg());
  });
  const x = feasible(A, A.map(() => Rational.ONE), d + 1);
  if (!x) return null;
  return { w: x.slice(0, d), bias: x[d] as Rational };
}
