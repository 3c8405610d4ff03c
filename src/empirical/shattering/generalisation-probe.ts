import type { Rng } from '../../core/rng.js';
import { BatchedHalfspaces } from '../models/mlp-batched.js';
import { trainHingeAuto } from '../train/train-hinge-auto.js';

/**
 * Train-versus-test error of affine halfspaces in R^d (research/vc.md §3.7). Each trial draws
 * m training and T test points x ~ N(0, I_d) labelled by a random halfspace, with each label
 * flipped with probability p; all trials train at once (batched hinge training on their own
 * data), and the 0-1 errors of the trained halfspace are counted in float64.
 */
export interface GeneralisationOptions {
  d: number;
  m: number;
  testSize: number;
  noise: number;
  trials: number;
  steps: number;
  lr: number;
  rng: Rng;
}

export interface GeneralisationTrial {
  train: number;
  test: number;
  gap: number;
}

export function measureGeneralisation(o: GeneralisationOptions): GeneralisationTrial[] {
  const { d, m, trials } = o;
  const data = trials > 0 ? Array.from({ length: trials }, (_, t) => sampleTask(o, o.rng.fork('task', t))) : [];
  const X = new Float32Array(trials * m * d);
  const Y = new Float32Array(trials * m);
  data.forEach((task, t) => {
    X.set(task.trainX, t * m * d);
    Y.set(task.trainY, t * m);
  });
  const family = new BatchedHalfspaces(X, trials, m, d);
  let theta: Float32Array;
  try {
    theta = trainHingeAuto(family, family.init(trials, o.rng.fork('init')), Y, { steps: o.steps, lr: o.lr, checkEvery: o.steps }).theta;
  } finally {
    family.dispose();
  }
  const err = (x: Float32Array, y: Float32Array, t: number) => {
    let wrong = 0;
    for (let i = 0; i < y.length; i++) if ((BatchedHalfspaces.score64(theta, t * (d + 1), x.subarray(i * d, (i + 1) * d), d) > 0 ? 1 : -1) !== y[i]) wrong++;
    return wrong / y.length;
  };
  return data.map((task, t) => {
    const train = err(task.trainX, task.trainY, t);
    const test = err(task.testX, task.testY, t);
    return { train, test, gap: test - train };
  });
}

function sampleTask(o: GeneralisationOptions, g: Rng) {
  const w = Array.from({ length: o.d }, () => g.normal());
  const b = 0.3 * g.normal();
  const draw = (count: number) => {
    const x = Float32Array.from({ length: count * o.d }, () => g.normal());
    const y = Float32Array.from({ length: count }, (_, i) => {
      let s = b;
      for (let q = 0; q < o.d; q++) s += w[q]! * x[i * o.d + q]!;
      const clean = s > 0 ? 1 : -1;
      return g.next() < o.noise ? -clean : clean;
    });
    return { x, y };
  };
  const tr = draw(o.m);
  const te = draw(o.testSize);
  return { trainX: tr.x, trainY: tr.y, testX: te.x, testY: te.y };
}
