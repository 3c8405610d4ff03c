import { inconclusive, violated, type Verdict } from '../../src/core/verdict.js';
import { censusIsClean, type SeparationCensus } from '../../src/empirical/equivariance/separation-census.js';
import { partitionFromKeys } from '../../src/theory/equivariance/partition.js';
import { receptiveField, windowMultisetKey } from '../../src/theory/equivariance/window-oracle.js';

/**
 * Compare a probe census with an oracle partition, soundly: probes are a subset of the
 * network family, so a census that separates an oracle-identified pair is a counterexample,
 * while one that merges an oracle-separated pair only shows too few probes (inconclusive).
 * Returns a verdict when the comparison decides against holding, else the margin.
 */
export function compareWithOracle(oracle: readonly number[], census: SeparationCensus): { verdict: Verdict | null; margin: number; overSeparated: number; merged: number } {
  let overSeparated = 0;
  let merged = 0;
  for (let i = 0; i < oracle.length; i++) {
    for (let j = i + 1; j < oracle.length; j++) {
      const sameOracle = oracle[i] === oracle[j];
      const sameCensus = census.labels[i] === census.labels[j];
      if (sameOracle && !sameCensus) overSeparated++;
      if (!sameOracle && sameCensus) merged++;
    }
  }
  const margin = Math.log10(Math.min(census.minSeparatedGap, 1e6) / Math.max(census.maxIdentifiedGap, 1e-12));
  if (!censusIsClean(census)) {
    return { verdict: inconclusive(`census not clean: ${census.ambiguousPairs} ambiguous pairs, ${census.conflicts} conflicts`), margin, overSeparated, merged };
  }
  if (overSeparated > 0) return { verdict: violated(-overSeparated, `probes separate ${overSeparated} pairs the oracle identifies`), margin, overSeparated, merged };
  if (merged > 0) return { verdict: inconclusive(`probes merge ${merged} oracle-separated pairs (too few probes proves nothing)`), margin, overSeparated, merged };
  return { verdict: null, margin, overSeparated, merged };
}

/** A pair with equal windows of length m(L − 1) but different windows of length m(L), or null. */
export function pairAcrossDepth(reps: readonly number[][], k: number, depth: number): [number[], number[]] | null {
  const coarse = partitionFromKeys(reps.map((x) => windowMultisetKey(x, receptiveField(k, depth - 1))));
  const fine = partitionFromKeys(reps.map((x) => windowMultisetKey(x, receptiveField(k, depth))));
  for (let i = 0; i < reps.length; i++) for (let j = i + 1; j < reps.length; j++) if (coarse[i] === coarse[j] && fine[i] !== fine[j]) return [reps[i]!, reps[j]!];
  return null;
}
