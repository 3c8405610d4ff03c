import { describe, expect, it } from 'vitest';
import { nuclearNorm, symmetricEigenvalues } from '../../../../src/empirical/representations/sym-eig.js';

describe('symmetric eigenvalues and nuclear norm', () => {
  it('should find the eigenvalues of a known matrix', () => {
    const ev = symmetricEigenvalues([[2, 1, 0], [1, 2, 0], [0, 0, -1]]);
    expect(ev[0]).toBeCloseTo(3, 12);
    expect(ev[1]).toBeCloseTo(1, 12);
    expect(ev[2]).toBeCloseTo(-1, 12);
  });

  it('should give the sum of singular values, also for rectangular matrices', () => {
    expect(nuclearNorm([[3, 0], [0, -4]])).toBeCloseTo(7, 12);
    expect(nuclearNorm([[1, 1, 0]])).toBeCloseTo(Math.SQRT2, 12);
    // rotation by 30°: orthogonal, nuclear norm = 2
    const c = Math.cos(Math.PI / 6);
    const s = Math.sin(Math.PI / 6);
    expect(nuclearNorm([[c, -s], [s, c]])).toBeCloseTo(2, 12);
  });
});
