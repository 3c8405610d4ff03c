import * as tf from '@tensorflow/tfjs';
import { gcnnLayout, type GcnnArch, type GcnnLayout } from '../../theory/vc/gcnn-arch.js';
import type { GroupFunction, Padding } from './gcnn-exact.js';

/**
 * B independent GCNNs over C_r (gcnn-arch.ts) evaluated on the same n input functions as one
 * tensor program. θ is [B, W] (one row per model, gcnnLayout order); scores are [B, n].
 *
 * Built only from ops the wasm backend can differentiate and runs fast: layer 1 is one
 * matMul per output channel against the shift-stacked inputs [s·c_0, n·r]; deeper layers
 * keep one [B, n·r] tensor per channel, roll it along the group with a matMul by a
 * permutation matrix (slice/concat rolls are ~7x slower on wasm) and mix channels with
 * per-model scalars (batched matMuls of tiny matrices are slow on wasm).
 */
export class GcnnProgram {
  readonly layout: GcnnLayout;
  readonly n: number;
  private readonly stacked: tf.Tensor2D;
  private readonly shifts: (tf.Tensor2D | null)[];

  constructor(
    readonly arch: GcnnArch,
    inputs: readonly GroupFunction[],
    readonly padding: Padding = 'circular',
  ) {
    const { r, taps } = arch;
    const c0 = arch.channels[0]!;
    this.layout = gcnnLayout(arch);
    this.n = inputs.length;
    const s = taps.length;
    const pos = (g: number, t: number) => {
      const p = g + t;
      if (padding === 'circular') return ((p % r) + r) % r;
      return p >= 0 && p < r ? p : -1;
    };
    const X = new Float32Array(s * c0 * this.n * r);
    inputs.forEach((f, i) => {
      if (f.length !== r * c0) throw new RangeError(`GcnnProgram: input ${i} has ${f.length} values, expected r·c0 = ${r * c0}`);
      for (let u = 0; u < s; u++) {
        for (let g = 0; g < r; g++) {
          const p = pos(g, taps[u]!);
          if (p < 0) continue;
          for (let c = 0; c < c0; c++) X[(u * c0 + c) * this.n * r + i * r + g] = f[p * c0 + c]!;
        }
      }
    });
    this.stacked = tf.tensor2d(X, [s * c0, this.n * r]);
    this.shifts = taps.map((t) => {
      if (t % r === 0 && padding === 'circular') return null;
      const P = new Float32Array(r * r);
      for (let g = 0; g < r; g++) {
        const p = pos(g, t);
        if (p >= 0) P[p * r + g] = 1;
      }
      return tf.tensor2d(P, [r, r]);
    });
  }

  /** Scores [B, n] of the models θ [B, W]; differentiable in θ. */
  scores(theta: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => {
      const B = theta.shape[0];
      const { r, taps } = this.arch;
      const s = taps.length;
      const P = this.n * r;
      const cols = tf.unstack(tf.transpose(theta)).map((c) => c.reshape([B, 1]) as tf.Tensor2D);
      const col = (k: number) => cols[k]!;
      const [first, ...rest] = this.layout.layers;
      const c0 = this.arch.channels[0]!;
      let h: tf.Tensor2D[] = [];
      for (let o = 0; o < first!.cout; o++) {
        const w = tf.slice(theta, [0, first!.weights + o * s * c0], [B, s * c0]);
        h.push(tf.relu(tf.add(tf.matMul(w, this.stacked), col(first!.biases + o))) as tf.Tensor2D);
      }
      for (const layer of rest) {
        const rolled = taps.map((_, u) =>
          h.map((x) => {
            const S = this.shifts[u];
            return S ? (tf.matMul(x.reshape([B * this.n, r]), S).reshape([B, P]) as tf.Tensor2D) : x;
          }),
        );
        const next: tf.Tensor2D[] = [];
        for (let o = 0; o < layer.cout; o++) {
          let acc: tf.Tensor2D = col(layer.biases + o);
          for (let u = 0; u < s; u++) {
            for (let c = 0; c < layer.cin; c++) acc = tf.add(acc, tf.mul(col(layer.weights + (o * s + u) * layer.cin + c), rolled[u]![c]!));
          }
          next.push(tf.relu(acc) as tf.Tensor2D);
        }
        h = next;
      }
      let out: tf.Tensor2D = col(this.layout.bias0);
      h.forEach((x, c) => {
        const pooled = tf.sum(x.reshape([B, this.n, r]), 2);
        out = tf.add(out, tf.mul(col(this.layout.readout + c), pooled));
      });
      return out; // [B, n]: every read-out term is [B, n]
    });
  }

  dispose(): void {
    this.stacked.dispose();
    for (const S of this.shifts) S?.dispose();
  }
}
