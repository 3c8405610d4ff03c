import type { CodesAndFactors } from './arrays.js';
import { DEFAULT_BINS, histogramDiscretize } from './histogram.js';
import { compact, compactBins, entropy, mutualInfoMatrix } from './mutual-info.js';

/** The MI matrix [codes × factors] of 20-bin-discretized codes and raw factors, and H(factor_i). */
export interface DiscreteInfo {
  mi: number[][];
  entropies: number[];
}

/** The library's `discrete_mutual_info(histogram(mus), ys)` and `discrete_entropy(ys)`. */
export function discreteInfo(data: CodesAndFactors, numBins = DEFAULT_BINS): DiscreteInfo {
  const codes = data.codes.map((c) => compactBins(histogramDiscretize(c, numBins), numBins));
  const factors = data.factors.map((f) => compact(f));
  return { mi: mutualInfoMatrix(codes, factors), entropies: factors.map(entropy) };
}

/** The two largest entries of a list (second = 0 when there is only one). */
export function topTwo(xs: readonly number[]): { first: number; second: number; argmax: number } {
  let first = -Infinity;
  let second = -Infinity;
  let argmax = -1;
  xs.forEach((x, i) => {
    if (x > first) {
      second = first;
      first = x;
      argmax = i;
    } else if (x > second) second = x;
  });
  return { first: argmax < 0 ? 0 : first, second: second === -Infinity ? 0 : second, argmax };
}
