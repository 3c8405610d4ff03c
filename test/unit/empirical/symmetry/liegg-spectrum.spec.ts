import { describe, expect, it } from 'vitest';
import { bracketVec, spanClosure } from '../../../../src/empirical/symmetry/liegg-closure.js';
import { detectNullDim, lieggSpectrum, nullSpaceReport, spectralGap, symmetryBias } from '../../../../src/empirical/symmetry/liegg-spectrum.js';
import { distanceToSpan, orthonormalize, principalCosines, se2Basis, soBasis } from '../../../../src/empirical/symmetry/liegg-subspace.js';

describe('LieGG spectrum helpers', () => {
  it('should find the gap and the null dimension, flooring round-off inside an exact null space', () => {
    const values = [10, 8, 5, 1e-16, 0, 0];
    expect(detectNullDim(values)).toBe(3);
    expect(spectralGap([40, 10, 1, 0.5], 2)).toBe(10);
    expect(detectNullDim([4, 3, 2, 1])).toBe(1);
  });

  it('should measure symmetry bias as ‖sym H‖ with bias² + ‖skew H‖² = 1 for unit H', () => {
    const H = [0.6, 0.3, -0.5, 0.1]; // 2 x 2, norm 0.843…
    const nrm = Math.hypot(...H);
    const u = H.map((x) => x / nrm);
    const bias = symmetryBias(u, [2, 2]);
    const skew = Math.abs(u[1]! - u[2]!) / Math.SQRT2;
    expect(bias ** 2 + skew ** 2).toBeCloseTo(1, 14);
    expect(symmetryBias([0, -Math.SQRT1_2, Math.SQRT1_2, 0], [2, 2])).toBeLessThan(1e-15);
    expect(symmetryBias([1, 0, 0, 0], [2, 2])).toBeCloseTo(1, 15);
  });

  it('should compute principal cosines and distances to subspaces', () => {
    expect(principalCosines(soBasis(3), soBasis(3)).every((c) => Math.abs(c - 1) < 1e-14)).toBe(true);
    const e1 = [1, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(principalCosines([e1], soBasis(3))[0]).toBeLessThan(1e-15);
    expect(distanceToSpan([0, 0, 1, 0, 0, 0], se2Basis())).toBeCloseTo(0, 15);
    expect(orthonormalize([[1, 1], [2, 2], [0, 1]])).toHaveLength(2);
  });

  it('should report a polarization built from symmetric rows as so(n)', () => {
    // rows x xᵀ for 20 points of R^3: Gram = mean of vec(xxᵀ) vec(xxᵀ)ᵀ
    const d = 9;
    const gram = new Float64Array(d * d);
    for (let s = 0; s < 20; s++) {
      const x = [Math.sin(s), Math.cos(2 * s), Math.sin(3 * s + 1)];
      const row = x.flatMap((a) => x.map((b) => a * b));
      for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) gram[i * d + j]! += (row[i]! * row[j]!) / 20;
    }
    const r = nullSpaceReport(lieggSpectrum({ gram, d, shape: [3, 3], rows: 20 }));
    expect(r.nullDim).toBe(3);
    expect(r.relVarianceMax).toBeLessThan(1e-15);
    expect(Math.min(...r.cosines)).toBeGreaterThan(1 - 1e-12);
    expect(r.reference).toBe('so(3)');
  });

  it('should find so(3) closed and a random plane not closed', () => {
    expect(spanClosure(soBasis(3), 3).aggregate).toBeLessThan(1e-15);
    expect(spanClosure([[1, 2, 0, 0, 1, 0, 3, 0, 1], [0, 1, 1, 2, 0, 0, 1, 1, 0]], 3).aggregate).toBeGreaterThan(0.3);
    expect(Array.from(bracketVec([0, 1, 0, 0], [0, 0, 1, 0], 2))).toEqual([1, 0, 0, -1]);
  });
});
