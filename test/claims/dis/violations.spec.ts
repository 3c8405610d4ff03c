import { describe, expect, it } from 'vitest';
import { betaVaeViolatesP2 } from '../../../proofs-checks/dis/betavae-violates-p2.claim.js';
import { factorVaeViolatesP2 } from '../../../proofs-checks/dis/factorvae-violates-p2.claim.js';
import { irsViolatesP2 } from '../../../proofs-checks/dis/irs-violates-p2.claim.js';
import { migViolatesP1 } from '../../../proofs-checks/dis/mig-violates-p1.claim.js';
import { migViolatesP2 } from '../../../proofs-checks/dis/mig-violates-p2.claim.js';
import { modularityViolatesP2 } from '../../../proofs-checks/dis/modularity-violates-p2.claim.js';
import { sapViolatesP1 } from '../../../proofs-checks/dis/sap-violates-p1.claim.js';
import type { ClaimResult } from '../../../src/core/results.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

/** The metric × property table: each witness claim holds, with the notes' numbers in its summary. */
const byName = (r: ClaimResult) => Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
const score = (r: ClaimResult, name: string) => Number(byName(r)[name]?.score);

describe('dis.mig.violates-p1', () => {
  it('should find MIG = 0 on the duplicated code while DCIMIG stays at 1', async () => {
    const r = await runForTest(migViolatesP1);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const c1 = byName(r)['C1: (f, f) on sizes [3, 6, 10, 8]']!;
    expect(c1).toMatchObject({ metric: 'MIG', property: 'P1', score: 0, 'population MIG': 0, class: 'disentangled (redundant)' });
    expect(Number(c1.DCIMIG)).toBeGreaterThan(0.99);
    expect(score(r, 'one factor of [10, 10] duplicated')).toBeCloseTo(0.5, 2);
    expect(r.plots[0]!.series[0]!.points.length).toBe(2);
  });

  it('should give no witness for a non-disentangled code or a high score', () => {
    const t = { label: 'entangled', disentangled: false, mig: 0, dcimig: 0 };
    expect(migViolatesP1.check(t, { mig: 0, dcimig: 0 }, migViolatesP1.tolerance, { spec: { factorSizes: [2], codes: [] } }).status).toBe('inconclusive');
    expect(migViolatesP1.check({ ...t, disentangled: true }, { mig: 0.95, dcimig: 1 }, migViolatesP1.tolerance, { spec: { factorSizes: [2], codes: [] } }).status).toBe('inconclusive');
  });
});

describe('dis.mig.violates-p2', () => {
  it('should find MIG ≈ 1 and DCIMIG ≈ 0 on the packed code J1', async () => {
    const r = await runForTest(migViolatesP2);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const j1 = byName(r)['J1: (4 f0 + f1, 4 f2 + f3), sizes [4, 4, 4, 4]']!;
    expect(Number(j1.score)).toBeGreaterThan(0.99);
    expect(Number(j1.DCIMIG)).toBeLessThan(0.01);
    expect(j1.class).toBe('entangled (E-max)');
  });
});

describe('dis.betavae.violates-p2 and dis.factorvae.violates-p2', () => {
  it('should score 1 on a 40-degree rotation and on the diagonal-dominant mixing, chance at 45 degrees', async () => {
    for (const claim of [betaVaeViolatesP2, factorVaeViolatesP2]) {
      const r = await runForTest(claim);
      expect(r.verdict.status, explain(r)).toBe('holds');
      expect(score(r, 'rotation by 40 degrees, sizes [10, 10]')).toBeGreaterThanOrEqual(0.99);
      expect(score(r, 'B3: (I + 0.5(J - I)) s, sizes [3, 6, 10, 8]')).toBeGreaterThanOrEqual(0.99);
      const tie = r.cases.find((c) => c.name!.startsWith('rotation by 45'))!;
      expect(tie.verdict.status).toBe('inconclusive');
      expect(Number(tie.summary.score)).toBeLessThan(0.65);
      expect(Number(tie.summary['large-batch limit'])).toBeCloseTo(0.5, 6);
    }
  });

  it('should not call a disentangled code a P2 witness', () => {
    const t = { label: 'disentangled (strict)', entangled: false, limit: 1, minDistance: 1 };
    expect(betaVaeViolatesP2.check(t, { score: 1, train: 1 }, betaVaeViolatesP2.tolerance, { spec: { factorSizes: [2], codes: [] } }).status).toBe('inconclusive');
  });
});

describe('dis.sap.violates-p1', () => {
  it('should score the identity code about 0.36 (discrete) and a relabelling / duplicates low (continuous)', async () => {
    const r = await runForTest(sapViolatesP1);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const id = score(r, 'A1: identity, sizes [3, 6, 10, 8], discrete SAP (library default)');
    expect(id).toBeGreaterThan(0.22);
    expect(id).toBeLessThan(0.45);
    expect(score(r, 'A3: relabelled factors, continuous SAP')).toBeLessThan(0.3);
    expect(score(r, 'C1: (f, f), continuous SAP')).toBe(0);
    expect(byName(r)['A1: identity, sizes [3, 6, 10, 8], discrete SAP (library default)']!['population SAP-continuous']).toBeCloseTo(1, 9);
  });
});

describe('dis.modularity.violates-p2 and dis.irs.violates-p2', () => {
  it('should score the mixing / small rotation and the copies of f0 at or above 0.9', async () => {
    const m = await runForTest(modularityViolatesP2);
    expect(m.verdict.status, explain(m)).toBe('holds');
    expect(score(m, 'B3: (I + 0.5(J - I)) s, sizes [3, 6, 10, 8]')).toBeGreaterThan(0.93);
    expect(score(m, 'C3: every code = f0, sizes [3, 6, 10, 8]')).toBeCloseTo(1, 5);
    expect(byName(m)['B3: (I + 0.5(J - I)) s, sizes [3, 6, 10, 8]']!.class).toBe('entangled');
    const i = await runForTest(irsViolatesP2);
    expect(i.verdict.status, explain(i)).toBe('holds');
    const rot = byName(i)['rotation by 5 degrees, sizes [10, 10]']!;
    expect(Number(rot['large-sample limit'])).toBeCloseTo(0.91955, 4);
    expect(Math.abs(Number(rot.score) - Number(rot['large-sample limit']))).toBeLessThan(0.005);
    expect(score(i, 'C3: every code = f0, sizes [3, 6, 10, 8]')).toBe(1);
  });

  it('should not call a disentangled code a witness', () => {
    const t = { label: 'disentangled (strict)', entangled: false, disentangled: true, population: 1 };
    expect(modularityViolatesP2.check(t, { score: 1 }, modularityViolatesP2.tolerance, { spec: { factorSizes: [2], codes: [] } }).status).toBe('inconclusive');
    expect(irsViolatesP2.check({ ...t, limit: 1 }, { score: 0.95 }, irsViolatesP2.tolerance, { spec: { factorSizes: [2], codes: [] } }).status).toBe('inconclusive');
  });
});
