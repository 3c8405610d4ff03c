import { describe, expect, it } from 'vitest';
import { intertwinerRelu } from '../../../proofs-checks/eqv/intertwiner-relu.claim.js';
import { intertwinerTable } from '../../../proofs-checks/eqv/intertwiner-table.claim.js';
import { Rational } from '../../../src/theory/exact/rational.js';
import { commutationGap } from '../../../src/empirical/equivariance/intertwiner-probe.js';
import { intertwinerEntry, memberFrom, phi } from '../../../src/theory/equivariance/intertwiner.js';
import { toFloat } from '../../../src/theory/equivariance/monomial.js';
import { explain, runForTest, useWasm } from '../../helpers/run-claim.js';

describe('eqv.intertwiner.relu', () => {
  it('should hold exactly over rationals and (ReLU) bit-exactly in float32, with residual ≥ 0.05 outside the group', async () => {
    const r = await runForTest(intertwinerRelu);
    expect(r.verdict.status, explain(r)).toBe('holds');
    for (const c of [...r.cases, ...(r.property?.samples ?? [])]) {
      expect(c.summary['exact max diff']).toBe(0);
      // ReLU: one rounding of d·x on both sides, so bit-exact; LeakyReLU rounds twice in a different order.
      if (c.summary.activation === 'relu') expect(c.summary['bit-exact']).toBe(true);
      else expect(Number(c.summary['float32 max gap'])).toBeLessThan(1e-6);
      expect(Number(c.summary['sign-flip residual'])).toBeGreaterThanOrEqual(0.05);
      expect(Number(c.summary['rotation residual'])).toBeGreaterThanOrEqual(0.05);
    }
  });

  it('should be violated when the matrix has a negative scale (a sign flip is not in G_ReLU)', () => {
    const params = { activation: { kind: 'relu' as const }, perm: [1, 0], scales: ['-1', '2'], xs: [['1', '-1']] };
    const t = intertwinerRelu.theory(params, { cas: undefined as never }).value;
    expect(t.member).toBe(false);
    expect(t.exactMaxDiff.toNumber()).toBeGreaterThan(0);
    const m = { maxAbs: 0, maxRel: 0, residuals: [] };
    expect(intertwinerRelu.check(t, m, intertwinerRelu.tolerance, params).status).toBe('violated');
  });

  it('should be violated by a residual below the floor (as a commuting matrix would give)', () => {
    const t = { exactMaxDiff: Rational.ZERO, member: true, residuals: [{ name: 'rotation', value: 0.01 }] };
    expect(intertwinerRelu.check(t, { maxAbs: 0, maxRel: 0, residuals: [] }, intertwinerRelu.tolerance, undefined as never).status).toBe('violated');
  });
});

describe('eqv.intertwiner.table', () => {
  it('should hold for every row of the table in the quick budget', async () => {
    const r = await runForTest(intertwinerTable);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const by = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(by['relu']).toMatchObject({ group: 'positive-monomial', phi: 'identity', homomorphism: true });
    expect(by['tanh']).toMatchObject({ group: 'signed-permutation', phi: 'identity' });
    expect(by['sigmoid']).toMatchObject({ group: 'permutation' });
    expect(by['gelu']).toMatchObject({ group: 'permutation' });
    expect(by['rbf']).toMatchObject({ group: 'signed-permutation', phi: 'abs' });
    expect(by['x^3']).toMatchObject({ group: 'monomial', phi: 'power' });
    // GELU is nearly positively homogeneous: its smallest residual is small but above 1e-3.
    expect(Number(by['gelu']!['smallest non-member residual'])).toBeGreaterThan(1e-3);
    for (const c of r.cases) expect(Number(c.summary['float32 gap'])).toBeLessThanOrEqual(1e-6);
  });

  it('should be violated when φ is taken to be A for the RBF (φ must be |A|)', async () => {
    await useWasm();
    const params = { activation: { kind: 'rbf' as const }, a1: { perm: [1, 0], signs: [true, false], scales: ['1', '1'] }, a2: { perm: [0, 1], signs: [false, false], scales: ['1', '1'] } };
    const t = intertwinerTable.theory(params, { cas: undefined as never }).value;
    const A = toFloat(memberFrom(intertwinerEntry(params.activation), params.a1.perm, params.a1.signs, params.a1.scales));
    const X = [[0.5, -1, 2, 0.1], [1, 0.3, -0.7, 2]];
    const wrong = commutationGap(params.activation, A, A, X); // exp(−(−x)²) = exp(−x²) ≠ −exp(−x²)
    expect(wrong.maxRel).toBeGreaterThan(0.1);
    expect(intertwinerTable.check(t, { maxRel: wrong.maxRel, residuals: [] }, intertwinerTable.tolerance, params).status).toBe('violated');
    const right = commutationGap(params.activation, A, toFloat(phi(intertwinerEntry(params.activation), memberFrom(intertwinerEntry(params.activation), params.a1.perm, params.a1.signs, params.a1.scales))), X);
    expect(right.maxRel).toBe(0);
  });
});
