import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { singularValues, symmetricEigen } from '../../../../src/empirical/symmetry/eigen.js';

describe('symmetricEigen', () => {
  test.prop([fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(fc.constant(n), fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: n * n, maxLength: n * n })))], { numRuns: 40 })(
    'should reconstruct A = V Λ Vᵀ with orthonormal V and descending values',
    ([n, xs]) => {
      const A = Float64Array.from({ length: n * n }, (_, k) => {
        const i = Math.floor(k / n);
        const j = k % n;
        return (xs[i * n + j]! + xs[j * n + i]!) / 2;
      });
      const { values, vectors } = symmetricEigen(A, n);
      const scale = Math.max(1, ...Array.from(A, Math.abs));
      for (let k = 1; k < n; k++) expect(values[k - 1]!).toBeGreaterThanOrEqual(values[k]!);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          let rec = 0;
          let dot = 0;
          for (let k = 0; k < n; k++) {
            rec += vectors[k]![i]! * values[k]! * vectors[k]![j]!;
            dot += vectors[i]![k]! * vectors[j]![k]!;
          }
          expect(Math.abs(rec - A[i * n + j]!)).toBeLessThan(1e-12 * scale * n);
          expect(Math.abs(dot - (i === j ? 1 : 0))).toBeLessThan(1e-12);
        }
    },
  );

  it('should resolve eigenvalues 1e-15 below the top (the LieGG null space)', () => {
    // diag(1, 1e-15) rotated by 30°
    const c = Math.cos(Math.PI / 6);
    const s = Math.sin(Math.PI / 6);
    const A = [c * c + 1e-15 * s * s, c * s * (1 - 1e-15), c * s * (1 - 1e-15), s * s + 1e-15 * c * c];
    const { values } = symmetricEigen(A, 2);
    expect(values[0]).toBeCloseTo(1, 14);
    expect(Math.abs(values[1]! - 1e-15)).toBeLessThan(2e-16); // absolute accuracy ~ ulp of the top value
  });

  it('should give singular values of rectangular matrices', () => {
    expect(singularValues([[3, 0, 0], [0, -4, 0]]).map((x) => Number(x.toFixed(12)))).toEqual([4, 3]);
    expect(singularValues([[1], [1]])[0]).toBeCloseTo(Math.SQRT2, 14);
  });
});
