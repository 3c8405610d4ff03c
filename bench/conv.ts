/**
 * The conv training step (research/backends-and-tooling.md §1 "Benchmarks"): a batch of
 * N = 64 images 28x28x1, conv 8@3x3 'same' + bias + ReLU, flatten, dense 10, softmax
 * cross-entropy, Adam. Variants: theorycheck's fused kernel (src/gpu/fused/conv.ts), the
 * generic tfjs path (conv2dIm2col on the wasm backend: wasm cannot train tf.conv2d), and the
 * PyTorch peer (bench/peers/conv_torch.py) on 1 thread.
 *
 * FLOPs per step: 2 per multiply-add of conv forward (N·H·W·9·C·F), dense forward (N·J·K),
 * dense weight gradient and input gradient (2·N·J·K), conv kernel gradient (N·H·W·9·C·F).
 */
import * as tf from '@tensorflow/tfjs';
import { Rng } from '../src/core/rng.js';
import { conv2dIm2col } from '../src/empirical/models/conv-im2col.js';
import { FusedConvNet, type ConvShape } from '../src/gpu/fused/index.js';
import { combine, peerTiming, runPeer, timeSteps, type Timing } from './common.js';

export interface ConvResult {
  shape: ConvShape;
  flopsPerStep: number;
  fused: Timing;
  generic: Timing | null;
  peer: Timing | { error: string };
}

export const CONV_SHAPE: ConvShape = { N: 64, H: 28, W: 28, C: 1, F: 8, classes: 10 };

export function runConv(opts: { rounds: number; quick: boolean; peer: boolean; generic: boolean }, s: ConvShape = CONV_SHAPE): ConvResult {
  const rng = new Rng(2);
  const J = s.H * s.W * s.F;
  const params = {
    kernel: Float32Array.from(rng.normals(9 * s.C * s.F, 0.3)),
    bias: new Float32Array(s.F),
    dense: Float32Array.from(rng.normals(J * s.classes, 0.01)),
    denseBias: new Float32Array(s.classes),
  };
  const x = Float32Array.from(rng.normals(s.N * s.H * s.W * s.C, 1));
  const labels = Int32Array.from({ length: s.N }, () => Math.floor(rng.next() * s.classes));
  const steps = opts.quick ? 10 : 40;
  const net = new FusedConvNet(s);
  net.setBatch(x, labels);
  const fusedRounds: { wall: number; cpu: number }[] = [];
  const peerRounds: { wall: number; cpu: number }[] = [];
  let peerError: string | null = opts.peer ? null : 'not run (--no-peer)';
  for (let r = 0; r < opts.rounds; r++) {
    if (!peerError) {
      const p = runPeer('conv_torch.py', [s.N, s.H, s.F, s.classes, 5, steps], 1);
      if (p.ok) peerRounds.push(peerTiming(p.out));
      else peerError = p.why;
    }
    net.setParams(params);
    fusedRounds.push(timeSteps(() => net.step({ lr: 1e-3 }), 3, steps, 1, r === 0 ? 1500 : 100));
  }
  let generic: Timing | null = null;
  if (opts.generic) {
    const K = tf.variable(tf.tensor4d(params.kernel, [3, 3, s.C, s.F]));
    const b = tf.variable(tf.tensor1d(params.bias));
    const D = tf.variable(tf.tensor2d(params.dense, [J, s.classes]));
    const bd = tf.variable(tf.tensor1d(params.denseBias));
    const X = tf.tensor4d(x, [s.N, s.H, s.W, s.C]);
    const Y = tf.oneHot(tf.tensor1d(labels, 'int32'), s.classes);
    const optimizer = tf.train.adam(1e-3);
    const step = () => {
      const loss = optimizer.minimize(() => {
        const h = tf.relu(tf.add(conv2dIm2col(X, K as tf.Variable<tf.Rank.R4>), b));
        return tf.losses.softmaxCrossEntropy(Y, tf.add(tf.matMul(tf.reshape(h, [s.N, J]), D as tf.Variable<tf.Rank.R2>), bd)) as tf.Scalar;
      }, true)!;
      loss.dataSync();
      loss.dispose();
    };
    const t = timeSteps(step, 3, opts.quick ? 3 : 10);
    generic = { wallMs: t.wall, cpuMs: t.cpu, steps: opts.quick ? 3 : 10 };
    optimizer.dispose();
    tf.dispose([K, b, D, bd, X, Y]);
  }
  const convMacs = s.N * s.H * s.W * 9 * s.C * s.F;
  const denseMacs = s.N * J * s.classes;
  return {
    shape: s,
    flopsPerStep: 2 * (2 * convMacs + 3 * denseMacs),
    fused: combine(fusedRounds, steps * opts.rounds),
    generic,
    peer: peerError ? { error: peerError } : combine(peerRounds, steps * opts.rounds),
  };
}
