/**
 * Confidence intervals over seeds for the statistical invariance claims: Student-t
 * intervals on the mean of per-seed values (for ratios, on their logarithms, which gives
 * an interval on the geometric-mean ratio). Plain float64; no tfjs.
 */

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; ~15 digits). */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-15) break;
  }
  return h;
}

/** Regularised incomplete beta I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaContinuedFraction(x, a, b)) / a : 1 - (front * betaContinuedFraction(1 - x, b, a)) / b;
}

/** CDF of Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Quantile of Student's t: the t with P(T <= t) = p (bisection, 1e-12). */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be positive, got ${df}`);
  let lo = -1e3;
  let hi = 1e3;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

export interface MeanInterval {
  n: number;
  mean: number;
  sd: number;
  /** The t quantile used. */
  t: number;
  lower: number;
  upper: number;
  /** Confidence level and sidedness. */
  level: number;
  sided: 'one' | 'two';
}

/**
 * Student-t confidence interval for the mean of `xs` (n ≥ 2). Two-sided: mean ± t_{(1+level)/2} s/√n.
 * One-sided: the lower bound mean − t_{level} s/√n and the upper bound mean + t_{level} s/√n
 * are each a one-sided bound at `level` (use the one the claim needs).
 */
export function meanInterval(xs: readonly number[], level = 0.95, sided: 'one' | 'two' = 'one'): MeanInterval {
  const n = xs.length;
  if (n < 2) throw new RangeError(`meanInterval: need at least 2 values, got ${n}`);
  if (xs.some((x) => !Number.isFinite(x))) throw new RangeError('meanInterval: values must be finite');
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const t = studentTQuantile(sided === 'one' ? level : (1 + level) / 2, n - 1);
  const half = (t * sd) / Math.sqrt(n);
  return { n, mean, sd, t, lower: mean - half, upper: mean + half, level, sided };
}

/** Interval on the geometric mean of positive ratios: exp of the interval on their logs. */
export function ratioInterval(ratios: readonly number[], level = 0.95, sided: 'one' | 'two' = 'one'): MeanInterval {
  if (ratios.some((r) => !(r > 0))) throw new RangeError('ratioInterval: ratios must be positive');
  const li = meanInterval(ratios.map(Math.log), level, sided);
  return { ...li, mean: Math.exp(li.mean), lower: Math.exp(li.lower), upper: Math.exp(li.upper) };
}

/**
 * The three-way decision of a statistical claim "the quantity is at least `threshold`":
 * holds when the lower confidence bound clears it, violated when the upper bound is below it,
 * inconclusive when the interval straddles it (more seeds would decide).
 */
export function decideAtLeast(ci: Pick<MeanInterval, 'lower' | 'upper'>, threshold: number): 'holds' | 'violated' | 'inconclusive' {
  if (ci.lower >= threshold) return 'holds';
  if (ci.upper < threshold) return 'violated';
  return 'inconclusive';
}
