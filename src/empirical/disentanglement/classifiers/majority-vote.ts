/**
 * FactorVAE's classifier: a vote matrix V[k][d] (how often factor k produced code d as the
 * least-varying one) is classified by c(d) = argmax_k V[k][d] (ties: the lowest k).
 * Accuracy on a vote matrix is Σ_d V[c(d)][d] / Σ V.
 */
export interface MajorityVote {
  /** The factor assigned to each code. */
  classOf: Int32Array;
}

/** Fit the per-code majority classifier. */
export function fitMajorityVote(votes: readonly Float64Array[]): MajorityVote {
  const codes = votes[0]?.length ?? 0;
  const classOf = new Int32Array(codes);
  for (let d = 0; d < codes; d++) {
    let best = 0;
    votes.forEach((row, k) => {
      if ((row[d] as number) > ((votes[best] as Float64Array)[d] as number)) best = k;
    });
    classOf[d] = best;
  }
  return { classOf };
}

/** Accuracy of the classifier on a vote matrix (0 when there are no votes). */
export function voteAccuracy(model: MajorityVote, votes: readonly Float64Array[]): number {
  let total = 0;
  let right = 0;
  votes.forEach((row, k) =>
    row.forEach((v, d) => {
      total += v;
      if (model.classOf[d] === k) right += v;
    }),
  );
  return total > 0 ? right / total : 0;
}
