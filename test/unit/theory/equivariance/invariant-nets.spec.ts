import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { groupOf, subgroupOf } from '../../../../src/theory/equivariance/group-families.js';
import { exactCircularCnn, exactDeepSets, exactShallowBlock } from '../../../../src/theory/equivariance/invariant-nets.js';
import { act } from '../../../../src/theory/equivariance/perm-groups.js';

const x = [3, -1, 0, 2, 5].map((v) => Rational.of(v));

describe('exact invariant nets', () => {
  it('should be exactly invariant on the orbit (zero difference)', () => {
    const D5 = groupOf('dihedral', 5);
    const nets = [exactShallowBlock(D5, subgroupOf(D5, [3]), 3, { kind: 'relu' }, new Rng(1)), exactDeepSets(3, { kind: 'leaky-relu', slope: 0.5 }, new Rng(2))];
    for (const f of nets) for (const g of D5.elements) expect(f(act(g, x)).eq(f(x))).toBe(true);
    const cnn = exactCircularCnn(2, 2, 3, { kind: 'relu' }, new Rng(3));
    for (const g of groupOf('cyclic', 5).elements) expect(cnn(act(g, x)).eq(cnn(x))).toBe(true);
  });

  it('should separate something (not a constant function)', () => {
    const f = exactDeepSets(3, { kind: 'relu' }, new Rng(4));
    const values = new Set([[0, 0, 0], [1, 2, 3], [5, -5, 1], [2, 2, 9]].map((v) => f(v.map((t) => Rational.of(t))).toString()));
    expect(values.size).toBeGreaterThan(1);
  });

  it('should refuse transcendental activations', () => {
    expect(() => exactDeepSets(2, { kind: 'tanh' }, new Rng(1))).toThrow(/rational activation/);
  });
});
