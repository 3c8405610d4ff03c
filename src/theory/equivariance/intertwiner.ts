/**
 * Intertwiner groups G_σ = {A ∈ GL_n : σ(Ax) = Bσ(x) for some B} and φ_σ(A) = B
 * (Godfrey et al. 2022, re-derived in research/equivariance.md §2.2): every group here is
 * a set of monomial matrices P·D with D's entries in S_σ, and φ is A, |A| or A^{∘d}.
 * Membership is decided exactly over rationals; elements are sampled with rational scales.
 */
import type { Rng } from '../../core/rng.js';
import type { RatMatrix } from '../exact/matrix.js';
import { Rational } from '../exact/rational.js';
import type { Activation } from './activations.js';
import { asMonomial, entrywise, monomial, randomPermutation, randomPositiveScale } from './monomial.js';

/** Which diagonal entries a monomial member may carry. */
export type GroupKind = 'positive-monomial' | 'signed-permutation' | 'permutation' | 'monomial';
/** How φ_σ acts on a member. */
export type PhiKind = 'identity' | 'abs' | 'power';

/** One row of the intertwiner table. */
export interface IntertwinerEntry {
  group: GroupKind;
  phi: PhiKind;
  /** Degree d of φ(A) = A^{∘d} (power activations only). */
  degree?: number;
  /** S_σ, the allowed diagonal entries, in LaTeX. */
  scalesTeX: string;
  groupTeX: string;
  phiTeX: string;
}

/** The table entry for an activation (softplus and ELU behave like GELU: permutations only). */
export function intertwinerEntry(a: Activation): IntertwinerEntry {
  switch (a.kind) {
    case 'relu':
    case 'leaky-relu':
      return { group: 'positive-monomial', phi: 'identity', scalesTeX: '(0,\\infty)', groupTeX: 'PD,\\ D > 0', phiTeX: 'A' };
    case 'tanh':
      return { group: 'signed-permutation', phi: 'identity', scalesTeX: '\\{\\pm 1\\}', groupTeX: 'P\\,\\mathrm{diag}(\\pm 1)', phiTeX: 'A' };
    case 'rbf':
      return { group: 'signed-permutation', phi: 'abs', scalesTeX: '\\{\\pm 1\\}', groupTeX: 'P\\,\\mathrm{diag}(\\pm 1)', phiTeX: '\\lvert A\\rvert' };
    case 'sigmoid':
    case 'gelu':
    case 'softplus':
    case 'elu':
      return { group: 'permutation', phi: 'identity', scalesTeX: '\\{1\\}', groupTeX: 'P', phiTeX: 'A' };
    case 'power':
      return {
        group: 'monomial',
        phi: 'power',
        degree: a.degree,
        scalesTeX: '\\mathbb{R}\\setminus\\{0\\}',
        groupTeX: 'PD,\\ D \\text{ invertible}',
        phiTeX: `A^{\\circ ${a.degree}}`,
      };
  }
}

/** Whether a scale is allowed on the diagonal of a member. */
function scaleAllowed(kind: GroupKind, s: Rational): boolean {
  switch (kind) {
    case 'positive-monomial':
      return s.sign() > 0;
    case 'signed-permutation':
      return s.abs().eq(Rational.ONE);
    case 'permutation':
      return s.eq(Rational.ONE);
    case 'monomial':
      return !s.isZero();
  }
}

/** Exact membership of A in G_σ (as tabulated). */
export function isMember(entry: IntertwinerEntry, A: RatMatrix): boolean {
  const f = asMonomial(A);
  return f !== null && f.scales.every((s) => scaleAllowed(entry.group, s));
}

/** φ_σ(A), exactly. */
export function phi(entry: IntertwinerEntry, A: RatMatrix): RatMatrix {
  switch (entry.phi) {
    case 'identity':
      return A.map((row) => row.slice());
    case 'abs':
      return entrywise(A, (x) => x.abs());
    case 'power': {
      const d = entry.degree ?? 1;
      return entrywise(A, (x) => x.pow(d));
    }
  }
}

/** A random member of G_σ on R^n, with rational scales in [1/4, 4] where scales are free. */
export function sampleMember(entry: IntertwinerEntry, n: number, rng: Rng): RatMatrix {
  const perm = randomPermutation(n, rng);
  const scales = perm.map(() => {
    switch (entry.group) {
      case 'positive-monomial':
        return randomPositiveScale(rng);
      case 'signed-permutation':
        return rng.next() < 0.5 ? Rational.ONE : Rational.ONE.neg();
      case 'permutation':
        return Rational.ONE;
      case 'monomial': {
        const s = randomPositiveScale(rng);
        return rng.next() < 0.5 ? s : s.neg();
      }
    }
  });
  return monomial(perm, scales);
}

/** A named matrix outside the group (float64; rotations are irrational). */
export interface NonMember {
  name: string;
  matrix: number[][];
}

/** A rotation by θ in the (0, 1) coordinate plane of R^n. */
export function planeRotation(n: number, theta: number): number[][] {
  const R: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  R[0]![0] = c;
  R[0]![1] = -s;
  R[1]![0] = s;
  R[1]![1] = c;
  return R;
}

/** Matrices known to lie outside G_σ: a sign flip (where signs are not allowed), 2I, −I, a rotation. */
export function nonMembers(entry: IntertwinerEntry, n: number, theta = Math.PI / 5): NonMember[] {
  const diag = (d: number[]) => d.map((v, i) => d.map((_, j) => (i === j ? v : 0)));
  const out: NonMember[] = [];
  if (entry.group === 'positive-monomial' || entry.group === 'permutation') {
    out.push({ name: 'sign flip diag(-1,1,...)', matrix: diag(Array.from({ length: n }, (_, i) => (i === 0 ? -1 : 1))) });
  }
  if (entry.group !== 'positive-monomial' && entry.group !== 'monomial') out.push({ name: '2I', matrix: diag(new Array<number>(n).fill(2)) });
  if (entry.group === 'permutation') out.push({ name: '-I', matrix: diag(new Array<number>(n).fill(-1)) });
  out.push({ name: `rotation by ${(theta * 180 / Math.PI).toFixed(0)} deg`, matrix: planeRotation(n, theta) });
  return out;
}

/**
 * How far A is from intertwining σ: for each output row r, the relative least-squares residual
 * min_b ‖σ(AX)_r − b·σ(X)‖ / ‖σ(AX)_r‖ over the samples X (n × m), float64; the largest over
 * rows is returned (a non-member may disturb a single row, so a mean would dilute it with n).
 * Zero for members.
 */
export function intertwinerResidual(sigma: (t: number) => number, A: number[][], X: number[][]): number {
  const m = X[0]?.length ?? 0;
  const S = X.map((row) => row.map(sigma));
  const Y = A.map((row) => Array.from({ length: m }, (_, k) => sigma(row.reduce((acc, a, j) => acc + a * X[j]![k]!, 0))));
  return rowResidual(Y, S);
}

/** max_r min_b ‖Y_r − b S‖ / ‖Y_r‖ (rows of Y and S are samples of each coordinate). */
export function rowResidual(Y: readonly (readonly number[])[], S: readonly (readonly number[])[]): number {
  const n = S.length;
  const m = S[0]?.length ?? 0;
  // Normal equations per row: b (S S^T) = y S^T.
  const G = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => dot(S[i]!, S[j]!)));
  let worst = 0;
  for (const y of Y) {
    const b = solveSym(G, Array.from({ length: n }, (_, j) => dot(y, S[j]!)));
    let resid = 0;
    let norm = 0;
    for (let k = 0; k < m; k++) {
      let fit = 0;
      for (let j = 0; j < n; j++) fit += b[j]! * S[j]![k]!;
      resid += (y[k]! - fit) ** 2;
      norm += y[k]! ** 2;
    }
    if (norm > 0) worst = Math.max(worst, Math.sqrt(resid / norm));
  }
  return worst;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** Solve G b = r by Gaussian elimination with partial pivoting (a tiny ridge guards singular G). */
export function solveSym(G: number[][], r: number[]): number[] {
  const n = r.length;
  const scale = Math.max(1e-300, ...G.map((row, i) => Math.abs(row[i]!)));
  const M = G.map((row, i) => [...row.map((v, j) => v + (i === j ? 1e-13 * scale : 0)), r[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let i = c + 1; i < n; i++) if (Math.abs(M[i]![c]!) > Math.abs(M[p]![c]!)) p = i;
    [M[c], M[p]] = [M[p]!, M[c]!];
    const piv = M[c]![c]!;
    if (piv === 0) continue;
    for (let i = c + 1; i < n; i++) {
      const f = M[i]![c]! / piv;
      for (let j = c; j <= n; j++) M[i]![j]! -= f * M[c]![j]!;
    }
  }
  const b = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = M[i]![n]!;
    for (let j = i + 1; j < n; j++) s -= M[i]![j]! * b[j]!;
    b[i] = M[i]![i] === 0 ? 0 : s / M[i]![i]!;
  }
  return b;
}

/**
 * The member of G_σ with the given permutation, signs and positive scales, using only what
 * the group allows: scales for positive monomials, signs for signed permutations, both for
 * all monomials, neither for permutations.
 */
export function memberFrom(entry: IntertwinerEntry, perm: readonly number[], signs: readonly boolean[], scales: readonly string[]): RatMatrix {
  const values = perm.map((_, i) => {
    const s = Rational.of(scales[i] ?? '1');
    const neg = signs[i] ?? false;
    switch (entry.group) {
      case 'positive-monomial':
        return s;
      case 'signed-permutation':
        return neg ? Rational.ONE.neg() : Rational.ONE;
      case 'permutation':
        return Rational.ONE;
      case 'monomial':
        return neg ? s.neg() : s;
    }
  });
  return monomial(perm, values);
}

/** The residual floor a non-member must exceed: 1e-3 for GELU (nearly positively homogeneous), 0.05 otherwise. */
export function nonMemberFloor(a: Activation): number {
  return a.kind === 'gelu' ? 1e-3 : 0.05;
}
