import * as tf from '@tensorflow/tfjs';

/**
 * LieGG polarization for vector inputs (Moskalev et al. 2022; research/invariance.md §1,
 * §2.1). For a model F and inputs x = (x_1, …, x_m), x_v ∈ R^n acted on diagonally, the row
 * of x is vec(Σ_v ∇_{x_v}F(x) x_vᵀ) (row-major), so that (E vec A)_i = L_A F(x_i) =
 * d/dt F(exp(tA)x_i) at t = 0. Rows are not stored by default: the d x d Gram matrix
 * EᵀE / rows is accumulated in float64, batch by batch.
 */

/** A differentiable model: [batch, inputDim] → [batch, outputs]. */
export type ModelFn = (x: tf.Tensor2D) => tf.Tensor2D;

export interface PolarizationOptions {
  /** Stack one row block per output (default; research/invariance.md §8.2) instead of the gradient of the sum. */
  perOutput?: boolean;
  /** 'l2': differentiate the L2-normalised output vector (the LieGG classifier wrapper); default 'raw'. */
  output?: 'raw' | 'l2';
  batchSize?: number;
  /** Keep E itself (rows x d) as well as the Gram matrix. */
  keepRows?: boolean;
}

export interface Polarization {
  /** EᵀE / rows, d x d, row-major, float64. Its eigenvalues are σ_i² / rows. */
  gram: Float64Array;
  /** Number of columns d = generator entries. */
  d: number;
  /** Generator shape [rows, cols]: [n, n] for vectors, [2, 2] or [2, 3] for images. */
  shape: [number, number];
  /** Rows of E (data points × output blocks). */
  rows: number;
  /** E itself (rows x d) when `keepRows`. Row order: for each batch, output block k, then sample. */
  E?: Float64Array;
}

/** Output of the model as used for polarization (raw or L2-normalised). */
export function polarizedOutput(model: ModelFn, output: 'raw' | 'l2'): ModelFn {
  if (output === 'raw') return model;
  return (x) => {
    const y = model(x);
    return tf.div(y, tf.sqrt(tf.add(tf.sum(tf.square(y), 1, true), 1e-12))) as tf.Tensor2D;
  };
}

/**
 * Per-sample gradients of each output block: returns [K][batch·inputDim] (K = 1 when not
 * perOutput: the gradient of the sum of outputs). Samples are independent, so the gradient
 * of the batch sum is the per-sample gradient.
 */
export function outputGradients(model: ModelFn, x: tf.Tensor2D, perOutput: boolean): Float32Array[] {
  const k = tf.tidy(() => model(x.slice([0, 0], [1, -1])).shape[1]);
  const blocks = perOutput ? k : 1;
  const out: Float32Array[] = [];
  for (let b = 0; b < blocks; b++) {
    const g = tf.tidy(() =>
      tf.grad((z: tf.Tensor) => {
        const y = model(z as tf.Tensor2D);
        return perOutput ? tf.sum(y.slice([0, b], [-1, 1])) : tf.sum(y);
      })(x),
    );
    out.push(g.dataSync() as Float32Array);
    g.dispose();
  }
  return out;
}

/** Accumulates rows into a float64 Gram matrix (and optionally keeps them). */
export class GramAccumulator {
  readonly gram: Float64Array;
  rows = 0;
  private readonly kept: number[][] | null;

  constructor(readonly d: number, keepRows = false) {
    this.gram = new Float64Array(d * d);
    this.kept = keepRows ? [] : null;
  }

  add(row: Float64Array): void {
    const { d, gram } = this;
    for (let i = 0; i < d; i++) {
      const ri = row[i]!;
      if (ri === 0) continue;
      for (let j = i; j < d; j++) gram[i * d + j] = gram[i * d + j]! + ri * row[j]!;
    }
    this.rows++;
    this.kept?.push(Array.from(row));
  }

  finish(shape: [number, number]): Polarization {
    const { d } = this;
    const g = new Float64Array(d * d);
    const scale = this.rows ? 1 / this.rows : 0;
    for (let i = 0; i < d; i++)
      for (let j = i; j < d; j++) {
        g[i * d + j] = this.gram[i * d + j]! * scale;
        g[j * d + i] = g[i * d + j]!;
      }
    const out: Polarization = { gram: g, d, shape, rows: this.rows };
    if (this.kept) out.E = Float64Array.from(this.kept.flat());
    return out;
  }
}

/**
 * The polarization Gram matrix of `model` on `inputs` (N x inputDim, row-major), with the
 * input read as `vectors` blocks of n = inputDim / vectors coordinates.
 */
export function vectorPolarization(model: ModelFn, inputs: Float32Array, inputDim: number, vectors = 1, opts: PolarizationOptions = {}): Polarization {
  if (inputDim % vectors !== 0) throw new RangeError(`vectorPolarization: input dimension ${inputDim} is not a multiple of ${vectors} vectors`);
  const n = inputDim / vectors;
  const N = inputs.length / inputDim;
  const acc = new GramAccumulator(n * n, opts.keepRows);
  const f = polarizedOutput(model, opts.output ?? 'raw');
  const bs = opts.batchSize ?? 256;
  const row = new Float64Array(n * n);
  for (let start = 0; start < N; start += bs) {
    const B = Math.min(bs, N - start);
    const xs = inputs.subarray(start * inputDim, (start + B) * inputDim);
    const x = tf.tensor2d(xs, [B, inputDim]);
    const grads = outputGradients(f, x, opts.perOutput ?? true);
    x.dispose();
    for (const g of grads) {
      for (let s = 0; s < B; s++) {
        row.fill(0);
        const o = s * inputDim;
        for (let v = 0; v < vectors; v++)
          for (let i = 0; i < n; i++) {
            const gi = g[o + v * n + i]!;
            for (let j = 0; j < n; j++) row[i * n + j] = row[i * n + j]! + gi * xs[o + v * n + j]!;
          }
        acc.add(row);
      }
    }
  }
  return acc.finish([n, n]);
}

/**
 * The polarization Gram matrix from known float64 gradients (N x inputDim, e.g. an analytic
 * gradient), without tfjs: rows vec(Σ_v g_v x_vᵀ) as in `vectorPolarization`.
 */
export function gradientPolarization(gradients: ArrayLike<number>, inputs: ArrayLike<number>, inputDim: number, vectors = 1): Polarization {
  const n = inputDim / vectors;
  const N = inputs.length / inputDim;
  const acc = new GramAccumulator(n * n);
  const row = new Float64Array(n * n);
  for (let s = 0; s < N; s++) {
    row.fill(0);
    const o = s * inputDim;
    for (let v = 0; v < vectors; v++)
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) row[i * n + j] = row[i * n + j]! + gradients[o + v * n + i]! * inputs[o + v * n + j]!;
    acc.add(row);
  }
  return acc.finish([n, n]);
}
