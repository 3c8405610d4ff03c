import { encodeArch, fusedParamCount, fusedUnsupported, type FusedArch, type FusedLoss } from './arch.js';
import { clearTail, fromBlocked, moveModel, toBlocked } from './layout.js';
import { FusedInstance, type FusedRuntime } from './module.js';

/** Adam settings (defaults as tf.train.adam and the engine's trainHinge: 0.9, 0.999, 1e-8). */
export interface FusedAdam {
  lr: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

/** Which compiled code path serves an architecture. */
export type FusedPath = 'mlp-2-16-1' | 'gcnn-a' | 'generic';

const PATHS: Record<number, FusedPath> = { 0: 'generic', 1: 'mlp-2-16-1', 2: 'gcnn-a' };
const MAX_CHUNK = 256;

/**
 * A batch of up to `capacity` independent models of one architecture, all on the same n
 * input points (each with its own ±1 labels; 0 = ignore the point), trained by the fused
 * WebAssembly kernel: forward, summed loss, backward and Adam in one call, parameters and
 * moments kept in the kernel's memory in the net-blocked layout between calls.
 *
 * Adam matches the engine's trainHinge step for step: m ← β1 m + (1−β1) g,
 * v ← β2 v + (1−β2) g², θ ← θ − (m·α_t)/(√v + ε) with α_t = lr √(1−β2^t)/(1−β1^t).
 */
export class FusedBatch {
  readonly W: number;
  readonly n: number;
  readonly lanes: number;
  readonly path: FusedPath;
  /** Where the kernel runs: 'wasm-simd128' or 'native-<isa>'. */
  readonly runtime: string;
  /** Models currently in the batch (≤ capacity). */
  count = 0;
  /** Adam steps taken since the last `load`. */
  t = 0;
  private readonly inst: FusedInstance;
  private readonly blocksCap: number;
  private readonly p: { arch: number; x: number; theta: number; m: number; v: number; y: number; out: number; loss: number; gmask: number; stepsz: number; hyper: number };

  /**
   * @param inputs the n points, each r·c_0 values (value of channel c at g is f[g·c_0 + c];
   *               for an MLP the point itself), shared by every model.
   */
  constructor(
    readonly arch: FusedArch,
    inputs: readonly ArrayLike<number>[],
    readonly capacity: number,
    readonly loss: FusedLoss = 'hinge',
    runtime: FusedRuntime = 'auto',
  ) {
    const why = fusedUnsupported(arch);
    if (why) throw new RangeError(`FusedBatch: ${why}`);
    const inDim = arch.r * arch.channels[0]!;
    inputs.forEach((f, i) => {
      if (f.length !== inDim) throw new RangeError(`FusedBatch: input ${i} has ${f.length} values, expected r·c0 = ${inDim}`);
    });
    this.inst = new FusedInstance(runtime);
    this.lanes = this.inst.lanes;
    this.runtime = this.inst.runtime;
    this.W = fusedParamCount(arch);
    this.n = inputs.length;
    this.blocksCap = Math.max(1, Math.ceil(capacity / this.lanes));
    const code = encodeArch(arch);
    const stateBytes = this.blocksCap * this.W * this.lanes * 4;
    const pointBytes = this.blocksCap * Math.max(1, this.n) * this.lanes * 4;
    const a = this.inst;
    this.p = {
      arch: a.alloc(code.length * 4),
      x: a.alloc(Math.max(1, this.n * inDim) * 4),
      theta: a.alloc(stateBytes),
      m: a.alloc(stateBytes),
      v: a.alloc(stateBytes),
      y: a.alloc(pointBytes),
      out: a.alloc(pointBytes),
      loss: a.alloc(this.blocksCap * this.lanes * 4),
      gmask: a.alloc(this.W * 4),
      stepsz: a.alloc(MAX_CHUNK * 4),
      hyper: a.alloc(8 * 4),
    };
    a.i32(this.p.arch, code.length).set(code);
    const X = a.f32(this.p.x, this.n * inDim);
    inputs.forEach((f, i) => X.set(Array.from(f), i * inDim));
    a.f32(this.p.gmask, this.W).fill(1);
    const path = a.exports.fused_path(this.p.arch);
    if (path < 0 || a.exports.fused_params(this.p.arch) !== this.W) throw new RangeError(`FusedBatch: the kernel rejected the architecture (code ${path})`);
    this.path = PATHS[path] ?? 'generic';
  }

  private views() {
    const a = this.inst;
    const S = this.blocksCap * this.W * this.lanes;
    const P = this.blocksCap * Math.max(1, this.n) * this.lanes;
    return { theta: a.f32(this.p.theta, S), m: a.f32(this.p.m, S), v: a.f32(this.p.v, S), y: a.f32(this.p.y, P), out: a.f32(this.p.out, P) };
  }

  /** Start afresh: parameters θ [count·W] row-major, labels [count·n]; Adam moments zeroed, t = 0. */
  load(theta: ArrayLike<number>, labels: ArrayLike<number>, count = theta.length / this.W): void {
    if (!Number.isInteger(count) || count < 0 || count > this.capacity) throw new RangeError(`FusedBatch.load: ${count} models, capacity ${this.capacity}`);
    if (theta.length < count * this.W || labels.length < count * this.n) throw new RangeError(`FusedBatch.load: need ${count * this.W} parameters and ${count * this.n} labels`);
    const v = this.views();
    toBlocked(theta, count, this.W, this.lanes, v.theta);
    toBlocked(labels, count, this.n, this.lanes, v.y);
    v.m.fill(0);
    v.v.fill(0);
    this.count = count;
    this.t = 0;
  }

  /** 1 for trainable parameters, 0 for frozen ones (default all 1). */
  setGradMask(mask: ArrayLike<number>): void {
    if (mask.length !== this.W) throw new RangeError(`FusedBatch.setGradMask: ${mask.length} values, expected W = ${this.W}`);
    this.inst.f32(this.p.gmask, this.W).set(Array.from(mask));
  }

  /**
   * Run `steps` Adam steps on every model. Returns the summed loss of each model at the
   * parameters before the last step when `withLoss`, else null.
   */
  train(steps: number, adam: FusedAdam, withLoss = false): Float32Array | null {
    const b1 = adam.beta1 ?? 0.9;
    const b2 = adam.beta2 ?? 0.999;
    const eps = adam.epsilon ?? 1e-8;
    const a = this.inst;
    a.f32(this.p.hyper, 5).set([b1, 1 - b1, b2, 1 - b2, eps]);
    const blocks = Math.ceil(this.count / this.lanes);
    let lossOut: Float32Array | null = null;
    for (let done = 0; done < steps; ) {
      const k = Math.min(MAX_CHUNK, steps - done);
      const st = a.f32(this.p.stepsz, k);
      for (let i = 0; i < k; i++) {
        const t = this.t + i + 1;
        st[i] = (adam.lr * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
      }
      const last = done + k === steps && withLoss;
      const rc = a.exports.fused_train(this.p.arch, blocks, this.p.theta, this.p.m, this.p.v, this.p.y, this.p.x, this.n, this.p.gmask, this.p.stepsz, k, this.p.hyper, this.loss === 'hinge' ? 0 : 1, last ? this.p.loss : 0);
      if (rc < 0) throw new Error(`fused_train failed (code ${rc})`);
      this.t += k;
      done += k;
      if (last) lossOut = Float32Array.from(a.f32(this.p.loss, blocks * this.lanes).subarray(0, this.count));
    }
    return lossOut;
  }

  /** Parameters of the models in the batch, row-major [count·W]. */
  params(): Float32Array {
    return fromBlocked(this.views().theta, this.count, this.W, this.lanes);
  }

  /** Adam moments m and v of the models in the batch, row-major [count·W] (with β1 = 0, m is the last gradient). */
  moments(): { m: Float32Array; v: Float32Array } {
    const v = this.views();
    return { m: fromBlocked(v.m, this.count, this.W, this.lanes), v: fromBlocked(v.v, this.count, this.W, this.lanes) };
  }

  /** Scores of every model on every point, row-major [count·n] (float32 forward pass). */
  scores(): Float32Array {
    const blocks = Math.ceil(this.count / this.lanes);
    const rc = this.inst.exports.fused_scores(this.p.arch, blocks, this.p.theta, this.p.x, this.n, this.p.out);
    if (rc < 0) throw new Error(`fused_scores failed (code ${rc})`);
    return fromBlocked(this.views().out, this.count, this.n, this.lanes);
  }

  /** Keep only the models at the given (increasing) positions, in that order; the rest leave the batch. */
  keep(positions: readonly number[]): void {
    const v = this.views();
    const arrays = [v.theta, v.m, v.v, v.y];
    const widths = [this.W, this.W, this.W, this.n];
    let prev = -1;
    positions.forEach((from, to) => {
      if (!(from > prev && from < this.count)) throw new RangeError('FusedBatch.keep: positions must be increasing and in range');
      prev = from;
      moveModel(arrays, widths, from, to, this.lanes);
    });
    this.count = positions.length;
    clearTail(arrays, widths, this.count, this.lanes);
  }
}
