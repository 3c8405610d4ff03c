import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { GcnnFamily } from '../../../../src/empirical/models/gcnn-family.js';
import { trainHinge } from '../../../../src/empirical/train/batched-trainer.js';
import { fusedProblemOf, trainHingeAuto } from '../../../../src/empirical/train/train-hinge-auto.js';
import { MODEL_A } from '../../../../src/theory/vc/gcnn-arch.js';
import { worstRelative } from '../../gpu/fused/helpers.js';

/** The integration hook: trainHinge's contract, on the fused kernel for families that have one. */
beforeAll(async () => {
  tf.enableProdMode();
  await tf.setBackend('wasm');
  await tf.ready();
});
afterEach(() => {
  delete process.env.THEORYCHECK_FUSED;
});

const rng = new Rng(5);
const inputs = Array.from({ length: 5 }, () => Array.from(rng.normals(8, 1)));
const B = 32;

function setup() {
  const family = new GcnnFamily(MODEL_A, inputs);
  const theta0 = family.init(B, new Rng(6));
  const labels = Float32Array.from({ length: B * 5 }, (_, j) => (((Math.floor(j / 5) >> (j % 5)) & 1) === 1 ? 1 : -1));
  return { family, theta0, labels };
}

describe('trainHingeAuto', () => {
  test('a GcnnFamily (model A) trains on the fused kernel, with the generic result to float32 rounding', () => {
    const { family, theta0, labels } = setup();
    try {
      expect('problem' in fusedProblemOf(family)).toBe(true);
      const fused = trainHingeAuto(family, theta0, labels, { steps: 1, lr: 0.05 });
      const generic = trainHinge(family, theta0, labels, { steps: 1, lr: 0.05 });
      expect(fused.engine).toBe('fused');
      expect(fused.engine === 'fused' && fused.runtime).toMatch(/^(wasm-simd128|native-)/);
      expect(worstRelative(fused.theta, generic.theta, family.numParams)).toBeLessThan(1e-6);
      expect(fused.modelSteps).toBe(generic.modelSteps);
    } finally {
      family.dispose();
    }
  });

  test('THEORYCHECK_FUSED=0 and families without an architecture take the generic path, saying why', () => {
    const { family, theta0, labels } = setup();
    try {
      process.env.THEORYCHECK_FUSED = '0';
      const off = trainHingeAuto(family, theta0, labels, { steps: 2, lr: 0.05 });
      expect(off).toMatchObject({ engine: 'tfjs', why: 'THEORYCHECK_FUSED=0' });
      delete process.env.THEORYCHECK_FUSED;
      const plain = { numParams: family.numParams, numPoints: family.numPoints, scores: (th: tf.Tensor2D) => family.scores(th) };
      const res = trainHingeAuto(plain, theta0, labels, { steps: 2, lr: 0.05 });
      expect(res.engine).toBe('tfjs');
      expect(Array.from(res.theta)).toEqual(Array.from(off.theta));
    } finally {
      family.dispose();
    }
  });

  test('a family whose exact scores contradict its declared architecture falls back', () => {
    const { family, theta0, labels } = setup();
    try {
      const liar = { numParams: family.numParams, numPoints: family.numPoints, arch: family.arch, inputs: family.inputs, scores: (th: tf.Tensor2D) => family.scores(th), exactScores: (th: ArrayLike<number>, off: number) => family.exactScores(th, off).map((s) => s + 1) };
      const res = trainHingeAuto(liar, theta0, labels, { steps: 1, lr: 0.05 });
      expect(res.engine).toBe('tfjs');
      expect(res.engine === 'tfjs' && res.why).toMatch(/disagrees/);
    } finally {
      family.dispose();
    }
  });
});
