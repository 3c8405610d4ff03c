import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { act, allWords, alternatingGroup, burnsideCount, canonical, compose, cyclicGroup, cycleCount, dihedralGroup, generate, inverse, isSubgroup, necklaceCount, orbit, orbitRepresentatives, symmetricGroup, totient } from '../../../../src/theory/equivariance/perm-groups.js';

describe('permutation groups', () => {
  it('should have the right orders', () => {
    expect(cyclicGroup(6).elements).toHaveLength(6);
    expect(dihedralGroup(5).elements).toHaveLength(10);
    expect(symmetricGroup(4).elements).toHaveLength(24);
    expect(alternatingGroup(4).elements).toHaveLength(12);
    expect(isSubgroup(alternatingGroup(4), symmetricGroup(4))).toBe(true);
    expect(isSubgroup(generate('', 4, [[1, 0, 2, 3]]), cyclicGroup(4))).toBe(false);
  });

  test.prop([fc.integer({ min: 1, max: 9 }), fc.integer({ min: 2, max: 3 })])('Burnside by cycle index equals the necklace formula for Z_n', (n, a) => {
    expect(burnsideCount(cyclicGroup(n), a)).toBe(necklaceCount(n, a));
  });

  it('should give N(6, 3) = 130 and the other reference orbit counts', () => {
    expect(necklaceCount(6, 3)).toBe(130n);
    expect(necklaceCount(8, 2)).toBe(36n);
    expect(necklaceCount(10, 2)).toBe(108n);
    expect(orbitRepresentatives(cyclicGroup(6), 3)).toHaveLength(130);
    expect(burnsideCount(symmetricGroup(3), 6)).toBe(56n); // multisets of size 3 from 6 values
    expect(totient(12)).toBe(4);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 6 })])('acts as a group action and canonical forms are orbit invariants', (x) => {
    const G = dihedralGroup(x.length);
    for (const g of G.elements.slice(0, 4)) {
      for (const h of G.elements.slice(0, 4)) expect(act(compose(g, h), x)).toEqual(act(g, act(h, x)));
      expect(act(inverse(g), act(g, x))).toEqual(x);
      expect(canonical(G, act(g, x))).toEqual(canonical(G, x));
    }
    expect(orbit(G, x).length).toBeLessThanOrEqual(G.elements.length);
  });

  it('should count cycles and enumerate words', () => {
    expect(cycleCount([1, 2, 0, 3])).toBe(2);
    expect(allWords(3, 2)).toHaveLength(8);
    expect(allWords(2, 3)[5]).toEqual([1, 2]);
  });
});
