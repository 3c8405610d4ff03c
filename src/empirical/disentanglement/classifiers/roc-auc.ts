/**
 * ROC AUC as sklearn's roc_auc_score computes it for a binary column: the area under the
 * trapezoidal ROC curve, which equals the Mann–Whitney statistic with ties counted as ½
 * (mid-ranks). Macro-averaged over the classes of a one-hot (MultiLabelBinarizer) target.
 */

/** AUC of scores for positives vs negatives; null when either group is empty. */
export function binaryAuc(scores: ArrayLike<number>, positive: ArrayLike<boolean>): number | null {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1] as number] === scores[order[i] as number]) j++;
    const midRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (positive[order[k] as number]) {
        pos++;
        rankSum += midRank;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (pos === 0 || neg === 0) return null;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/**
 * Macro AUC of class probabilities (row-major n × classes.length) against true class values,
 * over the classes that have both positives and negatives in `truth` (sklearn raises where a
 * class is missing; we leave it out). null when no class qualifies.
 */
export function macroAuc(proba: Float64Array, classes: Float64Array, truth: ArrayLike<number>): number | null {
  const K = classes.length;
  const n = truth.length;
  let sum = 0;
  let count = 0;
  for (let c = 0; c < K; c++) {
    const scores = new Float64Array(n);
    const positive: boolean[] = new Array(n);
    for (let i = 0; i < n; i++) {
      scores[i] = proba[i * K + c] as number;
      positive[i] = truth[i] === classes[c];
    }
    const auc = binaryAuc(scores, positive);
    if (auc !== null) {
      sum += auc;
      count++;
    }
  }
  return count > 0 ? sum / count : null;
}
