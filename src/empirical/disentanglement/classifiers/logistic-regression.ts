import { encodeLabels } from '../arrays.js';
import { lbfgs } from './lbfgs.js';

/**
 * sklearn's LogisticRegression() as disentanglement_lib uses it (sklearn >= 0.22 defaults):
 * L2 penalty with C = 1 on the weights (not the intercept), the loss summed over samples,
 * lbfgs with max_iter = 100 and tol = 1e-4; multinomial softmax for 3+ classes, a single
 * logistic model for 2. Features are given column-wise (D arrays of N), as the library
 * holds codes. Predictions break ties toward the lowest class.
 */
export interface LogisticOptions {
  C: number;
  maxIter: number;
  tol: number;
}

export const LOGISTIC_DEFAULTS: Readonly<LogisticOptions> = Object.freeze({ C: 1, maxIter: 100, tol: 1e-4 });

export interface LogisticModel {
  /** The class values, ascending. */
  classes: Float64Array;
  /** Class probabilities, row-major N × classes. */
  predictProba(x: readonly Float64Array[]): Float64Array;
  /** Predicted class values. */
  predict(x: readonly Float64Array[]): Float64Array;
  converged: boolean;
}

/** Fit a logistic regression of y on the columns x. */
export function fitLogisticRegression(x: readonly Float64Array[], y: ArrayLike<number>, options: Partial<LogisticOptions> = {}): LogisticModel {
  const o = { ...LOGISTIC_DEFAULTS, ...options };
  const { labels, classes } = encodeLabels(y);
  const K = classes.length;
  const D = x.length;
  const N = labels.length;
  if (K <= 1) return constantModel(classes);
  const T = K === 2 ? 1 : K;
  const W = D + 1; // weights then intercept, per score
  const width = T * W;
  // row-major copy with a trailing 1 for the intercept: one cache-friendly pass per evaluation
  const rowsOf = (cols: readonly Float64Array[], n: number): Float64Array => {
    const rows = new Float64Array(n * W);
    for (let j = 0; j < D; j++) {
      const col = cols[j] as Float64Array;
      for (let i = 0; i < n; i++) rows[i * W + j] = col[i] as number;
    }
    for (let i = 0; i < n; i++) rows[i * W + D] = 1;
    return rows;
  };
  const X = rowsOf(x, N);
  const zi = new Float64Array(T);

  const objective = (w: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < N; i++) {
      const off = i * W;
      for (let t = 0; t < T; t++) {
        let s = 0;
        const b = t * W;
        for (let j = 0; j < W; j++) s += (w[b + j] as number) * (X[off + j] as number);
        zi[t] = s;
      }
      const yi = labels[i] as number;
      if (T === 1) {
        const sgn = yi === 1 ? 1 : -1;
        const m = sgn * (zi[0] as number);
        loss += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
        const r = -sgn / (1 + Math.exp(m));
        for (let j = 0; j < W; j++) grad[j] = (grad[j] as number) + r * (X[off + j] as number);
      } else {
        let mx = -Infinity;
        for (let t = 0; t < T; t++) mx = Math.max(mx, zi[t] as number);
        let sum = 0;
        for (let t = 0; t < T; t++) {
          const e = Math.exp((zi[t] as number) - mx);
          zi[t] = e;
          sum += e;
        }
        loss += Math.log(sum) - Math.log(zi[yi] as number);
        for (let t = 0; t < T; t++) {
          const r = (zi[t] as number) / sum - (t === yi ? 1 : 0);
          if (r === 0) continue;
          const b = t * W;
          for (let j = 0; j < W; j++) grad[b + j] = (grad[b + j] as number) + r * (X[off + j] as number);
        }
      }
    }
    for (let t = 0; t < T; t++) {
      for (let j = 0; j < D; j++) {
        const wj = w[t * W + j] as number;
        grad[t * W + j] = (grad[t * W + j] as number) + wj / o.C;
        loss += (0.5 * wj * wj) / o.C;
      }
    }
    return loss;
  };

  const fit = lbfgs(objective, new Float64Array(width), { maxIter: o.maxIter, gtol: o.tol });
  const w = fit.x;
  const predictProba = (cols: readonly Float64Array[]): Float64Array => {
    const n = cols[0]?.length ?? 0;
    const R = rowsOf(cols, n);
    const p = new Float64Array(n * K);
    const z = new Float64Array(T);
    for (let i = 0; i < n; i++) {
      for (let t = 0; t < T; t++) {
        let s = 0;
        for (let j = 0; j < W; j++) s += (w[t * W + j] as number) * (R[i * W + j] as number);
        z[t] = s;
      }
      if (T === 1) {
        const p1 = 1 / (1 + Math.exp(-(z[0] as number)));
        p[i * 2] = 1 - p1;
        p[i * 2 + 1] = p1;
      } else {
        let mx = -Infinity;
        for (let t = 0; t < K; t++) mx = Math.max(mx, z[t] as number);
        let sum = 0;
        for (let t = 0; t < K; t++) sum += Math.exp((z[t] as number) - mx);
        for (let t = 0; t < K; t++) p[i * K + t] = Math.exp((z[t] as number) - mx) / sum;
      }
    }
    return p;
  };
  return {
    classes,
    predictProba,
    predict: (cols) => argmaxClasses(predictProba(cols), K, classes),
    converged: fit.converged,
  };
}

/** The class of the largest probability per row (ties: the lowest class). */
export function argmaxClasses(proba: Float64Array, K: number, classes: Float64Array): Float64Array {
  const n = proba.length / K;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let best = 0;
    for (let t = 1; t < K; t++) if ((proba[i * K + t] as number) > (proba[i * K + best] as number)) best = t;
    out[i] = classes[best] as number;
  }
  return out;
}

function constantModel(classes: Float64Array): LogisticModel {
  const only = classes[0] ?? 0;
  return {
    classes,
    predictProba: (cols) => new Float64Array(cols[0]?.length ?? 0).fill(1),
    predict: (cols) => new Float64Array(cols[0]?.length ?? 0).fill(only),
    converged: true,
  };
}

/** Fraction of equal entries. */
export function accuracy(pred: ArrayLike<number>, truth: ArrayLike<number>): number {
  if (truth.length === 0) return 0;
  let ok = 0;
  for (let i = 0; i < truth.length; i++) if (pred[i] === truth[i]) ok++;
  return ok / truth.length;
}
