import { Rng } from '../../../core/rng.js';
import { encodeLabels } from '../arrays.js';
import { fitRegressionTree, treeWorkspace, type RegressionTree } from './regression-tree.js';

/**
 * sklearn's GradientBoostingClassifier() with default settings (log-loss, 100 stages,
 * learning rate 0.1, max_depth 3, subsample 1, friedman_mse), as DCI uses it.
 * Two classes: one tree per stage on y − expit(raw), init log-odds of the prior. K classes:
 * K trees per stage on y_k − softmax(raw)_k (raw frozen at the stage's start), init
 * log prior. Leaves take one Newton step: Σr / Σ(y − r)(1 − y + r), times (K−1)/K for K
 * classes, 0 when the denominator is below 1e-150. Priors are clipped to float32 eps.
 * feature_importances_ (sklearn 1.2): the mean of the unnormalised tree importances over
 * trees with more than one node, normalised to sum 1 (all zero when no tree split).
 */
export interface GbtOptions {
  nEstimators: number;
  learningRate: number;
  maxDepth: number;
  /** Seed of the tie-breaking between equally good features (sklearn's random_state). */
  seed: number;
}

export const GBT_DEFAULTS: Readonly<GbtOptions> = Object.freeze({ nEstimators: 100, learningRate: 0.1, maxDepth: 3, seed: 0 });

const EPS32 = 1.1920928955078125e-7;

export interface GbtModel {
  classes: Float64Array;
  featureImportances: Float64Array;
  /** Predicted class values for column-wise data. */
  predict(x: readonly Float64Array[]): Float64Array;
}

/** Fit gradient-boosted trees of y on the columns x. */
export function fitGradientBoosting(x: readonly Float64Array[], y: ArrayLike<number>, options: Partial<GbtOptions> = {}): GbtModel {
  const o = { ...GBT_DEFAULTS, ...options };
  const { labels, classes } = encodeLabels(y);
  const K = classes.length;
  const D = x.length;
  const N = labels.length;
  if (K <= 1) {
    return { classes, featureImportances: new Float64Array(D), predict: (c) => new Float64Array(c[0]?.length ?? 0).fill(classes[0] ?? 0) };
  }
  const x32 = x.map((c) => Float32Array.from(c));
  const work = treeWorkspace(x32, o.maxDepth);
  const T = K === 2 ? 1 : K;
  const counts = new Float64Array(K);
  for (const l of labels) counts[l]! += 1;
  const init = new Float64Array(T);
  if (T === 1) {
    const p = clip((counts[1] as number) / N);
    init[0] = Math.log(p / (1 - p));
  } else {
    for (let k = 0; k < K; k++) init[k] = Math.log(clip((counts[k] as number) / N));
  }
  const raw = new Float64Array(N * T);
  for (let i = 0; i < N; i++) for (let t = 0; t < T; t++) raw[i * T + t] = init[t] as number;
  const trees: RegressionTree[][] = [];
  const importanceSum = new Float64Array(D);
  let relevant = 0;
  const residual = new Float64Array(N);
  const target = new Float64Array(N);
  const leafOf = new Int32Array(N);
  const prob = new Float64Array(N * T);
  const rng = new Rng(o.seed);
  const random = () => rng.next();
  for (let stage = 0; stage < o.nEstimators; stage++) {
    probabilities(raw, T, prob);
    const stageTrees: RegressionTree[] = [];
    for (let t = 0; t < T; t++) {
      const cls = T === 1 ? 1 : t;
      for (let i = 0; i < N; i++) {
        const yi = labels[i] === cls ? 1 : 0;
        target[i] = yi;
        residual[i] = yi - (prob[i * T + t] as number);
      }
      const tree = fitRegressionTree(x32, work, residual, o.maxDepth, leafOf, random);
      const num = new Float64Array(tree.nodeCount);
      const den = new Float64Array(tree.nodeCount);
      for (let i = 0; i < N; i++) {
        const leaf = leafOf[i] as number;
        const r = residual[i] as number;
        const yi = target[i] as number;
        num[leaf]! += r;
        den[leaf]! += (yi - r) * (1 - yi + r);
      }
      const scale = T === 1 ? 1 : (K - 1) / K;
      for (let k = 0; k < tree.nodeCount; k++) {
        if ((tree.feature[k] as number) >= 0) continue;
        tree.value[k] = Math.abs(den[k] as number) < 1e-150 ? 0 : ((num[k] as number) * scale) / (den[k] as number);
      }
      for (let i = 0; i < N; i++) raw[i * T + t] = (raw[i * T + t] as number) + o.learningRate * (tree.value[leafOf[i] as number] as number);
      if (tree.nodeCount > 1) {
        relevant++;
        for (let f = 0; f < D; f++) importanceSum[f] = (importanceSum[f] as number) + (tree.importances[f] as number);
      }
      stageTrees.push(tree);
    }
    trees.push(stageTrees);
  }
  const featureImportances = new Float64Array(D);
  const total = importanceSum.reduce((a, b) => a + b, 0);
  if (relevant > 0 && total > 0) for (let f = 0; f < D; f++) featureImportances[f] = (importanceSum[f] as number) / relevant / (total / relevant);
  const predict = (cols: readonly Float64Array[]): Float64Array => {
    const n = cols[0]?.length ?? 0;
    const x32 = cols.map((c) => Float32Array.from(c));
    const raw = new Float64Array(n * T);
    for (let i = 0; i < n; i++) for (let t = 0; t < T; t++) raw[i * T + t] = init[t] as number;
    for (const stage of trees) {
      for (let t = 0; t < stage.length; t++) addTree(stage[t] as RegressionTree, x32, o.learningRate, raw, T, t);
    }
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (T === 1) out[i] = classes[1 / (1 + Math.exp(-(raw[i] as number))) > 0.5 ? 1 : 0] as number;
      else {
        let best = 0;
        for (let t = 1; t < T; t++) if ((raw[i * T + t] as number) > (raw[i * T + best] as number)) best = t;
        out[i] = classes[best] as number;
      }
    }
    return out;
  };
  return { classes, featureImportances, predict };
}

function clip(p: number): number {
  return Math.min(1 - EPS32, Math.max(EPS32, p));
}

/** Class probabilities from raw scores (row-major n × T): expit for one score, softmax otherwise. */
function probabilities(raw: Float64Array, T: number, out: Float64Array): void {
  const n = raw.length / T;
  for (let i = 0; i < n; i++) {
    if (T === 1) {
      out[i] = 1 / (1 + Math.exp(-(raw[i] as number)));
      continue;
    }
    let mx = -Infinity;
    for (let s = 0; s < T; s++) mx = Math.max(mx, raw[i * T + s] as number);
    let sum = 0;
    for (let s = 0; s < T; s++) sum += Math.exp((raw[i * T + s] as number) - mx);
    for (let s = 0; s < T; s++) out[i * T + s] = Math.exp((raw[i * T + s] as number) - mx) / sum;
  }
}

/** raw[i·T + t] += rate · (leaf value of sample i) for one tree, over float32 columns. */
function addTree(tree: RegressionTree, x: readonly Float32Array[], rate: number, raw: Float64Array, T: number, t: number): void {
  const { feature, threshold, left, right, value } = tree;
  const n = x[0]?.length ?? 0;
  for (let i = 0; i < n; i++) {
    let k = 0;
    while ((feature[k] as number) >= 0) {
      k = ((x[feature[k] as number] as Float32Array)[i] as number) <= (threshold[k] as number) ? (left[k] as number) : (right[k] as number);
    }
    raw[i * T + t] = (raw[i * T + t] as number) + rate * (value[k] as number);
  }
}
