/**
 * The data layout every disentanglement metric works on, as disentanglement_lib holds it:
 * one Float64Array per code dimension and one per factor, each of length N (the library's
 * (num_codes, N) and (num_factors, N) matrices). Factor values are labels: metrics that
 * classify or count use their distinct values, SAP-continuous uses them as numbers.
 */
export interface CodesAndFactors {
  codes: Float64Array[];
  factors: Float64Array[];
}

/** Number of samples (columns) of a set of rows; 0 when there are none. */
export function numSamples(rows: readonly ArrayLike<number>[]): number {
  return rows[0]?.length ?? 0;
}

/** Throws a RangeError (a programming error, not user input) when the rows disagree in length. */
export function checkRows(what: string, rows: readonly ArrayLike<number>[], n: number): void {
  rows.forEach((r, i) => {
    if (r.length !== n) throw new RangeError(`${what}[${i}] has ${r.length} samples, expected ${n}`);
  });
}

/** A factor's values as labels 0..C-1 (classes sorted ascending, as sklearn's LabelEncoder). */
export interface Labels {
  labels: Int32Array;
  /** The distinct values, ascending: classes[labels[n]] is the n-th value. */
  classes: Float64Array;
}

/** Encode values as labels 0..C-1 by sorted distinct value. */
export function encodeLabels(values: ArrayLike<number>): Labels {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const labels = new Int32Array(n);
  const classes: number[] = [];
  let prev = NaN;
  for (const i of order) {
    const v = values[i] as number;
    if (classes.length === 0 || v !== prev) {
      classes.push(v);
      prev = v;
    }
    labels[i] = classes.length - 1;
  }
  return { labels, classes: Float64Array.from(classes) };
}

/** The rows restricted to the given sample indices (a copy). */
export function takeColumns(rows: readonly Float64Array[], idx: ArrayLike<number>): Float64Array[] {
  return rows.map((r) => {
    const out = new Float64Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = r[idx[i] as number] as number;
    return out;
  });
}

/** Mean and population variance (ddof 0) of an array. */
export function meanVar(x: ArrayLike<number>, ddof = 0): { mean: number; variance: number } {
  const n = x.length;
  if (n === 0) return { mean: 0, variance: 0 };
  let s = 0;
  for (let i = 0; i < n; i++) s += x[i] as number;
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (x[i] as number) - mean;
    ss += d * d;
  }
  return { mean, variance: n - ddof > 0 ? ss / (n - ddof) : 0 };
}

/** Transpose row-major samples (N rows of D numbers) to the library layout (D arrays of N). */
export function fromSampleRows(rows: readonly (readonly number[])[], width: number): Float64Array[] {
  const out = Array.from({ length: width }, () => new Float64Array(rows.length));
  rows.forEach((r, n) => r.forEach((v, j) => ((out[j] as Float64Array)[n] = v)));
  return out;
}
