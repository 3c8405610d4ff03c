import { test, fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jacobianSingularValues, symmetricEigenvalues } from '../../../../src/empirical/symmetry/invariance-spectrum.js';

describe('input-gradient spectrum', () => {
  it('should find known eigenvalues and singular values', () => {
    expect(symmetricEigenvalues([2, 1, 1, 2], 2).map((v) => Number(v.toFixed(12)))).toEqual([3, 1]);
    const sv = jacobianSingularValues([[3, 0, 0], [0, 4, 0]]);
    expect(sv[0]).toBeCloseTo(4, 12);
    expect(sv[1]).toBeCloseTo(3, 12);
  });

  test.prop([fc.array(fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 })])(
    'should conserve the trace: Σσ² = ‖J‖_F², all σ ≥ 0, descending',
    (rows) => {
      const sv = jacobianSingularValues(rows);
      const frob = rows.flat().reduce((a, v) => a + v * v, 0);
      expect(Math.abs(sv.reduce((a, v) => a + v * v, 0) - frob)).toBeLessThanOrEqual(1e-9 * Math.max(1, frob));
      for (let i = 0; i < sv.length; i++) {
        expect(sv[i]!).toBeGreaterThanOrEqual(0);
        if (i) expect(sv[i]!).toBeLessThanOrEqual(sv[i - 1]! + 1e-9);
      }
    },
  );
});
