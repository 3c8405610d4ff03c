import { describe, expect, it } from 'vitest';
import { dciAxioms } from '../../../proofs-checks/dis/dci-axioms.claim.js';
import { disClaims } from '../../../proofs-checks/dis/index.js';
import { metricsRange } from '../../../proofs-checks/dis/metrics-range.claim.js';
import { referenceCases } from '../../../proofs-checks/dis/reference-cases.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

describe('dis.metrics.range', () => {
  it('should keep every metric finite and in range, IRS negative on the threshold XOR', async () => {
    const r = await runForTest(metricsRange);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const constant = r.cases[0]!.summary;
    expect(constant).toMatchObject({ MIG: 0, DCIMIG: 0, Modularity: 0, IRS: 0, 'DCI-D': 0, Explicitness: 0.5 });
    const xor = r.cases.find((c) => c.name!.startsWith('threshold XOR'))!.summary;
    expect(Number(xor.IRS)).toBeLessThan(0);
    expect(Number(xor.IRS)).toBeGreaterThanOrEqual(-1);
  });

  it('should be violated by a NaN or an out-of-range score', () => {
    const ok = { MIG: 0.5, DCIMIG: 0.5, SAP: 0.5, 'SAP-continuous': 0.5, Modularity: 0.5, Explicitness: 0.5, IRS: -0.2, BetaVAE: 0.5, FactorVAE: 0.5, 'DCI-D': 0.5, 'DCI-C': 0.5, 'DCI-I': 0.5 };
    const p = { spec: { factorSizes: [2], codes: [] } };
    expect(metricsRange.check({ label: '' }, ok, metricsRange.tolerance, p).status).toBe('holds');
    expect(metricsRange.check({ label: '' }, { ...ok, MIG: NaN }, metricsRange.tolerance, p).status).toBe('violated');
    expect(metricsRange.check({ label: '' }, { ...ok, Modularity: 1.01 }, metricsRange.tolerance, p).status).toBe('violated');
    expect(metricsRange.check({ label: '' }, { ...ok, IRS: -1.5 }, metricsRange.tolerance, p).status).toBe('violated');
  });
});

describe('dis.metrics.reference-cases', () => {
  it('should pass the library’s own tests on every metric', async () => {
    const r = await runForTest(referenceCases);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.cases.length).toBe(20);
    const by = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(Number(by['mig: identity']!.MIG)).toBeGreaterThan(0.9);
    expect(by['mig: duplicated']!.MIG).toBe(0);
    expect(Number(by['dcimig: duplicated']!.DCIMIG)).toBeGreaterThan(0.9);
    expect(Number(by['dci: duplicated']!['DCI-C'])).toBeCloseTo(1 - Math.log(2) / Math.log(20), 1);
  });

  it('should be violated by a value outside the library’s interval', () => {
    const p = { metric: 'mig' as const, rep: 'identity' as const, numFactors: 10, numValues: 10 };
    expect(referenceCases.check({ MIG: [0.9, 1] }, { MIG: 0.85 }, referenceCases.tolerance, p).status).toBe('violated');
  });
});

describe('dis.dci.axioms', () => {
  it('should report P1 holding and P2 failing on packed pairs and a small rotation (may fail)', async () => {
    const r = await runForTest(dciAxioms);
    expect(dciAxioms.expectation).toBe('may-fail');
    expect(r.verdict.status, explain(r)).toBe('violated');
    const by = Object.fromEntries(r.cases.map((c) => [c.name, c]));
    expect(by['A1: identity, sizes [3, 6, 10, 8]']!.verdict.status).toBe('holds');
    expect(by['rotation by 45 degrees, sizes [10, 10] (E-max)']!.verdict.status).toBe('holds');
    expect(Number(by['J1: (4 f0 + f1, 4 f2 + f3) (E-max)']!.summary.score)).toBeCloseTo(0.5, 2);
    expect(Number(by['rotation by 5 degrees, sizes [10, 10]']!.summary.score)).toBeGreaterThan(0.99);
    expect(r.property!.counterexample).toBeDefined();
  });

  it('should register every dis claim once', () => {
    expect(disClaims.map((c) => c.id).sort()).toEqual([
      'dis.betavae.violates-p2',
      'dis.dci.axioms',
      'dis.dcimig.p1',
      'dis.dcimig.p2',
      'dis.dcimig.pairwise-blind-spot',
      'dis.factorvae.violates-p2',
      'dis.irs.violates-p2',
      'dis.metrics.range',
      'dis.metrics.reference-cases',
      'dis.mig.violates-p1',
      'dis.mig.violates-p2',
      'dis.modularity.violates-p2',
      'dis.sap.violates-p1',
    ]);
  });
});
