/**
 * disentanglement_lib's `_histogram_discretize`, exactly: per code, numpy's equal-width
 * edges `np.histogram(row, bins)[1]` (min + i·(max − min)/bins, last edge = max; a constant
 * row uses [v − 0.5, v + 0.5]) and `np.digitize(row, edges[:-1])`, i.e. the number of the
 * first `bins` edges that are <= x. Labels run 1..bins and the maximum lands in bin `bins`.
 */
export const DEFAULT_BINS = 20;

/** Discretize one code into labels 1..bins. */
export function histogramDiscretize(row: ArrayLike<number>, bins = DEFAULT_BINS): Int32Array {
  const n = row.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = row[i] as number;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = binEdges(lo, hi, bins);
  for (let i = 0; i < n; i++) out[i] = countEdgesAtMost(edges, row[i] as number);
  return out;
}

/** numpy.linspace(lo, hi, bins + 1): i·step + lo with the last edge set to hi. */
export function binEdges(lo: number, hi: number, bins: number): Float64Array {
  const edges = new Float64Array(bins + 1);
  const step = (hi - lo) / bins;
  for (let i = 0; i <= bins; i++) edges[i] = i * step + lo;
  edges[bins] = hi;
  return edges;
}

/** np.digitize(x, edges[:-1]) for increasing edges: #{i < bins : edges[i] <= x}. */
function countEdgesAtMost(edges: Float64Array, x: number): number {
  let a = 0;
  let b = edges.length - 1; // search among the first `bins` edges
  while (a < b) {
    const m = (a + b) >>> 1;
    if ((edges[m] as number) <= x) a = m + 1;
    else b = m;
  }
  return a;
}

/** Discretize every code (the library's `make_discretizer` with the histogram discretizer). */
export function discretizeCodes(codes: readonly ArrayLike<number>[], bins = DEFAULT_BINS): Int32Array[] {
  return codes.map((c) => histogramDiscretize(c, bins));
}
