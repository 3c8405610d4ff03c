import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { matEq, matMul } from '../../../../src/theory/exact/matrix.js';
import { activationFloat, type Activation } from '../../../../src/theory/equivariance/activations.js';
import { intertwinerEntry, intertwinerResidual, isMember, memberFrom, nonMemberFloor, nonMembers, phi, planeRotation, sampleMember, solveSym } from '../../../../src/theory/equivariance/intertwiner.js';
import { monomial, toFloat } from '../../../../src/theory/equivariance/monomial.js';

const ACTS: Activation[] = [{ kind: 'relu' }, { kind: 'leaky-relu', slope: 0.2 }, { kind: 'tanh' }, { kind: 'sigmoid' }, { kind: 'gelu' }, { kind: 'rbf' }, { kind: 'power', degree: 2 }, { kind: 'power', degree: 3 }];
const samples = (n: number, seed: number) => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => Array.from({ length: 300 }, () => rng.normal()));
};

describe('intertwiner table', () => {
  test.prop([fc.constantFrom(...ACTS), fc.integer({ min: 2, max: 5 }), fc.nat()])('sampled members commute with σ (float64) and φ is a homomorphism (exact)', (a, n, seed) => {
    const e = intertwinerEntry(a);
    const rng = new Rng(seed);
    const A = sampleMember(e, n, rng);
    const B = sampleMember(e, n, rng);
    expect(isMember(e, A)).toBe(true);
    expect(matEq(phi(e, matMul(A, B)), matMul(phi(e, A), phi(e, B)))).toBe(true);
    const X = samples(n, seed);
    expect(intertwinerResidual(activationFloat(a), toFloat(A), X)).toBeLessThan(1e-7);
  });

  it('should leave the tabulated residual floor for every non-member', () => {
    for (const a of ACTS) {
      const e = intertwinerEntry(a);
      for (const m of nonMembers(e, 4)) expect(intertwinerResidual(activationFloat(a), m.matrix, samples(4, 3)), `${a.kind} ${m.name}`).toBeGreaterThan(nonMemberFloor(a));
    }
  });

  it('should decide membership exactly', () => {
    expect(isMember(intertwinerEntry({ kind: 'relu' }), monomial([1, 0], ['1/2', '3']))).toBe(true);
    expect(isMember(intertwinerEntry({ kind: 'relu' }), monomial([1, 0], ['-1/2', '3']))).toBe(false);
    expect(isMember(intertwinerEntry({ kind: 'tanh' }), monomial([1, 0], ['-1', '1']))).toBe(true);
    expect(isMember(intertwinerEntry({ kind: 'tanh' }), monomial([1, 0], ['2', '1']))).toBe(false);
    expect(isMember(intertwinerEntry({ kind: 'sigmoid' }), monomial([1, 0], ['-1', '1']))).toBe(false);
    expect(isMember(intertwinerEntry({ kind: 'power', degree: 2 }), monomial([1, 0], ['-7', '1/9']))).toBe(true);
    // memberFrom uses only what the group allows
    const relu = memberFrom(intertwinerEntry({ kind: 'relu' }), [0, 1], [true, true], ['2', '3']);
    expect(isMember(intertwinerEntry({ kind: 'relu' }), relu)).toBe(true);
  });

  it('should map φ to |A| for the RBF and to A^{∘d} for powers', () => {
    const A = monomial([1, 0], ['-1', '1']);
    expect(phi(intertwinerEntry({ kind: 'rbf' }), A)[0]![1]!.toString()).toBe('1');
    const B = monomial([1, 0], ['-2', '1/3']);
    expect(phi(intertwinerEntry({ kind: 'power', degree: 3 }), B)[0]![1]!.toString()).toBe('-8');
  });

  it('should rotate only in the first plane and solve small systems', () => {
    const R = planeRotation(3, Math.PI / 2);
    expect(R[2]).toEqual([0, 0, 1]);
    expect(R[0]![1]).toBeCloseTo(-1, 15);
    const b = solveSym([[4, 1], [1, 3]], [1, 2]);
    expect(b[0]).toBeCloseTo(1 / 11, 12);
    expect(b[1]).toBeCloseTo(7 / 11, 12);
  });
});
