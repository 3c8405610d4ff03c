import { describe, expect, it } from 'vitest';
import { halfspaceCoverCount } from '../../../proofs-checks/vc/halfspace-cover-count.claim.js';
import { halfspaceVcEqualsDPlus1 } from '../../../proofs-checks/vc/halfspace-vc-equals-d-plus-1.claim.js';
import { pajorShatteredSubsets } from '../../../proofs-checks/vc/pajor-shattered-subsets.claim.js';
import { sauerShelahGrowthBound } from '../../../proofs-checks/vc/sauer-shelah-growth-bound.claim.js';
import { sineInfiniteVc } from '../../../proofs-checks/vc/sine-infinite-vc.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

describe('vc.sauer-shelah.growth-bound', () => {
  it('should hold in the quick budget, tight on thresholds and intervals', async () => {
    const r = await runForTest(sauerShelahGrowthBound);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const byName = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(byName['thresholds on 8 points']).toMatchObject({ realised: 9, 'Σ C(n,i)': 9 });
    expect(byName['intervals on 10 points']).toMatchObject({ realised: 56, 'Σ C(n,i)': 56 });
    expect(byName['halfspaces in R^2, 6 points']!.realised).toBeLessThan(42); // Cover 32 < Sauer–Shelah 42
    expect(r.property!.runsExecuted).toBe(12);
    expect(r.plots[0]!.series.length).toBeGreaterThan(0);
  });

  it('should be violated when the realised count is made to exceed the sum', () => {
    const t = { vc: 1, sum: 5n, expBound: 10, exact: null };
    expect(sauerShelahGrowthBound.check(t, { realised: 6 }, sauerShelahGrowthBound.tolerance, { cls: 'threshold', points: [[1], [2], [3], [4]] }).status).toBe('violated');
  });
});

describe('vc.pajor.shattered-subsets', () => {
  it('should hold in the quick budget', async () => {
    const r = await runForTest(pajorShatteredSubsets);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const all = r.cases.find((c) => c.name === 'all labelings of 4 points')!;
    expect(all.summary).toMatchObject({ '|P|': 16, 'shattered subsets': 16, 'largest shattered': 4 });
    expect(r.cases.find((c) => c.name === 'a single labeling')!.summary['shattered subsets']).toBe(1);
  });
});

describe('vc.halfspace.cover-count', () => {
  it('should match Cover’s formula on the named (d, n) and generated point sets', async () => {
    const r = await runForTest(halfspaceCoverCount);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.cases.map((c) => c.summary['LP count'])).toEqual([10, 32, 58, 84]);
    for (const c of r.cases) expect(c.summary['LP count']).toBe(c.summary.Cover);
  });

  it('should not apply (inconclusive) off general position, where the LP count drops below Cover', () => {
    const collinear = [[0, 0], [1, 1], [2, 2], [3, 3]];
    const t = halfspaceCoverCount.theory({ points: collinear }, { cas: undefined as never }).value;
    const m = halfspaceCoverCount.experiment!({ points: collinear }, undefined as never) as { realised: number };
    expect(m.realised).toBeLessThan(Number(t.cover));
    expect(halfspaceCoverCount.check(t, m, halfspaceCoverCount.tolerance, { points: collinear }).status).toBe('inconclusive');
  });

  it('should be violated when a count in general position differs from Cover', () => {
    const points = [[0, 0], [1, 1], [2, 4]];
    const t = halfspaceCoverCount.theory({ points }, { cas: undefined as never }).value;
    expect(halfspaceCoverCount.check(t, { realised: Number(t.cover) - 1 }, halfspaceCoverCount.tolerance, { points }).status).toBe('violated');
  });
});

describe('vc.halfspace.vc-equals-d-plus-1', () => {
  it('should shatter {0, e_i} and miss exactly the Radon pair', async () => {
    const r = await runForTest(halfspaceVcEqualsDPlus1);
    expect(r.verdict.status, explain(r)).toBe('holds');
    for (const c of r.cases) {
      expect(c.summary['shatter margin']).toBe(0.5);
      expect(c.summary['realised of d+2']).toBe(Number(c.summary['of 2^(d+2)']) - 2);
      expect(c.summary['Radon realised']).toBe(false);
    }
  });
});

describe('vc.sine.infinite-vc', () => {
  it('should realise every labeling of up to 16 points in float32 with the margin', async () => {
    const r = await runForTest(sineInfiniteVc);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const m16 = r.cases.find((c) => c.name === 'm = 16')!.summary;
    expect(m16['realised (float32)']).toBe(65536);
    expect(Number(m16['min y·sin (float32)'])).toBeGreaterThan(4.7e-5);
  });
});
