/**
 * The shattering step (research/vc.md §4, research/backends-and-tooling.md "Fused kernels"):
 * B independent models, each on the same n points with its own ±1 labels; one step = forward
 * on all points, summed loss, backward, Adam (lr 0.05) on every parameter.
 *
 * Variants timed side by side: theorycheck's fused WebAssembly kernel (src/gpu/fused), the
 * generic tfjs path of the engine (trainHinge on GcnnProgram, wasm backend), and the PyTorch
 * peer (bench/peers/shattering_torch.py) on 1 thread. FLOPs per model-step are counted as
 * 6·MACs·n (2 forward, 4 backward per multiply-add; research/vc.md §5), Adam not counted.
 */
import * as tf from '@tensorflow/tfjs';
import { Rng } from '../src/core/rng.js';
import { GcnnProgram } from '../src/empirical/models/gcnn.js';
import { trainHinge } from '../src/empirical/train/batched-trainer.js';
import { FusedBatch, fusedMacsPerPoint, fusedParamCount, mlpArch, nativeUnavailable, type FusedArch, type FusedLoss } from '../src/gpu/fused/index.js';
import { combine, peerTiming, runPeer, timeSteps, type Timing } from './common.js';

export interface ShatterWorkload {
  family: 'mlp' | 'gcnn-a';
  label: string;
  arch: FusedArch;
  n: number;
  B: number;
  loss: FusedLoss;
}

export interface ShatterResult {
  workload: ShatterWorkload;
  flopsPerStep: number;
  /** The WebAssembly kernel. */
  fused: Timing;
  fusedPath: string;
  /** The optional native accelerator (null when not built), and its runtime name. */
  native: Timing | null;
  nativeRuntime: string | null;
  generic: Timing | null;
  peer: Timing | { error: string };
}

const MODEL_A: FusedArch = { r: 8, taps: [-1, 0, 1], channels: [1, 2, 2] };

export function shatterWorkloads(Bs: readonly number[]): ShatterWorkload[] {
  const out: ShatterWorkload[] = [];
  for (const B of Bs) {
    out.push({ family: 'mlp', label: 'MLP 2-16-1, 12 points, hinge', arch: mlpArch(2, [16]), n: 12, B, loss: 'hinge' });
    out.push({ family: 'gcnn-a', label: 'model A (C_8, 3-tap, 1-2-2), 10 points, hinge', arch: MODEL_A, n: 10, B, loss: 'hinge' });
  }
  for (const B of Bs) out.push({ family: 'mlp', label: 'MLP 2-16-1, 12 points, logistic', arch: mlpArch(2, [16]), n: 12, B, loss: 'logistic' });
  return out;
}

function problem(w: ShatterWorkload, seed: number) {
  const rng = new Rng(seed);
  const W = fusedParamCount(w.arch);
  const inputs = Array.from({ length: w.n }, () => rng.normals(w.arch.r * w.arch.channels[0]!, 1));
  const theta = Float32Array.from(rng.normals(w.B * W, 0.5));
  const labels = Float32Array.from({ length: w.B * w.n }, () => (rng.next() < 0.5 ? -1 : 1));
  return { W, inputs, theta, labels };
}

/** Steps per timed round: about 0.2-0.5 s of fused work, and ≤ 300 steps (no denormal tails). */
function stepsFor(w: ShatterWorkload, quick: boolean): { fused: number; peer: number; generic: number } {
  const big = w.B >= 4096;
  const base = w.family === 'mlp' ? (big ? 60 : 300) : big ? 30 : 150;
  const f = quick ? 0.2 : 1;
  return { fused: Math.max(10, Math.round(base * f)), peer: Math.max(5, Math.round((big ? 20 : 60) * f)), generic: quick ? 3 : big ? 5 : 10 };
}

export function runShattering(w: ShatterWorkload, opts: { rounds: number; quick: boolean; peer: boolean; generic: boolean }): ShatterResult {
  const steps = stepsFor(w, opts.quick);
  const { W, inputs, theta, labels } = problem(w, 1);
  const batch = new FusedBatch(w.arch, inputs, w.B, w.loss, 'wasm');
  const native = nativeUnavailable() ? null : new FusedBatch(w.arch, inputs, w.B, w.loss, 'native');
  const nativeRounds: { wall: number; cpu: number }[] = [];
  const fusedRounds: { wall: number; cpu: number }[] = [];
  const peerRounds: { wall: number; cpu: number }[] = [];
  let peerError: string | null = opts.peer ? null : 'not run (--no-peer)';
  const chunk = Math.max(1, Math.round(steps.fused / 10));
  // warm-up past V8's baseline (Liftoff) tier, from fresh states: long runs of converged
  // models would decay their Adam moments into denormals, which is not the workload
  for (const until = performance.now() + 800; performance.now() < until; ) {
    batch.load(theta, labels);
    for (let i = 0; i < 100; i++) batch.train(1, { lr: 0.05 });
  }
  native?.load(theta, labels);
  native?.train(50, { lr: 0.05 });
  for (let r = 0; r < opts.rounds; r++) {
    if (!peerError) {
      const p = runPeer('shattering_torch.py', [w.family, w.B, w.n, w.loss, 10, steps.peer], 1);
      if (p.ok) peerRounds.push(peerTiming(p.out));
      else peerError = p.why;
    }
    batch.load(theta, labels); // fresh state each round: converged models' moments decay towards denormals
    fusedRounds.push(timeSteps(() => batch.train(1, { lr: 0.05 }), chunk, steps.fused, chunk));
    if (native) {
      native.load(theta, labels);
      nativeRounds.push(timeSteps(() => native.train(1, { lr: 0.05 }), chunk, steps.fused, chunk));
    }
  }
  let generic: Timing | null = null;
  if (opts.generic && w.loss === 'hinge') {
    const program = new GcnnProgram(w.arch, inputs.map((x) => Array.from(x)));
    const family = { numParams: W, numPoints: w.n, scores: (th: tf.Tensor2D) => program.scores(th) };
    const k = steps.generic;
    trainHinge(family, theta, labels, { steps: 2, lr: 0.05, checkEvery: 1000 }); // warm-up (kernels, shapes)
    const t = timeSteps(() => trainHinge(family, theta, labels, { steps: k, lr: 0.05, checkEvery: 1000 }), 0, 1);
    program.dispose();
    generic = { wallMs: t.wall / k, cpuMs: t.cpu / k, steps: k };
  }
  return {
    workload: w,
    flopsPerStep: 6 * fusedMacsPerPoint(w.arch) * w.n * w.B,
    fused: combine(fusedRounds, steps.fused * opts.rounds),
    fusedPath: batch.path,
    native: native ? combine(nativeRounds, steps.fused * opts.rounds) : null,
    nativeRuntime: native?.runtime ?? null,
    generic,
    peer: peerError ? { error: peerError } : combine(peerRounds, steps.peer * opts.rounds),
  };
}
