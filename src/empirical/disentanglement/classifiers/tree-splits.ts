/**
 * The split search of the regression tree (regression-tree.ts): presorted orders, per-feature
 * value bins, and the two scans that find every active node's best split for one feature —
 * walking the presorted order, or (few distinct values) accumulating per-node histograms.
 * Both visit the same candidates in the same order; ties between features are broken by
 * reservoir sampling from `random` (sklearn's random feature order), else the lowest index wins.
 */
const FEATURE_THRESHOLD = 1e-7;

/** Presorted sample indices per feature (ascending value, ties by index). */
export function presort(x: readonly Float32Array[]): Int32Array[] {
  return x.map((col) => {
    const idx = Int32Array.from({ length: col.length }, (_, i) => i);
    return idx.sort((a, b) => (col[a] as number) - (col[b] as number) || a - b);
  });
}

/** Scratch arrays of one level's split search, indexed by active slot. */
export interface LevelScratch {
  bestProxy: Float64Array;
  bestFeature: Int32Array;
  bestThreshold: Float64Array;
  cntL: Float64Array;
  sumL: Float64Array;
  prev: Float64Array;
  ties: Int32Array;
  tieFeature: Int32Array;
  nodeCnt: Float64Array;
  nodeSum: Float64Array;
}

/**
 * Offer slot a the split of feature f between the values `prev` and `v` with improvement
 * proxy `proxy`: it wins if strictly better, and on an exact tie with another feature by
 * reservoir sampling from `random` (else the earlier feature keeps it).
 */
function considerSplit(s: LevelScratch, a: number, f: number, proxy: number, prev: number, v: number, random: (() => number) | undefined): void {
  const { bestProxy, bestFeature, bestThreshold, ties, tieFeature } = s;
  let take = proxy > (bestProxy[a] as number);
  if (take) {
    ties[a] = 1;
    tieFeature[a] = f;
  } else if (random !== undefined && proxy === bestProxy[a] && tieFeature[a] !== f) {
    tieFeature[a] = f;
    ties[a] = (ties[a] as number) + 1;
    take = random() * (ties[a] as number) < 1;
  }
  if (take) {
    bestProxy[a] = proxy;
    bestFeature[a] = f;
    let t = prev / 2 + v / 2;
    if (t === v || !Number.isFinite(t)) t = prev;
    bestThreshold[a] = t;
  }
}

/** One pass over feature f in sorted order, updating every active node's best split. */
export function scanFeature(f: number, col: Float32Array, ord: Int32Array, y: Float64Array, leafOf: Int32Array, slot: Int32Array, s: LevelScratch, random: (() => number) | undefined): void {
  const { cntL, sumL, prev, nodeCnt, nodeSum } = s;
  const N = ord.length;
  for (let p = 0; p < N; p++) {
    const i = ord[p] as number;
    const a = slot[leafOf[i] as number] as number;
    if (a < 0) continue;
    const v = col[i] as number;
    const nl = cntL[a] as number;
    if (nl > 0 && v > (prev[a] as number) + FEATURE_THRESHOLD) {
      const nr = (nodeCnt[a] as number) - nl;
      const sl = sumL[a] as number;
      const diff = nr * sl - nl * ((nodeSum[a] as number) - sl);
      considerSplit(s, a, f, (diff * diff) / (nl * nr), prev[a] as number, v, random);
    }
    cntL[a] = nl + 1;
    sumL[a] = (sumL[a] as number) + (y[i] as number);
    prev[a] = v;
  }
}

/**
 * Per-feature value ranks for the histogram scan: the distinct float32 values ascending and each
 * sample's index among them. Used for features with few distinct values (codes of discrete
 * factors), where accumulating per-node histograms beats walking the sorted order.
 */
export interface FeatureBins {
  values: Float64Array;
  rank: Int32Array;
}

/** Distinct values and ranks of a float32 column, from its presorted order. */
export function featureBins(col: Float32Array, ord: Int32Array): FeatureBins {
  const rank = new Int32Array(col.length);
  const values: number[] = [];
  for (let p = 0; p < ord.length; p++) {
    const i = ord[p] as number;
    const v = col[i] as number;
    if (values.length === 0 || v !== values[values.length - 1]) values.push(v);
    rank[i] = values.length - 1;
  }
  return { values: Float64Array.from(values), rank };
}

/** The same update as scanFeature from per-node histograms over the feature's distinct values. */
export function scanHistogram(f: number, bins: FeatureBins, y: Float64Array, leafOf: Int32Array, slot: Int32Array, A: number, s: LevelScratch, cntH: Float64Array, sumH: Float64Array, random: (() => number) | undefined): void {
  const { nodeCnt, nodeSum } = s;
  const U = bins.values.length;
  const rank = bins.rank;
  cntH.fill(0, 0, A * U);
  sumH.fill(0, 0, A * U);
  const N = y.length;
  for (let i = 0; i < N; i++) {
    const a = slot[leafOf[i] as number] as number;
    if (a < 0) continue;
    const b = a * U + (rank[i] as number);
    cntH[b] = (cntH[b] as number) + 1;
    sumH[b] = (sumH[b] as number) + (y[i] as number);
  }
  for (let a = 0; a < A; a++) {
    let nl = 0;
    let sl = 0;
    let prev = 0;
    const total = nodeCnt[a] as number;
    const totalSum = nodeSum[a] as number;
    for (let r = 0; r < U; r++) {
      const c = cntH[a * U + r] as number;
      if (c === 0) continue;
      const v = bins.values[r] as number;
      if (nl > 0 && v > prev + FEATURE_THRESHOLD) {
        const nr = total - nl;
        const diff = nr * sl - nl * (totalSum - sl);
        considerSplit(s, a, f, (diff * diff) / (nl * nr), prev, v, random);
      }
      nl += c;
      sl += sumH[a * U + r] as number;
      prev = v;
    }
  }
}

/** Workspace shared by every tree of one boosting fit (presorted orders, value bins, buffers). */
export interface TreeWorkspace {
  order: Int32Array[];
  /** Bins per feature, or null where the feature has too many distinct values. */
  bins: (FeatureBins | null)[];
  cntH: Float64Array;
  sumH: Float64Array;
  /** Per-level scratch, sized for the widest level (reset before each use). */
  scratch: LevelScratch;
  slot: Int32Array;
}

/** Build the workspace: histogram scans for features with at most N/8 distinct values. */
export function treeWorkspace(x: readonly Float32Array[], maxDepth: number): TreeWorkspace {
  const order = presort(x);
  const N = x[0]?.length ?? 0;
  const bins = x.map((col, f) => {
    const b = featureBins(col, order[f] as Int32Array);
    return b.values.length <= Math.max(16, N / 8) ? b : null;
  });
  const maxU = Math.max(1, ...bins.map((b) => b?.values.length ?? 0));
  const maxA = 2 ** Math.max(0, maxDepth - 1);
  const scratch: LevelScratch = {
    bestProxy: new Float64Array(maxA),
    bestFeature: new Int32Array(maxA),
    bestThreshold: new Float64Array(maxA),
    cntL: new Float64Array(maxA),
    sumL: new Float64Array(maxA),
    prev: new Float64Array(maxA),
    ties: new Int32Array(maxA),
    tieFeature: new Int32Array(maxA),
    nodeCnt: new Float64Array(maxA),
    nodeSum: new Float64Array(maxA),
  };
  return { order, bins, cntH: new Float64Array(maxA * maxU), sumH: new Float64Array(maxA * maxU), scratch, slot: new Int32Array(2 ** (maxDepth + 1)) };
}
