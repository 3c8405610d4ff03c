/**
 * A depth-limited least-squares regression tree as sklearn's DecisionTreeRegressor(
 * criterion="friedman_mse", max_depth=3) grows it inside gradient boosting: exact best
 * splits over every feature (float32 features, as sklearn's trees read them), split quality
 * by Friedman's proxy (n_r·S_l − n_l·S_r)² / (n_l·n_r), candidate thresholds midway between
 * consecutive values that differ by more than 1e-7, nodes with impurity <= eps or fewer than
 * 2 samples left as leaves. sklearn visits features in a random order and keeps the first
 * best, so among features tied for the best split one is chosen uniformly at random (here by
 * reservoir sampling from the seeded `random`; without it the lowest index wins). This is
 * what splits importance between duplicated codes. Grown level by level with one pass per
 * feature and level over presorted indices, which gives the same tree as sklearn's
 * depth-first builder. Features with few distinct values are scanned through per-node
 * histograms instead (same candidates, same order). Hot loops take typed arrays as arguments.
 */
import { scanFeature, scanHistogram, type TreeWorkspace } from './tree-splits.js';

export type { TreeWorkspace } from './tree-splits.js';
export { presort, treeWorkspace } from './tree-splits.js';

const EPSILON = 2.220446049250313e-16;

export interface RegressionTree {
  /** Split feature per node (-1 for a leaf). */
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  /** Leaf values (set by the caller, e.g. gradient boosting's Newton step). */
  value: Float64Array;
  /** Unnormalised impurity decrease per feature, divided by the number of samples. */
  importances: Float64Array;
  nodeCount: number;
}

/**
 * Fit a tree to targets y; `leafOf` receives each training sample's leaf. Leaf `value`s are
 * the node means (the caller may overwrite them).
 */
export function fitRegressionTree(
  x: readonly Float32Array[],
  work: TreeWorkspace,
  y: Float64Array,
  maxDepth: number,
  leafOf: Int32Array,
  random?: () => number,
): RegressionTree {
  const N = y.length;
  const D = x.length;
  const maxNodes = 2 ** (maxDepth + 1) - 1;
  const feature = new Int32Array(maxNodes).fill(-1);
  const threshold = new Float64Array(maxNodes);
  const left = new Int32Array(maxNodes).fill(-1);
  const right = new Int32Array(maxNodes).fill(-1);
  const cnt = new Float64Array(maxNodes);
  const sum = new Float64Array(maxNodes);
  const sq = new Float64Array(maxNodes);
  const importances = new Float64Array(D);
  let nodeCount = 1;
  leafOf.fill(0);
  cnt[0] = N;
  for (let i = 0; i < N; i++) {
    const v = y[i] as number;
    sum[0] = (sum[0] as number) + v;
    sq[0] = (sq[0] as number) + v * v;
  }
  const slot = work.slot;
  let level = [0];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    const active: number[] = [];
    for (const k of level) if ((cnt[k] as number) >= 2 && impurityOf(cnt, sum, sq, k) > EPSILON) active.push(k);
    if (active.length === 0) break;
    slot.fill(-1);
    const A = active.length;
    const s = work.scratch;
    s.bestProxy.fill(-Infinity);
    s.bestFeature.fill(-1);
    s.tieFeature.fill(-1);
    s.ties.fill(0);
    for (let a = 0; a < A; a++) {
      const k = active[a] as number;
      slot[k] = a;
      s.nodeCnt[a] = cnt[k] as number;
      s.nodeSum[a] = sum[k] as number;
    }
    for (let f = 0; f < D; f++) {
      const bins = work.bins[f];
      if (bins) {
        scanHistogram(f, bins, y, leafOf, slot, A, s, work.cntH, work.sumH, random);
      } else {
        s.cntL.fill(0);
        s.sumL.fill(0);
        scanFeature(f, x[f] as Float32Array, work.order[f] as Int32Array, y, leafOf, slot, s, random);
      }
    }
    const childBase = new Array<number>(A).fill(-1);
    const next: number[] = [];
    for (let a = 0; a < A; a++) {
      if ((s.bestFeature[a] as number) < 0) continue;
      const k = active[a] as number;
      feature[k] = s.bestFeature[a] as number;
      threshold[k] = s.bestThreshold[a] as number;
      left[k] = nodeCount;
      right[k] = nodeCount + 1;
      childBase[a] = nodeCount;
      next.push(nodeCount, nodeCount + 1);
      nodeCount += 2;
    }
    for (let i = 0; i < N; i++) {
      const a = slot[leafOf[i] as number] as number;
      if (a < 0 || (childBase[a] as number) < 0) continue;
      const f = s.bestFeature[a] as number;
      const c = (childBase[a] as number) + (((x[f] as Float32Array)[i] as number) > (s.bestThreshold[a] as number) ? 1 : 0);
      const v = y[i] as number;
      leafOf[i] = c;
      cnt[c] = (cnt[c] as number) + 1;
      sum[c] = (sum[c] as number) + v;
      sq[c] = (sq[c] as number) + v * v;
    }
    for (const k of active) {
      const f = feature[k] as number;
      if (f < 0) continue;
      const l = left[k] as number;
      const r = right[k] as number;
      importances[f] = (importances[f] as number) + (cnt[k] as number) * impurityOf(cnt, sum, sq, k) - (cnt[l] as number) * impurityOf(cnt, sum, sq, l) - (cnt[r] as number) * impurityOf(cnt, sum, sq, r);
    }
    level = next;
  }
  for (let f = 0; f < D; f++) importances[f] = (importances[f] as number) / N;
  const value = new Float64Array(nodeCount);
  for (let k = 0; k < nodeCount; k++) value[k] = (sum[k] as number) / Math.max(1, cnt[k] as number);
  return {
    feature: feature.subarray(0, nodeCount),
    threshold: threshold.subarray(0, nodeCount),
    left: left.subarray(0, nodeCount),
    right: right.subarray(0, nodeCount),
    value,
    importances,
    nodeCount,
  };
}

/** MSE impurity of node k from its count, sum and sum of squares. */
function impurityOf(cnt: Float64Array, sum: Float64Array, sq: Float64Array, k: number): number {
  const n = cnt[k] as number;
  const m = (sum[k] as number) / n;
  return (sq[k] as number) / n - m * m;
}

/** The leaf a feature vector (column-wise data, sample i) falls into. */
export function leafIndex(tree: RegressionTree, x: readonly ArrayLike<number>[], i: number): number {
  let k = 0;
  while ((tree.feature[k] as number) >= 0) {
    const v = Math.fround((x[tree.feature[k] as number] as ArrayLike<number>)[i] as number);
    k = v <= (tree.threshold[k] as number) ? (tree.left[k] as number) : (tree.right[k] as number);
  }
  return k;
}
