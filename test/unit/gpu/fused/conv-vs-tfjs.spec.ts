import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, test } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { conv2dIm2col } from '../../../../src/empirical/models/conv-im2col.js';
import { FusedConvNet, type ConvParams, type ConvShape } from '../../../../src/gpu/fused/index.js';

/**
 * The fused CNN step (native/wasm/conv.c) vs the same step written with tfjs ops on the wasm
 * backend: conv2dIm2col + bias + ReLU, flatten, dense, tf.losses.softmaxCrossEntropy,
 * tf.train.adam, from the same initialisation.
 *
 * Tolerance: 1e-5 relative (2-norm over each parameter group) after 1 and 3 steps, 1e-5 on
 * the loss. Why: float32 in both, with sums of up to N·H·W = 144 terms per kernel-gradient
 * entry in different orders (γ_144 ≈ 9e-6 worst case, typically ~1e-7), softmax through the
 * kernel's polynomial exp/log (< 2e-7 relative); Adam's normalised step does not amplify
 * these while gradients are far from 0 (dead ReLU units give exact zeros in both). Measured
 * ≤ 1e-7 (TC_VERBOSE=1 prints them); before the bias corrections were formed in float32 as
 * tf.train.adam forms them, they were ~5e-6. A wrong tap, flatten order or Adam constant
 * gives errors of ~lr relative or more.
 */
beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('wasm');
  await tf.ready();
});

function init(s: ConvShape, seed: number): { params: ConvParams; x: Float32Array; labels: Int32Array } {
  const rng = new Rng(seed);
  const J = s.H * s.W * s.F;
  return {
    params: {
      kernel: Float32Array.from(rng.normals(9 * s.C * s.F, 0.4)),
      bias: Float32Array.from(rng.normals(s.F, 0.1)),
      dense: Float32Array.from(rng.normals(J * s.classes, 0.1)),
      denseBias: Float32Array.from(rng.normals(s.classes, 0.1)),
    },
    x: Float32Array.from(rng.normals(s.N * s.H * s.W * s.C, 1)),
    labels: Int32Array.from({ length: s.N }, () => Math.floor(rng.next() * s.classes)),
  };
}

function tfjsSteps(s: ConvShape, p: ConvParams, x: Float32Array, labels: Int32Array, steps: number, lr: number): { params: ConvParams; loss: number } {
  const J = s.H * s.W * s.F;
  const K = tf.variable(tf.tensor4d(p.kernel, [3, 3, s.C, s.F]));
  const b = tf.variable(tf.tensor1d(p.bias));
  const D = tf.variable(tf.tensor2d(p.dense, [J, s.classes]));
  const bd = tf.variable(tf.tensor1d(p.denseBias));
  const X = tf.tensor4d(x, [s.N, s.H, s.W, s.C]);
  const Y = tf.oneHot(tf.tensor1d(labels, 'int32'), s.classes);
  const opt = tf.train.adam(lr);
  let first = NaN;
  for (let i = 0; i < steps; i++) {
    const loss = opt.minimize(() => {
      const h = tf.relu(tf.add(conv2dIm2col(X, K as tf.Variable<tf.Rank.R4>), b));
      const z = tf.add(tf.matMul(tf.reshape(h, [s.N, J]), D as tf.Variable<tf.Rank.R2>), bd);
      return tf.losses.softmaxCrossEntropy(Y, z) as tf.Scalar;
    }, true)!;
    if (i === 0) first = loss.dataSync()[0]!;
    loss.dispose();
  }
  const out = { kernel: K.dataSync() as Float32Array, bias: b.dataSync() as Float32Array, dense: D.dataSync() as Float32Array, denseBias: bd.dataSync() as Float32Array };
  opt.dispose();
  tf.dispose([K, b, D, bd, X, Y]);
  return { params: { kernel: Float32Array.from(out.kernel), bias: Float32Array.from(out.bias), dense: Float32Array.from(out.dense), denseBias: Float32Array.from(out.denseBias) }, loss: first };
}

const rel = (a: Float32Array, b: Float32Array) => {
  let d = 0;
  let n = 0;
  a.forEach((x, i) => {
    d += (x - b[i]!) ** 2;
    n += b[i]! ** 2;
  });
  return Math.sqrt(d / Math.max(n, 1e-30));
};

describe.each([
  { N: 4, H: 6, W: 8, C: 1, F: 8, classes: 10 }, // rows a multiple of 4; the 10-class dense fast path
  { N: 3, H: 5, W: 7, C: 2, F: 6, classes: 5 }, // padded rows (W = 7), two input channels, generic dense loop
  { N: 2, H: 3, W: 2, C: 3, F: 1, classes: 2 }, // W < 4, one filter
])('fused conv step vs tfjs: N=$N H=$H W=$W C=$C F=$F classes=$classes', (shape) => {
  test.each([1, 3])('%i step(s) agree within 1e-5', (steps) => {
    const { params, x, labels } = init(shape, 3);
    const net = new FusedConvNet(shape);
    net.setParams(params);
    net.setBatch(x, labels);
    let loss = NaN;
    for (let i = 0; i < steps; i++) {
      const l = net.step({ lr: 0.01 });
      if (i === 0) loss = l;
    }
    const got = net.params();
    const want = tfjsSteps(shape, params, x, labels, steps, 0.01);
    expect(Math.abs(loss - want.loss)).toBeLessThan(1e-5 * (1 + want.loss));
    for (const key of ['kernel', 'bias', 'dense', 'denseBias'] as const) {
      if (process.env.TC_VERBOSE) console.log(`${JSON.stringify(shape)} ${steps} step(s) ${key}: ${rel(got[key], want.params[key]).toExponential(2)}`);
      expect(rel(got[key], want.params[key]), key).toBeLessThan(1e-5);
      expect(rel(got[key], params[key]), `${key} moved`).toBeGreaterThan(1e-4);
    }
  });
});

test('unsupported shapes are refused with the reason', () => {
  expect(() => new FusedConvNet({ N: 1, H: 4, W: 4, C: 1, F: 6, classes: 65 })).toThrow(/classes > 64/);
});
