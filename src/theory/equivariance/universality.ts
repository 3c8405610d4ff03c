/**
 * Approximation floors that separate universality classes with equal separation power
 * (Pacini et al. 2025; quantitative versions derived in research/equivariance.md §1.6):
 * - additive F = Σ_i h(x_i) against xy on a product grid: the best MSE is that of the
 *   interaction residual (two-way ANOVA), and the corner second difference bounds sup error;
 * - the PointNet form F = Σ_i h(x_i, Σ_j x_j) kills the four-point combination
 *   F(a) − F(b) − F(c) + F(d), which is 1/16 for x1x2x3x4, so sup error ≥ 1/64.
 */
import { Rational } from '../exact/rational.js';

/** The grid {0, 1/s, …, 1} with s steps. */
export function unitGrid(steps: number): Rational[] {
  return Array.from({ length: steps + 1 }, (_, i) => Rational.of(i, steps));
}

/** The best additive fit on a product grid (uniform weights) and its residual. */
export interface AdditiveFloor {
  /** Mean squared residual of the L²-best additive fit: the floor for every additive F. */
  mse: Rational;
  /** Largest residual of that fit. */
  supOfBestFit: Rational;
  /** |T(x1,y1) − T(x1,y0) − T(x0,y1) + T(x0,y0)| / 4: a floor on sup error for every additive F. */
  supFloor: Rational;
}

/** Exact additive floor of a target T(x, y) on the grid xs × ys. */
export function additiveFloor(target: (x: Rational, y: Rational) => Rational, xs: readonly Rational[], ys: readonly Rational[]): AdditiveFloor {
  const T = xs.map((x) => ys.map((y) => target(x, y)));
  const mean = (vs: readonly Rational[]) => vs.reduce((a, b) => a.add(b), Rational.ZERO).div(Rational.of(vs.length));
  const rows = T.map(mean);
  const cols = ys.map((_, j) => mean(T.map((r) => r[j]!)));
  const grand = mean(rows);
  let sq = Rational.ZERO;
  let sup = Rational.ZERO;
  T.forEach((r, i) =>
    r.forEach((t, j) => {
      const res = t.sub(rows[i]!).sub(cols[j]!).add(grand);
      sq = sq.add(res.mul(res));
      if (res.abs().cmp(sup) > 0) sup = res.abs();
    }),
  );
  const x0 = xs[0]!;
  const x1 = xs[xs.length - 1]!;
  const y0 = ys[0]!;
  const y1 = ys[ys.length - 1]!;
  const corner = target(x1, y1).sub(target(x1, y0)).sub(target(x0, y1)).add(target(x0, y0)).abs();
  return { mse: sq.div(Rational.of(xs.length * ys.length)), supOfBestFit: sup, supFloor: corner.div(Rational.of(4)) };
}

/** The four points of R^4 with equal coordinate sum 2 used against the PointNet form. */
export const POINTNET_POINTS: readonly (readonly Rational[])[] = [
  ['1/2', '1/2', '1/2', '1/2'],
  ['1/2', '1/2', '0', '1'],
  ['0', '1', '1/2', '1/2'],
  ['0', '1', '0', '1'],
].map((p) => p.map((v) => Rational.of(v)));

/** F(a) − F(b) − F(c) + F(d) over POINTNET_POINTS. */
export function pointnetCombination(f: (x: readonly Rational[]) => Rational): Rational {
  const [a, b, c, d] = POINTNET_POINTS.map(f) as [Rational, Rational, Rational, Rational];
  return a.sub(b).sub(c).add(d);
}

/** The PointNet form Σ_i h(x_i, s), s = Σ_j x_j, of a two-argument h. */
export function pointnetForm(h: (xi: Rational, s: Rational) => Rational): (x: readonly Rational[]) => Rational {
  return (x) => {
    const s = x.reduce((a, b) => a.add(b), Rational.ZERO);
    return x.reduce((acc, xi) => acc.add(h(xi, s)), Rational.ZERO);
  };
}

/** The sup-error floor |combination(target)| / 4 for every PointNet-form F. */
export function pointnetSupFloor(target: (x: readonly Rational[]) => Rational): Rational {
  return pointnetCombination(target).abs().div(Rational.of(4));
}

/** x_1 x_2 ⋯ x_n. */
export function productTarget(x: readonly Rational[]): Rational {
  return x.reduce((a, b) => a.mul(b), Rational.ONE);
}
