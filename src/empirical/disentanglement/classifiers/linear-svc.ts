import { encodeLabels } from '../arrays.js';

/**
 * sklearn's LinearSVC(C, class_weight="balanced") on one feature, as SAP uses it:
 * liblinear's L2-regularised squared-hinge primal with the intercept as a regularised
 * feature of value 1 (intercept_scaling = 1):
 *   min_{w,b} ½(w² + b²) + Σ_i C_i max(0, 1 − s_i (w x_i + b))².
 * Balanced weights are n / (classes · count_c). Two classes: one model, C_i = C · weight of
 * i's class. More classes: one-vs-rest as liblinear does it, positives with C · weight_c and
 * negatives with plain C. Solved to optimality by a generalised Newton method (liblinear's
 * dual coordinate descent stops at 1e-4 near the same optimum), so it is deterministic.
 */
export interface SvcModel {
  classes: Float64Array;
  /** (w, b) per one-vs-rest problem (one pair for two classes). */
  weights: [number, number][];
  predict(x: ArrayLike<number>): Float64Array;
}

/** Solve the weighted squared-hinge problem for labels s_i = ±1 and per-sample costs. */
export function squaredHinge1d(x: ArrayLike<number>, s: Int8Array, cost: Float64Array): [number, number] {
  const n = x.length;
  let w = 0;
  let b = 0;
  const f = (w0: number, b0: number): number => {
    let v = 0.5 * (w0 * w0 + b0 * b0);
    for (let i = 0; i < n; i++) {
      const xi = 1 - (s[i] as number) * (w0 * (x[i] as number) + b0);
      if (xi > 0) v += (cost[i] as number) * xi * xi;
    }
    return v;
  };
  let fv = f(w, b);
  for (let iter = 0; iter < 100; iter++) {
    let gw = w;
    let gb = b;
    let hww = 1;
    let hwb = 0;
    let hbb = 1;
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      const si = s[i] as number;
      const slack = 1 - si * (w * xi + b);
      if (slack > 0) {
        const c = cost[i] as number;
        gw -= 2 * c * slack * si * xi;
        gb -= 2 * c * slack * si;
        hww += 2 * c * xi * xi;
        hwb += 2 * c * xi;
        hbb += 2 * c;
      }
    }
    const det = hww * hbb - hwb * hwb;
    if (!(det > 0)) break;
    const dw = -(hbb * gw - hwb * gb) / det;
    const db = -(-hwb * gw + hww * gb) / det;
    const slope = gw * dw + gb * db;
    if (!(slope < -1e-18 * Math.max(1, fv))) break;
    let step = 1;
    let fNew = f(w + dw, b + db);
    while (fNew > fv + 1e-4 * step * slope && step > 1e-10) {
      step *= 0.5;
      fNew = f(w + step * dw, b + step * db);
    }
    if (!(fNew <= fv)) break;
    w += step * dw;
    b += step * db;
    const decrease = fv - fNew;
    fv = fNew;
    if (decrease <= 1e-14 * Math.max(1, fv)) break;
  }
  return [w, b];
}

/** Fit LinearSVC(C, class_weight="balanced") on one feature. */
export function fitLinearSvc1d(x: ArrayLike<number>, y: ArrayLike<number>, C = 0.01): SvcModel {
  const { labels, classes } = encodeLabels(y);
  const K = classes.length;
  const n = labels.length;
  const counts = new Float64Array(K);
  for (const l of labels) counts[l]! += 1;
  const weight = Array.from(counts, (c) => (c > 0 ? n / (K * c) : 0));
  const weights: [number, number][] = [];
  const s = new Int8Array(n);
  const cost = new Float64Array(n);
  if (K === 2) {
    for (let i = 0; i < n; i++) {
      s[i] = labels[i] === 1 ? 1 : -1;
      cost[i] = C * (weight[labels[i] as number] as number);
    }
    weights.push(squaredHinge1d(x, s, cost));
  } else if (K > 2) {
    for (let c = 0; c < K; c++) {
      for (let i = 0; i < n; i++) {
        const pos = labels[i] === c;
        s[i] = pos ? 1 : -1;
        cost[i] = pos ? C * (weight[c] as number) : C;
      }
      weights.push(squaredHinge1d(x, s, cost));
    }
  }
  const predict = (xs: ArrayLike<number>): Float64Array => {
    const out = new Float64Array(xs.length);
    for (let i = 0; i < xs.length; i++) {
      const v = xs[i] as number;
      if (K <= 1) out[i] = classes[0] ?? 0;
      else if (K === 2) {
        const [w, b] = weights[0] as [number, number];
        out[i] = classes[w * v + b > 0 ? 1 : 0] as number;
      } else {
        let best = 0;
        let bestScore = -Infinity;
        weights.forEach(([w, b], c) => {
          const sc = w * v + b;
          if (sc > bestScore) {
            bestScore = sc;
            best = c;
          }
        });
        out[i] = classes[best] as number;
      }
    }
    return out;
  };
  return { classes, weights, predict };
}
