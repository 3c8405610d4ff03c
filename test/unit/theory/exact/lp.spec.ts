import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { feasible, maximize, separatingHalfspace } from '../../../../src/theory/exact/lp.js';
import { det, matVec, nullSpace, ratMatrix, ratVector, transpose, type RatMatrix, type RatVector } from '../../../../src/theory/exact/matrix.js';
import { Rational } from '../../../../src/theory/exact/rational.js';

const satisfies = (A: RatMatrix, b: RatVector, x: RatVector): boolean => matVec(A, x).every((v, i) => v.cmp(b[i] as Rational) >= 0);

/** Checks the halfspace actually realises the labeling with margin >= 1. */
function realises(points: number[][], labels: number[], h: { w: RatVector; bias: Rational }): boolean {
  return points.every((p, i) => {
    const s = p.reduce((acc, v, j) => acc.add(Rational.of(v).mul(h.w[j] as Rational)), h.bias);
    return s.mul(Rational.of(labels[i] as number)).cmp(Rational.ONE) >= 0;
  });
}

function binom(n: number, k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r = (r * (n - i)) / (i + 1);
  return r;
}

function* subsets(n: number, k: number, start = 0, acc: number[] = []): Generator<number[]> {
  if (acc.length === k) {
    yield acc.slice();
    return;
  }
  for (let i = start; i < n; i++) yield* subsets(n, k, i + 1, [...acc, i]);
}

/** Every d+1 lifted points (x, 1) are linearly independent: no d+1 points on a hyperplane. */
function inGeneralPosition(points: number[][], d: number): boolean {
  for (const s of subsets(points.length, d + 1)) {
    if (det(ratMatrix(s.map((i) => [...(points[i] as number[]), 1]))).isZero()) return false;
  }
  return true;
}

function randomPoints(rng: Rng, n: number, d: number): number[][] {
  return Array.from({ length: n }, () => Array.from({ length: d }, () => rng.int(-50, 50)));
}

function countRealisable(points: number[][]): number {
  const n = points.length;
  let count = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    const labels = points.map((_, i) => ((mask >> i) & 1 ? 1 : -1));
    const h = separatingHalfspace(points, labels);
    if (h) {
      expect(realises(points, labels, h)).toBe(true);
      count++;
    }
  }
  return count;
}

describe('feasible / maximize on known problems', () => {
  it('XOR in R^2 is not realisable; AND is', () => {
    const pts = [[0, 0], [0, 1], [1, 0], [1, 1]];
    expect(separatingHalfspace(pts, [-1, 1, 1, -1])).toBeNull();
    const and = [-1, -1, -1, 1];
    const h = separatingHalfspace(pts, and);
    expect(h).not.toBeNull();
    expect(realises(pts, and, h as { w: RatVector; bias: Rational })).toBe(true);
  });

  it('simple systems', () => {
    // x >= 1, -x >= -1/2: infeasible
    expect(feasible(ratMatrix([[1], [-1]]), ratVector([1, '-1/2']))).toBeNull();
    // x + y >= 2, x - y >= 0, -x >= -1 -> x = 1, y in [1, 1]
    const A = ratMatrix([[1, 1], [1, -1], [-1, 0]]);
    const b = ratVector([2, 0, -1]);
    const x = feasible(A, b);
    expect(x && satisfies(A, b, x)).toBe(true);
    expect(x?.map(String)).toEqual(['1', '1']);
    expect(feasible([], [], 3)?.length).toBe(3);
  });

  it('maximize: optimal, unbounded, infeasible', () => {
    // max x + y s.t. x <= 3/2, y <= 2, x + 2y <= 5  (as >= rows)
    const A = ratMatrix([[-1, 0], [0, -1], [-1, -2]]);
    const b = ratVector(['-3/2', -2, -5]);
    const r = maximize(ratVector([1, 1]), A, b);
    expect(r.status).toBe('optimal');
    expect(r.value?.toString()).toBe('13/4');
    expect(r.x?.map(String)).toEqual(['3/2', '7/4']);
    expect(maximize(ratVector([1, 0]), ratMatrix([[0, -1]]), ratVector([0])).status).toBe('unbounded');
    expect(maximize(ratVector([1]), ratMatrix([[1], [-1]]), ratVector([2, -1])).status).toBe('infeasible');
    expect(maximize(ratVector([0, 0]), [], []).status).toBe('optimal');
  });

  it('degenerate problem terminates (Bland): Chvatal cycling example', () => {
    // max 10x1 - 57x2 - 9x3 - 24x4 s.t. the rows below are <= 0, x1 <= 1, x >= 0; optimum 1 at (1,0,1,0)
    const le = ratMatrix([['1/2', '-11/2', '-5/2', 9], ['1/2', '-3/2', '-1/2', 1], [1, 0, 0, 0]]);
    const nonneg = ratMatrix([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]);
    const A = [...le.map((r) => r.map((v) => v.neg())), ...nonneg];
    const b = ratVector([0, 0, -1, 0, 0, 0, 0]);
    const r = maximize(ratVector([10, -57, -9, -24]), A, b);
    expect(r.status).toBe('optimal');
    expect(r.value?.toString()).toBe('1');
  });

  it('Radon partitions are never realisable (R^2 and R^3)', () => {
    const rng = new Rng(7);
    for (const d of [2, 3]) {
      for (let t = 0; t < 10; t++) {
        const pts = randomPoints(rng, d + 2, d);
        // lambda with sum lambda_i (x_i, 1) = 0: the sign pattern is a Radon partition
        const lifted = transpose(ratMatrix(pts.map((p) => [...p, 1])));
        const lambda = nullSpace(lifted)[0] as RatVector;
        const labels = lambda.map((l) => (l.sign() > 0 ? 1 : -1));
        expect(separatingHalfspace(pts, labels)).toBeNull();
      }
    }
  });

  it('random separable sets are realised', () => {
    const rng = new Rng(11);
    for (let t = 0; t < 20; t++) {
      const d = rng.int(1, 4);
      const w = Array.from({ length: d }, () => rng.int(-5, 5));
      const pts = randomPoints(rng, 12, d).filter((p) => p.reduce((s, v, j) => s + v * (w[j] as number), 1) !== 0);
      const labels = pts.map((p) => (p.reduce((s, v, j) => s + v * (w[j] as number), 1) > 0 ? 1 : -1));
      const h = separatingHalfspace(pts, labels);
      expect(h).not.toBeNull();
      expect(realises(pts, labels, h as { w: RatVector; bias: Rational })).toBe(true);
    }
  });

  it.each([
    [1, 5],
    [2, 6],
    [2, 8],
    [3, 7],
  ])("Cover's count: d=%i, n=%i points in general position", (d, n) => {
    const rng = new Rng(1000 * d + n);
    const pts = randomPoints(rng, n, d);
    expect(inGeneralPosition(pts, d)).toBe(true);
    let cover = 0;
    for (let k = 0; k <= d; k++) cover += 2 * binom(n - 1, k);
    expect(countRealisable(pts)).toBe(cover);
  });
});

describe('LP properties', () => {
  const sysArb = fc
    .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }))
    .chain(([m, n]) =>
      fc.tuple(
        fc.array(fc.array(fc.integer({ min: -3, max: 3 }), { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
        fc.array(fc.integer({ min: -4, max: 4 }), { minLength: m, maxLength: m }),
        fc.array(fc.integer({ min: -2, max: 2 }), { minLength: n, maxLength: n }),
      ),
    )
    .map(([A, b, c]) => ({ A: ratMatrix(A), b: ratVector(b), c: ratVector(c) }));

  test.prop([sysArb])('Farkas: exactly one of {Ax >= b} and {y >= 0, yA = 0, y·b >= 1} is feasible', ({ A, b }) => {
    const m = A.length;
    const n = A[0]?.length ?? 0;
    const x = feasible(A, b);
    if (x) expect(satisfies(A, b, x)).toBe(true);
    // dual system in y (length m) as >= rows: A^T y >= 0, -A^T y >= 0, y >= 0, b·y >= 1
    const At = transpose(A);
    const D = [...At, ...At.map((r) => r.map((v) => v.neg())), ...ratMatrix(Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (i === j ? 1 : 0)))), b];
    const db = [...new Array<Rational>(2 * n + m).fill(Rational.ZERO), Rational.ONE];
    const y = feasible(D, db);
    if (y) expect(satisfies(D, db, y)).toBe(true);
    expect(x === null).toBe(y !== null);
  });

  test.prop([sysArb])('maximize: optimal solutions are feasible and certified by a dual solution', ({ A, b, c }) => {
    const r = maximize(c, A, b);
    const f = feasible(A, b);
    expect(r.status === 'infeasible').toBe(f === null);
    if (r.status !== 'optimal') return;
    const x = r.x as RatVector;
    const v = r.value as Rational;
    expect(satisfies(A, b, x)).toBe(true);
    expect(x.reduce((s, xi, j) => s.add(xi.mul(c[j] as Rational)), Rational.ZERO).eq(v)).toBe(true);
    // dual: u >= 0, A^T u = -c, -b·u <= v  (weak duality then forces -b·u = v)
    const m = A.length;
    const At = transpose(A);
    const D = [...At, ...At.map((row) => row.map((q) => q.neg())), ...ratMatrix(Array.from({ length: m }, (_, i) => Array.from({ length: m }, (_, j) => (i === j ? 1 : 0)))), b];
    const db = [...c.map((q) => q.neg()), ...c, ...new Array<Rational>(m).fill(Rational.ZERO), v.neg()];
    expect(feasible(D, db)).not.toBeNull();
  });
});
