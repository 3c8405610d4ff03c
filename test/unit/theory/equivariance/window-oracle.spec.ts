import { describe, expect, it } from 'vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { classCount, partitionFromKeys } from '../../../../src/theory/equivariance/partition.js';
import { cyclicGroup, generate, orbitRepresentatives, symmetricGroup, alternatingGroup } from '../../../../src/theory/equivariance/perm-groups.js';
import { circularWindows, momentKey, monomialExponents, projectOntoFixed, projectionMultisetKey, receptiveField, windowMultisetKey } from '../../../../src/theory/equivariance/window-oracle.js';

const counts = (n: number, a: number, k: number, depths: number) => {
  const reps = orbitRepresentatives(cyclicGroup(n), a);
  return Array.from({ length: depths }, (_, i) => classCount(partitionFromKeys(reps.map((x) => windowMultisetKey(x, receptiveField(k, i + 1))))));
};

describe('window-multiset oracle', () => {
  it('should give the reference class counts', () => {
    expect(counts(6, 3, 2, 4)).toEqual([95, 127, 130, 130]);
    expect(counts(8, 2, 2, 5)).toEqual([18, 27, 34, 36, 36]);
    expect(counts(8, 2, 3, 2)).toEqual([27, 36]);
    expect(counts(7, 2, 2, 3)).toEqual([14, 18, 20]);
    expect(counts(10, 2, 2, 5)).toEqual([27, 53, 86, 102, 108]);
  });

  it('should wrap windows around the circle and treat rotations alike', () => {
    expect(circularWindows([1, 2, 3], 2)).toEqual([[1, 2], [2, 3], [3, 1]]);
    expect(windowMultisetKey([0, 1, 1, 2], 3)).toBe(windowMultisetKey([1, 2, 0, 1], 3));
    expect(windowMultisetKey([0, 1, 1, 2], 3)).not.toBe(windowMultisetKey([0, 1, 2, 1], 3));
  });
});

describe('moment key (polynomial activations)', () => {
  it('should identify (0,3,3) and (1,1,4) at degree 2 but not at degree 3', () => {
    expect(momentKey([0, 3, 3], 1, 2)).toBe(momentKey([1, 1, 4], 1, 2));
    expect(momentKey([0, 3, 3], 1, 3)).not.toBe(momentKey([1, 1, 4], 1, 3));
    expect(monomialExponents(2, 2)).toHaveLength(6);
  });

  it('should give 54 classes of multisets of {0..5}^3 at degree 2 (research notes D3)', () => {
    const reps = orbitRepresentatives(symmetricGroup(3), 6);
    expect(reps).toHaveLength(56);
    expect(classCount(partitionFromKeys(reps.map((x) => momentKey(x, 1, 2))))).toBe(54);
    expect(classCount(partitionFromKeys(reps.map((x) => momentKey(x, 1, 1))))).toBe(16);
  });
});

describe('projection oracle R^{G/H}', () => {
  it('should project onto the fixed space', () => {
    const H = generate('Z2', 4, [[2, 3, 0, 1]]);
    expect(projectOntoFixed(H, [1, 0, 3, 0].map((v) => Rational.of(v))).map(String)).toEqual(['2', '0', '2', '0']);
  });

  it('should reproduce the D4 instances: S3 pair and Z4 pair', () => {
    const S3 = symmetricGroup(3);
    const key = (H: typeof S3, x: number[]) => projectionMultisetKey(S3, H, x);
    const e = generate('e', 3, []);
    const S2 = generate('S2', 3, [[1, 0, 2]]);
    const A3 = alternatingGroup(3);
    expect(key(e, [0, 1, 2])).not.toBe(key(e, [1, 1, 1]));
    expect(key(S2, [0, 1, 2])).not.toBe(key(S2, [1, 1, 1]));
    expect(key(A3, [0, 1, 2])).toBe(key(A3, [1, 1, 1]));
    expect(key(S3, [0, 1, 2])).toBe(key(S3, [1, 1, 1]));
    const Z4 = cyclicGroup(4);
    const Z2 = generate('Z2', 4, [[2, 3, 0, 1]]);
    expect(projectionMultisetKey(Z4, generate('e', 4, []), [2, 0, 0, 0])).not.toBe(projectionMultisetKey(Z4, generate('e', 4, []), [1, 0, 1, 0]));
    expect(projectionMultisetKey(Z4, Z2, [2, 0, 0, 0])).toBe(projectionMultisetKey(Z4, Z2, [1, 0, 1, 0]));
  });
});
