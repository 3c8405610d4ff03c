/**
 * Limited-memory BFGS for smooth convex objectives (logistic regression), with a
 * backtracking Armijo line search. Stops like scipy's L-BFGS-B as sklearn calls it:
 * max |gradient| <= gtol, a relative decrease of f below ftol, or maxIter iterations.
 * Deterministic: no randomness anywhere.
 */
export interface LbfgsOptions {
  maxIter: number;
  gtol: number;
  ftol: number;
  /** History size (scipy's default m = 10). */
  memory: number;
}

export const LBFGS_DEFAULTS: Readonly<LbfgsOptions> = Object.freeze({ maxIter: 100, gtol: 1e-4, ftol: 64 * 2.220446049250313e-16, memory: 10 });

/** f and its gradient at x (the gradient is written into `grad`). */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface LbfgsResult {
  x: Float64Array;
  f: number;
  iterations: number;
  converged: boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return m;
}

/** Minimise `fg` from x0. */
export function lbfgs(fg: Objective, x0: Float64Array, options: Partial<LbfgsOptions> = {}): LbfgsResult {
  const o = { ...LBFGS_DEFAULTS, ...options };
  const n = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(n);
  let f = fg(x, g);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const d = new Float64Array(n);
  const xNew = new Float64Array(n);
  let gNew = new Float64Array(n);
  if (maxAbs(g) <= o.gtol) return { x, f, iterations: 0, converged: true };
  for (let iter = 1; iter <= o.maxIter; iter++) {
    // two-loop recursion: d = -H g
    d.set(g);
    const alpha: number[] = [];
    for (let k = S.length - 1; k >= 0; k--) {
      const a = (rho[k] as number) * dot(S[k] as Float64Array, d);
      alpha[k] = a;
      const y = Y[k] as Float64Array;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) - a * (y[i] as number);
    }
    const gamma = S.length > 0 ? dot(S[S.length - 1] as Float64Array, Y[Y.length - 1] as Float64Array) / dot(Y[Y.length - 1] as Float64Array, Y[Y.length - 1] as Float64Array) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let i = 0; i < n; i++) d[i] = (d[i] as number) * gamma;
    for (let k = 0; k < S.length; k++) {
      const b = (rho[k] as number) * dot(Y[k] as Float64Array, d);
      const s = S[k] as Float64Array;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) + s[i]! * ((alpha[k] as number) - b);
    }
    for (let i = 0; i < n; i++) d[i] = -(d[i] as number);
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // not a descent direction: restart from steepest descent
      S.length = Y.length = rho.length = 0;
      for (let i = 0; i < n; i++) d[i] = -(g[i] as number) / Math.max(1, Math.sqrt(dot(g, g)));
      slope = dot(g, d);
    }
    let step = 1;
    let fNew = Infinity;
    for (let ls = 0; ls < 50; ls++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      fNew = fg(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew <= f)) return { x, f, iterations: iter, converged: false };
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (xNew[i] as number) - (x[i] as number);
      y[i] = (gNew[i] as number) - (g[i] as number);
    }
    const sy = dot(s, y);
    if (sy > 1e-12 * dot(y, y)) {
      S.push(s);
      Y.push(y);
      rho.push(1 / sy);
      if (S.length > o.memory) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    const fOld = f;
    x = Float64Array.from(xNew);
    const tmp = g;
    g = gNew;
    gNew = tmp;
    f = fNew;
    if (maxAbs(g) <= o.gtol) return { x, f, iterations: iter, converged: true };
    if ((fOld - f) / Math.max(Math.abs(fOld), Math.abs(f), 1) <= o.ftol) return { x, f, iterations: iter, converged: true };
  }
  return { x, f, iterations: o.maxIter, converged: false };
}
