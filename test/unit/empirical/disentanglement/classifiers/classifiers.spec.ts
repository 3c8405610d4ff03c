import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../../src/core/rng.js';
import { fitGradientBoosting } from '../../../../../src/empirical/disentanglement/classifiers/gradient-boosting.js';
import { lbfgs } from '../../../../../src/empirical/disentanglement/classifiers/lbfgs.js';
import { fitLinearSvc1d, squaredHinge1d } from '../../../../../src/empirical/disentanglement/classifiers/linear-svc.js';
import { accuracy, fitLogisticRegression } from '../../../../../src/empirical/disentanglement/classifiers/logistic-regression.js';
import { fitMajorityVote, voteAccuracy } from '../../../../../src/empirical/disentanglement/classifiers/majority-vote.js';
import { binaryAuc, macroAuc } from '../../../../../src/empirical/disentanglement/classifiers/roc-auc.js';
import { fitRegressionTree, treeWorkspace } from '../../../../../src/empirical/disentanglement/classifiers/regression-tree.js';

describe('lbfgs', () => {
  it('should minimise a convex quadratic to the gradient tolerance', () => {
    const r = lbfgs((x, g) => {
      g[0] = 2 * (x[0]! - 3);
      g[1] = 20 * (x[1]! + 1);
      return (x[0]! - 3) ** 2 + 10 * (x[1]! + 1) ** 2;
    }, new Float64Array(2), { gtol: 1e-10 });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(3, 8);
    expect(r.x[1]).toBeCloseTo(-1, 8);
  });
});

describe('logistic regression', () => {
  it('should separate separable classes and give probabilities that sum to 1', () => {
    const x = [Float64Array.from([0, 1, 2, 10, 11, 12, 20, 21, 22])];
    const y = [0, 0, 0, 1, 1, 1, 2, 2, 2];
    const m = fitLogisticRegression(x, y);
    expect(accuracy(m.predict(x), y)).toBe(1);
    const p = m.predictProba(x);
    for (let i = 0; i < 9; i++) expect(p[i * 3]! + p[i * 3 + 1]! + p[i * 3 + 2]!).toBeCloseTo(1, 12);
  });

  it('should predict the only class when there is one', () => {
    const m = fitLogisticRegression([Float64Array.from([1, 2])], [4, 4]);
    expect(Array.from(m.predict([Float64Array.from([7])]))).toEqual([4]);
  });
});

describe('linear SVC on one feature', () => {
  it('should reach the optimum of the squared-hinge primal (zero gradient)', () => {
    const x = Float64Array.from([-2, -1, -0.5, 0.5, 1, 3]);
    const s = Int8Array.from([-1, -1, 1, -1, 1, 1]);
    const c = new Float64Array(6).fill(0.7);
    const [w, b] = squaredHinge1d(x, s, c);
    let gw = w;
    let gb = b;
    for (let i = 0; i < 6; i++) {
      const slack = 1 - s[i]! * (w * x[i]! + b);
      if (slack > 0) {
        gw -= 2 * c[i]! * slack * s[i]! * x[i]!;
        gb -= 2 * c[i]! * slack * s[i]!;
      }
    }
    expect(Math.abs(gw)).toBeLessThan(1e-9);
    expect(Math.abs(gb)).toBeLessThan(1e-9);
  });

  it('should classify two separated groups and only the end classes of an ordered many-class feature', () => {
    const x = Float64Array.from({ length: 200 }, (_, i) => (i < 100 ? -1 : 1));
    const y = Float64Array.from({ length: 200 }, (_, i) => (i < 100 ? 0 : 1));
    expect(accuracy(fitLinearSvc1d(x, y, 0.01).predict(x), y)).toBe(1);
    const z = Float64Array.from({ length: 1000 }, (_, i) => i % 10);
    const acc = accuracy(fitLinearSvc1d(z, z, 0.01).predict(z), z);
    expect(acc).toBeLessThan(0.8);
    expect(acc).toBeGreaterThan(0.1);
  });
});

describe('ROC AUC and majority vote', () => {
  it('should count ties as one half', () => {
    expect(binaryAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])).toBeCloseTo(0.75, 15);
    expect(binaryAuc([0.5, 0.5], [true, false])).toBe(0.5);
    expect(binaryAuc([0.5, 0.5], [true, true])).toBeNull();
    expect(macroAuc(Float64Array.from([1, 0, 0, 1]), Float64Array.from([0, 1]), [0, 1])).toBe(1);
  });

  it('should assign each code its most frequent factor (ties: the lowest)', () => {
    const votes = [Float64Array.from([5, 0, 1]), Float64Array.from([1, 4, 1])];
    const m = fitMajorityVote(votes);
    expect(Array.from(m.classOf)).toEqual([0, 1, 0]);
    expect(voteAccuracy(m, votes)).toBeCloseTo(10 / 12, 15);
  });
});

describe('regression tree and gradient boosting', () => {
  it('should find the best threshold of a step function at the midpoint', () => {
    const x = [Float32Array.from([1, 2, 3, 4, 5, 6])];
    const y = Float64Array.from([0, 0, 0, 5, 5, 5]);
    const tree = fitRegressionTree(x, treeWorkspace(x, 1), y, 1, new Int32Array(6));
    expect(tree.feature[0]).toBe(0);
    expect(tree.threshold[0]).toBe(3.5);
    expect(tree.importances[0]).toBeCloseTo(6.25, 12); // variance 6.25 removed entirely
  });

  it('should give all importance to the informative feature and split it between exact duplicates', () => {
    const rng = new Rng(1);
    const n = 600;
    const f = Float64Array.from({ length: n }, () => rng.int(0, 3));
    const noise = Float64Array.from({ length: n }, () => rng.next());
    const single = fitGradientBoosting([f, noise], f, { nEstimators: 20 });
    expect(single.featureImportances[0]).toBeGreaterThan(0.99);
    expect(accuracy(single.predict([f, noise]), f)).toBe(1);
    const dup = fitGradientBoosting([f, Float64Array.from(f)], f, { nEstimators: 30, seed: 3 });
    expect(dup.featureImportances[0]).toBeGreaterThan(0.15);
    expect(dup.featureImportances[1]).toBeGreaterThan(0.15);
  });

  it('should be deterministic for a seed and handle one class', () => {
    const x = [Float64Array.from([1, 2, 3, 4]), Float64Array.from([1, 2, 3, 4])];
    const y = [0, 1, 0, 1];
    expect(Array.from(fitGradientBoosting(x, y, { seed: 5 }).featureImportances)).toEqual(Array.from(fitGradientBoosting(x, y, { seed: 5 }).featureImportances));
    expect(Array.from(fitGradientBoosting(x, [2, 2, 2, 2]).predict(x))).toEqual([2, 2, 2, 2]);
  });
});
