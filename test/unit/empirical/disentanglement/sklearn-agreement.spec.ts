import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSampleRows } from '../../../../src/empirical/disentanglement/arrays.js';
import { accuracy, fitLogisticRegression } from '../../../../src/empirical/disentanglement/classifiers/logistic-regression.js';
import { fitGradientBoosting } from '../../../../src/empirical/disentanglement/classifiers/gradient-boosting.js';
import { fitLinearSvc1d } from '../../../../src/empirical/disentanglement/classifiers/linear-svc.js';
import { dci } from '../../../../src/empirical/disentanglement/dci.js';
import { dcimigFromInfo } from '../../../../src/empirical/disentanglement/dcimig.js';
import { discreteInfo } from '../../../../src/empirical/disentanglement/discrete-info.js';
import { explicitness } from '../../../../src/empirical/disentanglement/explicitness.js';
import { histogramDiscretize } from '../../../../src/empirical/disentanglement/histogram.js';
import { irs } from '../../../../src/empirical/disentanglement/irs.js';
import { migFromInfo } from '../../../../src/empirical/disentanglement/mig.js';
import { modularityFromMi } from '../../../../src/empirical/disentanglement/modularity.js';
import { sap } from '../../../../src/empirical/disentanglement/sap.js';

/**
 * The same arrays through numpy/scikit-learn 1.2.1 (bench/metrics/make_fixtures.py, the
 * definitions of disentanglement_lib) and through our implementation. Histogram, MI and the
 * MI-based metrics agree to 1e-9; the model-based ones within the notes' ±0.02–0.05.
 */
interface Fixture {
  codes: number[][];
  factors: number[][];
  cut: number;
  binned: number[][];
  mi: number[][];
  entropies: number[];
  mig: number;
  dcimig: number;
  modularity: number;
  irs: number;
  sap_continuous: number;
  sap_discrete: number;
  svc_accuracy: number[];
  explicitness: number;
  lr_multinomial: { train_accuracy: number; test_accuracy: number; proba_test_first5: number[][] };
  lr_binary: { train_accuracy: number; proba_test_first5: number[][] };
  gbt: { importances: number[]; train_accuracy: number; test_accuracy: number };
  dci: { disentanglement: number; completeness: number; informativeness: number };
}
const fx = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'sklearn-reference.json'), 'utf8')) as Fixture;
const codes = fromSampleRows(fx.codes, fx.codes[0]!.length);
const factors = fromSampleRows(fx.factors, fx.factors[0]!.length);
const all = { codes, factors };
const split = (lo: number, hi: number) => ({ codes: codes.map((c) => c.slice(lo, hi)), factors: factors.map((f) => f.slice(lo, hi)) });
const train = split(0, fx.cut);
const test = split(fx.cut, fx.codes.length);

describe('agreement with numpy / scikit-learn on the same arrays', () => {
  it('should bin every code exactly as np.histogram + np.digitize', () => {
    codes.forEach((c, j) => expect(Array.from(histogramDiscretize(c))).toEqual(fx.binned[j]));
  });

  it('should give the MI matrix and entropies of mutual_info_score to 1e-12', () => {
    const info = discreteInfo(all);
    info.mi.forEach((row, j) => row.forEach((v, i) => expect(v).toBeCloseTo(fx.mi[j]![i]!, 12)));
    info.entropies.forEach((h, i) => expect(h).toBeCloseTo(fx.entropies[i]!, 12));
  });

  it('should give MIG, DCIMIG, Modularity, IRS and SAP-continuous to 1e-9', () => {
    const info = discreteInfo(all);
    expect(migFromInfo(info).score).toBeCloseTo(fx.mig, 9);
    expect(dcimigFromInfo(info).score).toBeCloseTo(fx.dcimig, 9);
    expect(modularityFromMi(info.mi).score).toBeCloseTo(fx.modularity, 9);
    expect(irs(all).score).toBeCloseTo(fx.irs, 9);
    expect(sap(all, null, true).score).toBeCloseTo(fx.sap_continuous, 9);
  });

  it('should match LinearSVC test accuracies within 0.02 and SAP-discrete within 0.02', () => {
    let k = 0;
    train.codes.forEach((z, j) =>
      train.factors.forEach((y, i) => {
        const acc = accuracy(fitLinearSvc1d(z, y, 0.01).predict(test.codes[j]!), test.factors[i]!);
        expect(Math.abs(acc - fx.svc_accuracy[k++]!)).toBeLessThanOrEqual(0.02);
      }),
    );
    expect(Math.abs(sap(train, test, false).score - fx.sap_discrete)).toBeLessThanOrEqual(0.02);
  });

  it('should match LogisticRegression accuracies within 0.02 and probabilities within 0.05', () => {
    const multi = fitLogisticRegression(train.codes, train.factors[1]!);
    expect(Math.abs(accuracy(multi.predict(train.codes), train.factors[1]!) - fx.lr_multinomial.train_accuracy)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(accuracy(multi.predict(test.codes), test.factors[1]!) - fx.lr_multinomial.test_accuracy)).toBeLessThanOrEqual(0.02);
    const p = multi.predictProba(test.codes.map((c) => c.slice(0, 5)));
    fx.lr_multinomial.proba_test_first5.flat().forEach((v, k) => expect(Math.abs(p[k]! - v)).toBeLessThanOrEqual(0.05));
    const yb = train.factors[0]!.map((v) => (v === 2 ? 1 : 0));
    const bin = fitLogisticRegression(train.codes, yb);
    expect(Math.abs(accuracy(bin.predict(train.codes), yb) - fx.lr_binary.train_accuracy)).toBeLessThanOrEqual(0.02);
    const pb = bin.predictProba(test.codes.map((c) => c.slice(0, 5)));
    fx.lr_binary.proba_test_first5.flat().forEach((v, k) => expect(Math.abs(pb[k]! - v)).toBeLessThanOrEqual(0.05));
  });

  it('should match Explicitness within 0.02', () => {
    expect(Math.abs(explicitness(train, test).test - fx.explicitness)).toBeLessThanOrEqual(0.02);
  });

  it('should match GradientBoostingClassifier importances within 0.05 and DCI within 0.05', () => {
    const model = fitGradientBoosting(train.codes, train.factors[1]!);
    model.featureImportances.forEach((v, j) => expect(Math.abs(v - fx.gbt.importances[j]!)).toBeLessThanOrEqual(0.05));
    expect(Math.abs(accuracy(model.predict(test.codes), test.factors[1]!) - fx.gbt.test_accuracy)).toBeLessThanOrEqual(0.05);
    const r = dci(train, test);
    expect(Math.abs(r.disentanglement - fx.dci.disentanglement)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(r.completeness - fx.dci.completeness)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(r.informativenessTest - fx.dci.informativeness)).toBeLessThanOrEqual(0.05);
  });
});
