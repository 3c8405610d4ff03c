import type { Rng } from '../../core/rng.js';
import { fitVllH } from '../../theory/vc/vll.js';
import { BatchedHalfspaces } from '../models/mlp-batched.js';
import { trainHingeAuto } from '../train/train-hinge-auto.js';

/**
 * The Vapnik–Levin–LeCun (1994) measurement of a learning machine's effective VC dimension,
 * for affine halfspaces in R^d (research/vc.md §3.8). For each design size ℓ and each trial:
 * draw 2ℓ Gaussian points with random labels, flip the labels of the second half, train to
 * minimise the error on the modified set (batched hinge training, several restarts, the
 * restart with the smallest modified 0-1 error kept), and record ξ = ν₂ − ν₁, the error on
 * the second half minus the error on the first (original labels). ĥ fits the mean ξ̂(ℓ) to
 * Φ(ℓ/h) by least squares. It estimates the class-plus-optimiser's effective dimension.
 */
export interface VllOptions {
  d: number;
  ells: number[];
  trials: number;
  restarts: number;
  steps: number;
  lr: number;
  rng: Rng;
}

export interface VllResult {
  ells: number[];
  /** Mean ξ per design size. */
  xi: number[];
  h: number;
  loss: number;
}

export function measureVll(opts: VllOptions): VllResult {
  const { d, ells, trials, restarts } = opts;
  const N = 2 * Math.max(...ells);
  const jobs = ells.length * trials * restarts;
  const X = new Float32Array(jobs * N * d);
  const Y = new Float32Array(jobs * N); // modified labels (0 = padding)
  const original: Int8Array[] = [];
  for (let e = 0; e < ells.length; e++) {
    for (let t = 0; t < trials; t++) {
      const g = opts.rng.fork('data', e, t);
      const pts = Float32Array.from({ length: 2 * ells[e]! * d }, () => g.normal());
      const ys = Int8Array.from({ length: 2 * ells[e]! }, () => (g.next() < 0.5 ? 1 : -1));
      original.push(ys);
      for (let q = 0; q < restarts; q++) {
        const job = (e * trials + t) * restarts + q;
        X.set(pts, job * N * d);
        ys.forEach((y, i) => (Y[job * N + i] = i < ells[e]! ? y : -y));
      }
    }
  }
  const family = new BatchedHalfspaces(X, jobs, N, d);
  let theta: Float32Array;
  try {
    theta = trainHingeAuto(family, family.init(jobs, opts.rng.fork('init')), Y, { steps: opts.steps, lr: opts.lr, checkEvery: opts.steps }).theta;
  } finally {
    family.dispose();
  }
  const xi = ells.map((ell, e) => {
    let sum = 0;
    for (let t = 0; t < trials; t++) {
      const ys = original[e * trials + t]!;
      let best = { modified: Infinity, xi: 0 };
      for (let q = 0; q < restarts; q++) {
        const job = (e * trials + t) * restarts + q;
        let err1 = 0;
        let err2 = 0;
        for (let i = 0; i < 2 * ell; i++) {
          const s = BatchedHalfspaces.score64(theta, job * (d + 1), X.subarray((job * N + i) * d, (job * N + i + 1) * d), d);
          const wrong = (s > 0 ? 1 : -1) !== ys[i];
          if (wrong) i < ell ? err1++ : err2++;
        }
        const [nu1, nu2] = [err1 / ell, err2 / ell];
        const modified = (nu1 + 1 - nu2) / 2;
        if (modified < best.modified) best = { modified, xi: nu2 - nu1 };
      }
      sum += best.xi;
    }
    return sum / trials;
  });
  const fit = fitVllH(ells, xi);
  return { ells, xi, h: fit.h, loss: fit.loss };
}
