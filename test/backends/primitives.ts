import * as tf from '@tensorflow/tfjs';
import { Rng } from '../../src/core/rng.js';
import { conv2dIm2col } from '../../src/empirical/models/conv-im2col.js';
import { GcnnProgram } from '../../src/empirical/models/gcnn.js';
import { referenceGradient, referenceScore } from '../../src/gpu/fused/reference.js';

/**
 * The primitives experiments are built from, each as a function that runs on whatever tfjs
 * backend is active and returns its outputs as float32 arrays, plus, per output entry, the
 * error scale used for its tolerance (see conformance.spec.ts).
 */
export interface Primitive {
  name: string;
  /** Where it is used, and why it belongs in the suite. */
  why: string;
  run(): Float32Array[];
  /**
   * Per output: the length k of the longest float32 sum behind one entry and the scale S
   * of each entry (Σ|terms|, in float64): two float32 evaluations differ by at most
   * 2·γ_k·S with γ_k = k·u/(1 − k·u), u = 2^-24, whatever their order of summation.
   */
  bound(): { k: number; scale: Float64Array }[];
  /** Extra factor on the bound for composed computations (gradients, Adam), with the reason. */
  slack?: { factor: number; reason: string };
}

const data = (seed: number, n: number, std = 1) => Float32Array.from(new Rng(seed).normals(n, std));
const abs = (a: Float32Array) => Float64Array.from(a, Math.abs);

/** C[b] = A[b]·B[b] in float64 for [batch, m, k] x [batch, k, n]. */
function bmm64(A: ArrayLike<number>, Bm: ArrayLike<number>, batch: number, m: number, k: number, n: number, transB = false): Float64Array {
  const C = new Float64Array(batch * m * n);
  for (let b = 0; b < batch; b++)
    for (let i = 0; i < m; i++)
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let q = 0; q < k; q++) s += A[b * m * k + i * k + q]! * (transB ? Bm[b * n * k + j * k + q]! : Bm[b * k * n + q * n + j]!);
        C[b * m * n + i * n + j] = s;
      }
  return C;
}

const [NB, M, K, N] = [4, 17, 33, 9];
const A = data(1, NB * M * K);
const Bk = data(2, NB * K * N);

const batchedMatMul: Primitive = {
  name: 'batched matMul [4,17,33]x[4,33,9] and transposeB',
  why: 'batched tiny models (shattering, stitching), dense layers, im2col convolutions',
  run: () =>
    tf.tidy(() => {
      const a = tf.tensor3d(A, [NB, M, K]);
      const b = tf.tensor3d(Bk, [NB, K, N]);
      return [tf.matMul(a, b).dataSync() as Float32Array, tf.matMul(a, tf.transpose(b, [0, 2, 1]), false, true).dataSync() as Float32Array];
    }),
  bound: () => {
    const s = bmm64(abs(A), abs(Bk), NB, M, K, N);
    return [{ k: K, scale: s }, { k: K, scale: s }];
  },
};

/** The circular G-correlation on C_r (K ⋆ f)(g) = Σ_u K(u) f(g + u), rolls from slice/concat only. */
const R = 8;
const F = data(3, 6 * R);
const KER = data(4, R);
function gCorrelation(f: tf.Tensor2D, k: tf.Tensor1D): tf.Tensor2D {
  const [n, r] = f.shape;
  let out: tf.Tensor2D = tf.zeros([n, r]);
  for (let u = 0; u < r; u++) {
    const rolled = u === 0 ? f : (tf.concat([tf.slice(f, [0, u], [n, r - u]), tf.slice(f, [0, 0], [n, u])], 1) as tf.Tensor2D);
    out = tf.add(out, tf.mul(tf.slice(k, [u], [1]), rolled));
  }
  return out;
}
const gCorr: Primitive = {
  name: 'C_8 G-correlation (slice/concat rolls) and its gradients',
  why: 'group convolutions of the VC and equivariance claims, without gather (no gather gradient on wasm)',
  run: () =>
    tf.tidy(() => {
      const f = tf.tensor2d(F, [6, R]);
      const k = tf.tensor1d(KER);
      const y = gCorrelation(f, k);
      const w = tf.tensor2d(data(5, 6 * R), [6, R]);
      const [gf, gk] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(w, gCorrelation(a as tf.Tensor2D, b as tf.Tensor1D))))([f, k]);
      return [y.dataSync() as Float32Array, gf!.dataSync() as Float32Array, gk!.dataSync() as Float32Array];
    }),
  bound: () => {
    const aF = abs(F), aK = abs(KER), aW = abs(data(5, 6 * R));
    const y = new Float64Array(6 * R), gf = new Float64Array(6 * R), gk = new Float64Array(R);
    for (let i = 0; i < 6; i++)
      for (let g = 0; g < R; g++)
        for (let u = 0; u < R; u++) {
          const p = (g + u) % R;
          y[i * R + g] = y[i * R + g]! + aK[u]! * aF[i * R + p]!;
          gf[i * R + p] = gf[i * R + p]! + aW[i * R + g]! * aK[u]!;
          gk[u] = gk[u]! + aW[i * R + g]! * aF[i * R + p]!;
        }
    return [{ k: R, scale: y }, { k: R, scale: gf }, { k: 6 * R, scale: gk }];
  },
};

/** The engine's GCNN program (model A: C_8, 3-tap, channels 1-2-2) for 16 models, and its θ-gradient. */
const ARCH_A = { r: 8, taps: [-1, 0, 1], channels: [1, 2, 2] };
const GF = Array.from({ length: 5 }, (_, i) => Array.from(data(10 + i, 8)));
const GTH = data(20, 16 * 25, 0.6);
const gcnnProgram: Primitive = {
  name: 'GCNN program (model A, 16 models x 5 inputs): scores and θ-gradient',
  why: 'the generic path of the shattering engine (src/empirical/models/gcnn.ts)',
  run: () => {
    const prog = new GcnnProgram(ARCH_A, GF);
    try {
      return tf.tidy(() => {
        const th = tf.tensor2d(GTH, [16, 25]);
        const s = prog.scores(th);
        const g = tf.grad((t: tf.Tensor) => tf.sum(tf.relu(tf.sub(1, prog.scores(t as tf.Tensor2D)))))(th);
        return [s.dataSync() as Float32Array, g.dataSync() as Float32Array];
      });
    } finally {
      prog.dispose();
    }
  },
  // Scale: the network and its gradient evaluated with |θ| and |f| (float64 reference of
  // src/gpu/fused): every ReLU passes and every term is counted positively, so each entry is
  // Σ|terms| of the corresponding float32 computation.
  bound: () => {
    const aTh = Float64Array.from(GTH, Math.abs);
    const aF = GF.map((f) => f.map(Math.abs));
    const s = new Float64Array(16 * 5);
    const gs = new Float64Array(16 * 25);
    for (let b = 0; b < 16; b++) {
      aF.forEach((f, i) => (s[b * 5 + i] = referenceScore(ARCH_A, aTh, b * 25, f) + 1));
      gs.set(referenceGradient(ARCH_A, aTh, b * 25, aF, [-1, -1, -1, -1, -1], 'hinge'), b * 25);
    }
    return [{ k: 48, scale: s }, { k: 240, scale: gs }];
  },
  slack: { factor: 2, reason: 'scores pass through two ReLU layers and the gradient through their masks; 2x covers the composition' },
};

/** im2col conv (3x3 'same') forward, and gradients with respect to input and kernel. */
const X = data(30, 2 * 6 * 6 * 3);
const CK = data(31, 3 * 3 * 3 * 4, 0.5);
const CW = data(32, 2 * 6 * 6 * 4);
function convAll(conv: (x: tf.Tensor4D, k: tf.Tensor4D) => tf.Tensor4D): Float32Array[] {
  return tf.tidy(() => {
    const x = tf.tensor4d(X, [2, 6, 6, 3]);
    const k = tf.tensor4d(CK, [3, 3, 3, 4]);
    const w = tf.tensor4d(CW, [2, 6, 6, 4]);
    const y = conv(x, k);
    const [gx, gk] = tf.grads((a: tf.Tensor, b: tf.Tensor) => tf.sum(tf.mul(w, conv(a as tf.Tensor4D, b as tf.Tensor4D))))([x, k]);
    return [y.dataSync() as Float32Array, gx!.dataSync() as Float32Array, gk!.dataSync() as Float32Array];
  });
}
const convBound = () => {
  const one = (n: number, s: number) => new Float64Array(n).fill(s);
  const mx = Math.max(...Array.from(X, Math.abs)), mk = Math.max(...Array.from(CK, Math.abs)), mw = Math.max(...Array.from(CW, Math.abs));
  return [
    { k: 27, scale: one(2 * 6 * 6 * 4, 27 * mx * mk) },
    { k: 36, scale: one(2 * 6 * 6 * 3, 36 * mw * mk) },
    { k: 72, scale: one(3 * 3 * 3 * 4, 72 * mw * mx) },
  ];
};
export const im2colConv: Primitive = {
  name: 'im2col conv 3x3 same [2,6,6,3]->4: forward, input and kernel gradients',
  why: 'CNN training on wasm (no Conv2DBackpropFilter there): src/empirical/models/conv-im2col.ts',
  run: () => convAll(conv2dIm2col),
  bound: convBound,
};
/** tf.conv2d itself (the reference for im2col on cpu; its filter gradient is excluded on wasm). */
export const nativeConv: Primitive = {
  name: 'tf.conv2d 3x3 same: forward, input and kernel gradients',
  why: 'reference for the im2col conv',
  run: () => convAll((x, k) => tf.conv2d(x, k, 1, 'same')),
  bound: convBound,
};

/** Input gradient of a small CNN (im2col conv, tanh, mean pool, dense) and of tf.conv2d alone. */
const IX = data(40, 3 * 7 * 7 * 1);
const inputGradient: Primitive = {
  name: 'input gradients: small CNN (im2col+tanh+pool+dense) and tf.conv2d (Conv2DBackpropInput)',
  why: 'invariance and Lie-derivative probes differentiate with respect to the input',
  run: () =>
    tf.tidy(() => {
      const k = tf.tensor4d(data(41, 9 * 4, 0.5), [3, 3, 1, 4]);
      const d = tf.tensor2d(data(42, 4 * 3), [4, 3]);
      const net = (x: tf.Tensor) => tf.sum(tf.matMul(tf.mean(tf.tanh(conv2dIm2col(x as tf.Tensor4D, k)), [1, 2]) as tf.Tensor2D, d));
      const g1 = tf.grad(net)(tf.tensor4d(IX, [3, 7, 7, 1]));
      const g2 = tf.grad((x: tf.Tensor) => tf.sum(tf.square(tf.conv2d(x as tf.Tensor4D, k, 1, 'same'))))(tf.tensor4d(IX, [3, 7, 7, 1]));
      return [g1.dataSync() as Float32Array, g2.dataSync() as Float32Array];
    }),
  bound: () => {
    // Σ|terms| bounds from maxima: an input entry reaches ≤ 9 positions x 4 channels;
    // g1 = Σ_c (Σ_j d_cj) tanh'(·) k / 49 with |tanh'| ≤ 1; g2 = 2 Σ conv · k with |conv| ≤ 9 max|k| max|x|.
    const max = (a: Float32Array) => Math.max(...Array.from(a, Math.abs));
    const mx = max(IX), mk = max(data(41, 9 * 4, 0.5)), md = max(data(42, 4 * 3));
    return [
      { k: 49, scale: new Float64Array(3 * 49).fill((36 * 3 * md * mk) / 49 + 9 * mk * mx) },
      { k: 36, scale: new Float64Array(3 * 49).fill(2 * 36 * 9 * mk * mx * mk) },
    ];
  },
  slack: { factor: 4, reason: 'tanh (a libm-style approximation on each backend, not correctly rounded) and a 3-op chain; 4x covers it' },
};

/** Five Adam steps (tf.train.adam 0.05) on a quadratic with a fixed target. */
const AD0 = data(50, 40);
const ADT = data(51, 40);
const adam: Primitive = {
  name: 'Adam (tf.train.adam 0.05), 5 steps on a quadratic',
  why: 'every trained model of the claims',
  run: () => {
    const v = tf.variable(tf.tensor1d(AD0));
    const target = tf.tensor1d(ADT);
    const opt = tf.train.adam(0.05);
    for (let i = 0; i < 5; i++) opt.minimize(() => tf.sum(tf.square(tf.sub(v, target))));
    const out = v.dataSync() as Float32Array;
    opt.dispose();
    tf.dispose([v, target]);
    return [Float32Array.from(out)];
  },
  bound: () => [{ k: 1, scale: Float64Array.from(AD0, (x, i) => Math.abs(x) + Math.abs(ADT[i]!) + 1) }],
  slack: { factor: 8, reason: '5 chained steps of ~6 rounded ops each (m, v, √, division); the normalised step keeps errors from growing, 8x covers the chain' },
};

/** Reductions over both axes of a [7, 129] matrix. */
const RX = data(60, 7 * 129);
const reductions: Primitive = {
  name: 'reductions: sum, mean, max, min, logSumExp, moments over [7,129]',
  why: 'losses, metrics and pooling everywhere',
  run: () =>
    tf.tidy(() => {
      const x = tf.tensor2d(RX, [7, 129]);
      const m = tf.moments(x, 1);
      const outs = [tf.sum(x, 1), tf.mean(x, 0), tf.max(x, 1), tf.min(x, 0), tf.logSumExp(x, 1), m.mean, m.variance];
      return outs.map((t) => t.dataSync() as Float32Array);
    }),
  bound: () => {
    const rowAbs = new Float64Array(7), colAbs = new Float64Array(129), rowSq = new Float64Array(7);
    for (let i = 0; i < 7; i++)
      for (let j = 0; j < 129; j++) {
        const a = Math.abs(RX[i * 129 + j]!);
        rowAbs[i] = rowAbs[i]! + a;
        colAbs[j] = colAbs[j]! + a / 7;
        rowSq[i] = rowSq[i]! + (a * a) / 129;
      }
    const rowMean = rowAbs.map((x) => x / 129);
    const maxAbs = Math.max(...Array.from(RX, Math.abs));
    return [
      { k: 129, scale: rowAbs },
      { k: 7, scale: colAbs },
      { k: 1, scale: new Float64Array(7).fill(maxAbs) },
      { k: 1, scale: new Float64Array(129).fill(maxAbs) },
      { k: 129, scale: new Float64Array(7).fill(maxAbs + Math.log(129)) },
      { k: 129, scale: rowMean },
      { k: 258, scale: rowSq.map((s, i) => s + rowMean[i]! ** 2) },
    ];
  },
  slack: { factor: 4, reason: 'logSumExp goes through exp/log (not correctly rounded) and the variance through a two-pass mean; 4x covers both' },
};

/** Sigmoid and softmax cross-entropy with their logit gradients. */
const LG = data(70, 6 * 5, 2);
const ce: Primitive = {
  name: 'softmax and sigmoid cross-entropy and logit gradients',
  why: 'classification losses of the invariance, stitching and shattering (logistic) experiments',
  run: () =>
    tf.tidy(() => {
      const z = tf.tensor2d(LG, [6, 5]);
      const y = tf.oneHot(tf.tensor1d([0, 1, 2, 3, 4, 0], 'int32'), 5).toFloat();
      const ls = (t: tf.Tensor) => tf.losses.softmaxCrossEntropy(y, t as tf.Tensor2D);
      const lb = (t: tf.Tensor) => tf.losses.sigmoidCrossEntropy(y, t as tf.Tensor2D);
      return [ls(z).dataSync() as Float32Array, tf.grad(ls)(z).dataSync() as Float32Array, lb(z).dataSync() as Float32Array, tf.grad(lb)(z).dataSync() as Float32Array];
    }),
  bound: () => [{ k: 30, scale: Float64Array.of(10) }, { k: 5, scale: new Float64Array(30).fill(1) }, { k: 30, scale: Float64Array.of(10) }, { k: 1, scale: new Float64Array(30).fill(1) }],
  slack: { factor: 8, reason: 'exp/log/softplus are backend approximations (a few ulps each), chained through a mean; 8x covers it' },
};

/** The suite: every primitive runs on every usable backend. */
export const PRIMITIVES: Primitive[] = [batchedMatMul, gCorr, gcnnProgram, im2colConv, inputGradient, adam, reductions, ce];
