import { UnionFind } from './union-find.js';

/**
 * Which inputs do random probe networks tell apart? For every pair of items the gap is
 * max over probes of |f_p(x_i) − f_p(x_j)|. A pair is identified when gap ≤ `identified`,
 * separated when gap ≥ `separated`, ambiguous in between; the two thresholds must lie at
 * least two decades apart (research/equivariance.md §0). Classes are the connected
 * components of the identified pairs (union-find); a component holding a separated pair
 * is a conflict. Both ambiguous pairs and conflicts make the census unreliable.
 */
export interface CensusThresholds {
  identified: number;
  separated: number;
}

export const DEFAULT_THRESHOLDS: CensusThresholds = Object.freeze({ identified: 1e-4, separated: 1e-2 });

export interface SeparationCensus {
  labels: number[];
  classes: number;
  identifiedPairs: number;
  separatedPairs: number;
  ambiguousPairs: number;
  /** Pairs in one class whose gap is ≥ separated (transitivity broken). */
  conflicts: number;
  /** Largest gap among identified pairs (0 when none). */
  maxIdentifiedGap: number;
  /** Smallest gap among separated pairs (Infinity when none). */
  minSeparatedGap: number;
  /** Up to 5 ambiguous pairs (item indices and gap), to show in a report. */
  ambiguousExamples: Array<[number, number, number]>;
}

/** Census from a row-major feature matrix: `features[i * probes + p]` = f_p(x_i). */
export function separationCensus(features: ArrayLike<number>, items: number, probes: number, thr: CensusThresholds = DEFAULT_THRESHOLDS): SeparationCensus {
  if (!(thr.separated >= 100 * thr.identified)) {
    throw new RangeError(`separationCensus: thresholds must be two decades apart (identified ${thr.identified}, separated ${thr.separated})`);
  }
  if (features.length !== items * probes) throw new RangeError(`separationCensus: ${features.length} values for ${items} items × ${probes} probes`);
  const uf = new UnionFind(items);
  const gaps = new Float64Array((items * (items - 1)) / 2);
  let identifiedPairs = 0;
  let separatedPairs = 0;
  let ambiguousPairs = 0;
  let maxIdentifiedGap = 0;
  let minSeparatedGap = Infinity;
  const ambiguousExamples: Array<[number, number, number]> = [];
  let q = 0;
  for (let i = 0; i < items; i++) {
    for (let j = i + 1; j < items; j++, q++) {
      let gap = 0;
      for (let p = 0; p < probes; p++) {
        const d = Math.abs(features[i * probes + p]! - features[j * probes + p]!);
        if (d > gap || Number.isNaN(d)) gap = Number.isNaN(d) ? Infinity : d;
      }
      gaps[q] = gap;
      if (gap <= thr.identified) {
        identifiedPairs++;
        maxIdentifiedGap = Math.max(maxIdentifiedGap, gap);
        uf.union(i, j);
      } else if (gap >= thr.separated) {
        separatedPairs++;
        minSeparatedGap = Math.min(minSeparatedGap, gap);
      } else {
        ambiguousPairs++;
        if (ambiguousExamples.length < 5) ambiguousExamples.push([i, j, gap]);
      }
    }
  }
  const labels = uf.labels();
  let conflicts = 0;
  q = 0;
  for (let i = 0; i < items; i++) for (let j = i + 1; j < items; j++, q++) if (labels[i] === labels[j] && gaps[q]! >= thr.separated) conflicts++;
  return {
    labels,
    classes: new Set(labels).size,
    identifiedPairs,
    separatedPairs,
    ambiguousPairs,
    conflicts,
    maxIdentifiedGap,
    minSeparatedGap,
    ambiguousExamples,
  };
}

/** Whether the census is trustworthy: no ambiguous pair and no conflict. */
export function censusIsClean(c: SeparationCensus): boolean {
  return c.ambiguousPairs === 0 && c.conflicts === 0;
}
