import { describe, expect, it } from 'vitest';
import { universalityAdditiveFloor } from '../../../proofs-checks/eqv/universality-additive-floor.claim.js';
import { createTheoryContext } from '../../../src/theory/context.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

describe('eqv.universality.additive-floor', () => {
  it('should keep additive fits above 0.01 / 0.25 while the PointNet form fits xy', async () => {
    const r = await runForTest(universalityAdditiveFloor);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const xy = r.cases[0]!.summary;
    expect(xy).toMatchObject({ 'MSE floor': 0.01, 'sup floor': 0.25 });
    expect(Number(xy['additive MSE'])).toBeGreaterThanOrEqual(0.01 * (1 - 1e-5));
    expect(Number(xy['additive MSE'])).toBeLessThan(0.0125); // the floor is nearly attained
    expect(Number(xy['PointNet MSE'])).toBeLessThan(1e-3);
    const p4 = r.cases[1]!.summary;
    expect(p4['sup floor']).toBe(1 / 64);
    expect(Number(p4['PointNet sup'])).toBeGreaterThanOrEqual(1 / 64);
    const sq = universalityAdditiveFloor.theory({ task: 'sum-square', hidden: 8, seed: 3 }, createTheoryContext()).value;
    expect(sq).toMatchObject({ mseFloor: 0.04, supFloor: 0.5, pointnetRepresents: true });
  });

  it('should be violated by an "additive" fit below the floor (e.g. a model that sees x and y together)', () => {
    const p = universalityAdditiveFloor.cases[0]!.params;
    const t = universalityAdditiveFloor.theory(p, createTheoryContext()).value;
    expect(t.pointnetCombo).toBe(0);
    expect(t.pointnetRepresents).toBe(true);
    const fit = { mse: 1e-4, sup: 0.05, predictions: [] };
    expect(universalityAdditiveFloor.check(t, { additive: fit, pointnet: fit }, universalityAdditiveFloor.tolerance, p).status).toBe('violated');
  });

  it('should be inconclusive, not violated, when the PointNet fit fails', () => {
    const p = universalityAdditiveFloor.cases[0]!.params;
    const t = universalityAdditiveFloor.theory(p, createTheoryContext()).value;
    const additive = { mse: 0.0102, sup: 0.3, predictions: [] };
    expect(universalityAdditiveFloor.check(t, { additive, pointnet: { mse: 0.05, sup: 0.4, predictions: [] } }, universalityAdditiveFloor.tolerance, p).status).toBe('inconclusive');
  });
});
