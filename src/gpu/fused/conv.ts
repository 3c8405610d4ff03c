import { FusedInstance } from './module.js';

/**
 * The fused training step of a one-convolution CNN (native/wasm/conv.c): 3x3 'same' conv
 * with bias, ReLU, flatten (NHWC order), dense layer, softmax cross-entropy averaged over the
 * batch, and Adam in tf.train.adam's form, θ ← θ − lr·(m/(1−β1^t))/(√(v/(1−β2^t)) + ε), on
 * every parameter: the conv training step of research/backends-and-tooling.md, one call.
 */
export interface ConvShape {
  /** Images per batch. */
  N: number;
  H: number;
  W: number;
  /** Input channels. */
  C: number;
  /** Filters. */
  F: number;
  classes: number;
}

/** Parameters in tfjs layouts: kernel [3,3,C,F] (HWIO), bias [F], dense [H·W·F, classes], denseBias [classes]. */
export interface ConvParams {
  kernel: Float32Array;
  bias: Float32Array;
  dense: Float32Array;
  denseBias: Float32Array;
}

/** Why the fused conv step cannot train this shape, or null. */
export function convUnsupported(s: ConvShape): string | null {
  if ([s.N, s.H, s.W, s.C, s.F, s.classes].some((x) => !Number.isInteger(x) || x < 1)) return 'all sizes must be positive integers';
  if (s.classes > 64) return `${s.classes} classes > 64`;
  return null;
}

export class FusedConvNet {
  /** Parameters in the kernel's layout. */
  readonly P: number;
  /** Flattened activations, H·W·F (tfjs layout). */
  readonly J: number;
  /** Flattened activations in the kernel's planar layout, F·H·Wq (rows padded to a multiple of 4). */
  private readonly Jq: number;
  private readonly Wq: number;
  t = 0;
  private acc1 = 1;
  private acc2 = 1;
  private readonly inst: FusedInstance;
  private readonly at: { shape: number; x: number; labels: number; theta: number; m: number; v: number; scratch: number; hyper: number; loss: number };

  constructor(readonly shape: ConvShape) {
    const why = convUnsupported(shape);
    if (why) throw new RangeError(`FusedConvNet: ${why}`);
    const a = (this.inst = new FusedInstance('wasm')); // the conv kernel exists only in the wasm module
    const s = shape;
    this.J = s.H * s.W * s.F;
    this.Wq = Math.ceil(s.W / 4) * 4;
    this.Jq = s.F * s.H * this.Wq;
    const shapeAt = a.alloc(24);
    a.i32(shapeAt, 6).set([s.N, s.H, s.W, s.C, s.F, s.classes]);
    this.P = (a.exports as unknown as ConvExports).conv_params(shapeAt);
    const scratch = (a.exports as unknown as ConvExports).conv_scratch(shapeAt);
    if (this.P < 0 || scratch < 0) throw new RangeError('FusedConvNet: the kernel rejected the shape');
    this.at = {
      shape: shapeAt,
      x: a.alloc(s.N * s.H * s.W * s.C * 4),
      labels: a.alloc(s.N * 4),
      theta: a.alloc(this.P * 4),
      m: a.alloc(this.P * 4),
      v: a.alloc(this.P * 4),
      scratch: a.alloc(scratch * 4),
      hyper: a.alloc(32),
      loss: a.alloc(4),
    };
  }

  private offsets() {
    const { C, F, classes } = this.shape;
    const obK = 9 * C * F;
    const oD = obK + F;
    return { obK, oD, obD: oD + classes * this.Jq };
  }

  /** Kernel index of tfjs flatten index j = (y·W + x)·F + f: (f·H + y)·Wq + x. */
  private planar(j: number): number {
    const { W, F, H } = this.shape;
    const f = j % F;
    const yx = (j - f) / F;
    const x = yx % W;
    const y = (yx - x) / W;
    return (f * H + y) * this.Wq + x;
  }

  /** Set the parameters (and reset Adam: m = v = 0, t = 0). */
  setParams(p: ConvParams): void {
    const { C, F, classes } = this.shape;
    const o = this.offsets();
    const th = this.inst.f32(this.at.theta, this.P);
    th.set(p.kernel.subarray(0, 9 * C * F), 0);
    th.set(p.bias.subarray(0, F), o.obK);
    th.fill(0, o.oD, o.obD); // padding columns stay 0
    for (let j = 0; j < this.J; j++) {
      const q = this.planar(j);
      for (let k = 0; k < classes; k++) th[o.oD + k * this.Jq + q] = p.dense[j * classes + k]!;
    }
    th.set(p.denseBias.subarray(0, classes), o.obD);
    this.inst.f32(this.at.m, this.P).fill(0);
    this.inst.f32(this.at.v, this.P).fill(0);
    this.t = 0;
  }

  params(): ConvParams {
    const { C, F, classes } = this.shape;
    const o = this.offsets();
    const th = this.inst.f32(this.at.theta, this.P);
    const dense = new Float32Array(this.J * classes);
    for (let j = 0; j < this.J; j++) {
      const q = this.planar(j);
      for (let k = 0; k < classes; k++) dense[j * classes + k] = th[o.oD + k * this.Jq + q]!;
    }
    return { kernel: th.slice(0, 9 * C * F), bias: th.slice(o.obK, o.obK + F), dense, denseBias: th.slice(o.obD, o.obD + classes) };
  }

  /** The batch: images [N·H·W·C] (NHWC) and integer labels [N]. */
  setBatch(x: ArrayLike<number>, labels: ArrayLike<number>): void {
    const s = this.shape;
    if (x.length !== s.N * s.H * s.W * s.C || labels.length !== s.N) throw new RangeError('FusedConvNet.setBatch: wrong sizes');
    this.inst.f32(this.at.x, x.length).set(Array.from(x));
    const L = this.inst.i32(this.at.labels, s.N);
    for (let i = 0; i < s.N; i++) {
      const y = labels[i]!;
      if (!Number.isInteger(y) || y < 0 || y >= s.classes) throw new RangeError(`FusedConvNet.setBatch: label ${y} outside 0..${s.classes - 1}`);
      L[i] = y;
    }
  }

  /**
   * One Adam step on the batch; returns the mean cross-entropy before the step. The bias
   * corrections 1 − β^t are formed as tf.train.adam forms them (β^t as a running float32
   * product, 1 − β^t in float32): in float64, 1 − 0.999 differs from float32's by 1.3e-5
   * relative, which alone would move every step by ~6e-6 relative.
   */
  step(adam: { lr: number; beta1?: number; beta2?: number; epsilon?: number }): number {
    const b1 = adam.beta1 ?? 0.9, b2 = adam.beta2 ?? 0.999, eps = adam.epsilon ?? 1e-7;
    const f = Math.fround;
    this.t += 1;
    this.acc1 = this.t === 1 ? f(b1) : f(this.acc1 * f(b1));
    this.acc2 = this.t === 1 ? f(b2) : f(this.acc2 * f(b2));
    this.inst.f32(this.at.hyper, 8).set([adam.lr, b1, 1 - b1, b2, 1 - b2, eps, f(1 - this.acc1), f(1 - this.acc2)]);
    const e = this.inst.exports as unknown as ConvExports;
    const rc = e.conv_train(this.at.shape, this.at.x, this.at.labels, this.at.theta, this.at.m, this.at.v, this.at.scratch, this.at.hyper, this.at.loss);
    if (rc < 0) throw new Error(`conv_train failed (code ${rc})`);
    return this.inst.f32(this.at.loss, 1)[0]!;
  }
}

interface ConvExports {
  conv_params(shape: number): number;
  conv_scratch(shape: number): number;
  conv_train(shape: number, x: number, labels: number, theta: number, m: number, v: number, scratch: number, hyper: number, loss: number): number;
}
