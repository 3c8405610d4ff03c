import { describe, expect, it } from 'vitest';
import { dcimigP1 } from '../../../proofs-checks/dis/dcimig-p1.claim.js';
import { dcimigP2 } from '../../../proofs-checks/dis/dcimig-p2.claim.js';
import { dcimigPairwiseBlindSpot } from '../../../proofs-checks/dis/dcimig-pairwise-blind-spot.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

describe('dis.dcimig.p1', () => {
  it('should hold on every named and generated disentangled code, within the χ² slack', async () => {
    const r = await runForTest(dcimigP1);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.property!.runsExecuted).toBe(12);
    for (const c of [...r.cases, ...r.property!.samples]) {
      expect(Number(c.summary.score)).toBeGreaterThan(0.995);
      expect(c.summary['population DCIMIG']).toBeCloseTo(1, 12);
    }
    const dup = r.cases.find((c) => c.name === 'C1: duplicated (f, f)')!;
    expect(dup.summary.MIG).toBe(0);
  });

  it('should be violated by a measurement below 1 - ε, and inconclusive off its hypothesis', () => {
    const t = { label: 'disentangled (strict)', disentangled: true, separable: true, exact: 1, binned: 1 };
    const p = { spec: { factorSizes: [2], codes: [] } };
    expect(dcimigP1.check(t, { dcimig: 0.98, mig: 0.98, slack: 0.003 }, dcimigP1.tolerance, p).status).toBe('violated');
    expect(dcimigP1.check(t, { dcimig: 0.998, mig: 0.98, slack: 0.003 }, dcimigP1.tolerance, p).status).toBe('holds');
    expect(dcimigP1.check({ ...t, separable: false }, { dcimig: 0.5, mig: 0.5, slack: 0.003 }, dcimigP1.tolerance, p).status).toBe('inconclusive');
  });
});

describe('dis.dcimig.p2', () => {
  it('should be below 1 on every entangled code and follow the rotation sweep', async () => {
    const r = await runForTest(dcimigP2);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const by = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(Number(by['B1: factors 0 and 1 rotated by 45 degrees, sizes [3, 6, 10, 8]']!.score)).toBeCloseTo(0.697, 2);
    expect(Number(by['J1: (4 f0 + f1, 4 f2 + f3)']!.score)).toBeLessThan(0.01);
    expect(Number(by['B3: (I + 0.5(J - I)) s, sizes [3, 6, 10, 8]']!.score)).toBeCloseTo(0.179, 1);
    const sweep = [10, 20, 30, 40, 45].map((d) => Number(by[`rotation by ${d} degrees, sizes [10, 10]`]!.score));
    for (let k = 1; k < sweep.length; k++) expect(sweep[k]!).toBeLessThanOrEqual(sweep[k - 1]! + 1e-3);
    expect(sweep[4]!).toBeLessThan(0.01);
    expect(r.plots[0]!.series[0]!.points.length).toBe(5);
  });

  it('should be violated by DCIMIG = 1 on an entangled code', () => {
    const t = { label: 'entangled', entangledFactors: [0], population: 0.5 };
    expect(dcimigP2.check(t, { dcimig: 1, mig: 1 }, dcimigP2.tolerance, { spec: { factorSizes: [2], codes: [] } }).status).toBe('violated');
  });
});

describe('dis.dcimig.pairwise-blind-spot', () => {
  it('should find MIG = DCIMIG = Modularity = 1 on the XOR code, IRS below 1', async () => {
    const r = await runForTest(dcimigPairwiseBlindSpot);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const s = r.cases[0]!.summary;
    for (const k of ['MIG', 'DCIMIG', 'Modularity', 'DCI-D', 'BetaVAE', 'FactorVAE']) expect(Number(s[k]), k).toBeGreaterThan(0.99);
    expect(Number(s.IRS)).toBeCloseTo(0.888, 2);
    expect(s.class).toBe('pairwise-hidden (XOR)');
  });
});
