import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { c4OrbitMean } from '../symmetry/invariance-group.js';
import { batchMatMulFast } from './inv-matmul.js';
import { activate, gaussianVariable, zerosVariable, type Activation, type InvModel } from './inv-model.js';

/**
 * MLPs on flattened images, as an ensemble of M independent members stored in stacked
 * weights [M, in, out], so that several seeds (and plain/regularised pairs) can train as
 * one tensor program (DESIGN.md "Backends and speed"). On wasm the per-member slices cost
 * about what they save (measured), so the study trains ensembles of one; M > 1 is meant for
 * backends with a fast batched matMul.
 *
 * `tied: false` is the plain MLP whose invariance can only be learned. `tied: true` is the
 * weight-tied MLP: the first-layer weights are W = P V with P = ¼ Σ_k Π_k the C4
 * orbit-averaging projector, so every first-layer weight image is rot90-invariant,
 * ⟨g·x, w_j⟩ = ⟨x, w_j⟩ for all g ∈ C4, and the network is exactly invariant for any
 * weights. It is computed as (xP)V with xP the order-free orbit mean (c4OrbitMean), so
 * that even the float32 result is bit-identical on the orbit.
 */
export interface MlpOptions {
  size: number;
  channels: number;
  hidden: readonly number[];
  classes: number;
  activation?: Activation;
  tied?: boolean;
}

export interface MlpEnsemble {
  members: number;
  /** Input size D = H·W·C. */
  inputSize: number;
  variables: tf.Variable[];
  /** Logits [M, B, K] of flattened inputs [M, B, D] (member m sees row m). */
  applyAll(x: tf.Tensor3D): tf.Tensor3D;
  /** Member m as a single model (shares the ensemble's variables). */
  member(m: number): InvModel;
  dispose(): void;
}

/** M MLPs, member m initialised from rngs[m] (Glorot-scaled Gaussian weights, zero biases). */
export function createMlpEnsemble(rngs: readonly Rng[], opts: MlpOptions): MlpEnsemble {
  const M = rngs.length;
  const D = opts.size * opts.size * opts.channels;
  const act = opts.activation ?? 'tanh';
  const widths = [D, ...opts.hidden, opts.classes];
  const weights: tf.Variable[] = [];
  const biases: tf.Variable[] = [];
  for (let l = 0; l + 1 < widths.length; l++) {
    const [fanIn, fanOut] = [widths[l]!, widths[l + 1]!];
    const std = Math.sqrt(2 / (fanIn + fanOut));
    // member by member, so that member m's weights depend on rngs[m] only
    const values = new Float32Array(M * fanIn * fanOut);
    rngs.forEach((rng, m) => values.set(rng.fork('layer', l).normals(fanIn * fanOut, std), m * fanIn * fanOut));
    weights.push(tf.tidy(() => tf.variable(tf.tensor3d(values, [M, fanIn, fanOut]))));
    biases.push(zerosVariable([M, 1, fanOut]));
  }
  const { size, channels } = opts;
  const forward = (x: tf.Tensor3D, ws: tf.Tensor3D[], bs: tf.Tensor3D[]): tf.Tensor3D => {
    const [m, b] = x.shape;
    let h: tf.Tensor3D = opts.tied ? tf.reshape(c4OrbitMean(tf.reshape(x, [m * b, size, size, channels]) as tf.Tensor4D), [m, b, D]) : x;
    for (let l = 0; l < ws.length; l++) {
      h = tf.add(batchMatMulFast(h, ws[l]!), bs[l]!);
      if (l + 1 < ws.length) h = activate(h, act) as tf.Tensor3D;
    }
    return h;
  };
  const variables = [...weights, ...biases];
  const ensemble: MlpEnsemble = {
    members: M,
    inputSize: D,
    variables,
    applyAll: (x) => tf.tidy(() => forward(x, weights as tf.Tensor3D[], biases as tf.Tensor3D[])),
    member(m) {
      if (m < 0 || m >= M) throw new RangeError(`MLP ensemble: no member ${m} of ${M}`);
      return {
        kind: opts.tied ? 'tied-mlp' : 'mlp',
        invariant: Boolean(opts.tied),
        variables,
        apply: (x) =>
          tf.tidy(() => {
            const pick = (v: tf.Variable) => tf.slice(v, [m, 0, 0], [1, -1, -1]) as tf.Tensor3D;
            const z = forward(tf.reshape(x, [1, x.shape[0], D]), weights.map(pick), biases.map(pick));
            return tf.reshape(z, [x.shape[0], opts.classes]) as tf.Tensor2D;
          }),
        dispose: () => ensemble.dispose(),
      };
    },
    dispose: () => tf.dispose(variables),
  };
  return ensemble;
}

/** A single plain or weight-tied MLP (an ensemble of one). */
export function createMlp(rng: Rng, opts: MlpOptions): InvModel {
  return createMlpEnsemble([rng], opts).member(0);
}
