import type { Rng } from '../../core/rng.js';
import type { GroundTruthData, Representation } from '../data/ground-truth.js';
import { encodeLabels, type CodesAndFactors } from './arrays.js';

/**
 * How metrics get their samples. `generateBatchFactorCode` is the library's
 * `generate_batch_factor_code`: chunks of `batchSize` points, each chunk drawing its factors
 * factor by factor and then its codes, so the draw order is chunk-major, then factor-major.
 * The intervention metrics (BetaVAE, FactorVAE) draw through an InterventionSampler: either
 * generative (from a ground-truth set and a representation, in the library's order) or
 * empirical (from given arrays: rows sharing a factor value stand in for an intervention).
 */

/** Sample `numPoints` (codes, factors) pairs in chunks of `batchSize`. */
export function generateBatchFactorCode(
  data: GroundTruthData,
  representation: Representation,
  numPoints: number,
  rng: Rng,
  batchSize: number,
): CodesAndFactors {
  const codeChunks: Float64Array[][] = [];
  const factorChunks: Int32Array[][] = [];
  for (let i = 0; i < numPoints; ) {
    const n = Math.min(numPoints - i, batchSize);
    const factors = data.sampleFactors(n, rng);
    codeChunks.push(representation(factors, rng));
    factorChunks.push(factors);
    i += n;
  }
  return { codes: concatChunks(codeChunks, numPoints), factors: concatChunks(factorChunks, numPoints) };
}

function concatChunks(chunks: ArrayLike<number>[][], total: number): Float64Array[] {
  const width = chunks[0]?.length ?? 0;
  const out = Array.from({ length: width }, () => new Float64Array(total));
  let at = 0;
  for (const chunk of chunks) {
    const n = chunk[0]?.length ?? 0;
    chunk.forEach((row, j) => (out[j] as Float64Array).set(row, at));
    at += n;
  }
  return out;
}

/** What BetaVAE and FactorVAE draw: codes of batches with one factor held fixed. */
export interface InterventionSampler {
  readonly numFactors: number;
  /** Codes of n independent draws, in one chunk. */
  sample(n: number, rng: Rng): Float64Array[];
  /** FactorVAE: n draws whose factor k all equal the first draw's. */
  fixedFactorBatch(k: number, n: number, rng: Rng): Float64Array[];
  /** BetaVAE: two batches of n whose i-th members share factor k. */
  pairedBatches(k: number, n: number, rng: Rng): [Float64Array[], Float64Array[]];
}

/** Draws from a ground-truth set through a representation, in the library's order. */
export function generativeSampler(data: GroundTruthData, representation: Representation): InterventionSampler {
  return {
    numFactors: data.factorSizes.length,
    sample: (n, rng) => representation(data.sampleFactors(n, rng), rng),
    fixedFactorBatch(k, n, rng) {
      const factors = data.sampleFactors(n, rng);
      const col = factors[k] as Int32Array;
      col.fill(col[0] ?? 0);
      return representation(factors, rng);
    },
    pairedBatches(k, n, rng) {
      const f1 = data.sampleFactors(n, rng);
      const f2 = data.sampleFactors(n, rng);
      (f2[k] as Int32Array).set(f1[k] as Int32Array);
      const z1 = representation(f1, rng);
      const z2 = representation(f2, rng);
      return [z1, z2];
    },
  };
}

/**
 * Draws rows (with replacement) of given codes and factors. An intervention "fix factor k"
 * draws rows among those sharing the first row's value of factor k.
 */
export function empiricalSampler(data: CodesAndFactors): InterventionSampler {
  const n = data.codes[0]?.length ?? data.factors[0]?.length ?? 0;
  if (n === 0) throw new RangeError('empiricalSampler: no samples');
  const encoded = data.factors.map((f) => encodeLabels(f).labels);
  const groups = encoded.map((labels) => {
    const byLabel: number[][] = [];
    labels.forEach((l, i) => (byLabel[l] ??= []).push(i));
    return byLabel.map((g) => Int32Array.from(g));
  });
  const gather = (rows: Int32Array): Float64Array[] =>
    data.codes.map((c) => {
      const out = new Float64Array(rows.length);
      for (let i = 0; i < rows.length; i++) out[i] = c[rows[i] as number] as number;
      return out;
    });
  const sameAs = (k: number, row: number, rng: Rng): number => {
    const g = (groups[k] as Int32Array[])[(encoded[k] as Int32Array)[row] as number] as Int32Array;
    return g[rng.int(0, g.length - 1)] as number;
  };
  return {
    numFactors: data.factors.length,
    sample(m, rng) {
      const rows = new Int32Array(m);
      for (let i = 0; i < m; i++) rows[i] = rng.int(0, n - 1);
      return gather(rows);
    },
    fixedFactorBatch(k, m, rng) {
      const rows = new Int32Array(m);
      rows[0] = rng.int(0, n - 1);
      for (let i = 1; i < m; i++) rows[i] = sameAs(k, rows[0], rng);
      return gather(rows);
    },
    pairedBatches(k, m, rng) {
      const a = new Int32Array(m);
      const b = new Int32Array(m);
      for (let i = 0; i < m; i++) {
        a[i] = rng.int(0, n - 1);
        b[i] = sameAs(k, a[i] as number, rng);
      }
      return [gather(a), gather(b)];
    },
  };
}
