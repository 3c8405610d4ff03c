import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { gcnnArch, MODEL_A } from '../../../../src/theory/vc/gcnn-arch.js';
import { warrenGrowthBound, warrenLayerTerms, warrenLog2Growth, warrenReadoutTerm, warrenVcBound } from '../../../../src/theory/vc/warren.js';
describe('Warren-layerwise bound', () => {
  it('should reproduce the VC upper bounds of the table (586, 4210, 7457, 689, 37022)', () => {
    expect(warrenVcBound(MODEL_A)).toBe(586);
    expect(warrenVcBound(gcnnArch(8, 'full', [1, 4, 4]))).toBe(4210);
    expect(warrenVcBound(gcnnArch(8, 3, [1, 4, 4, 4, 4]))).toBe(7457);
    expect(warrenVcBound(gcnnArch(64, 3, [1, 2, 2]))).toBe(689);
    expect(warrenVcBound(gcnnArch(64, 'full', [1, 4, 4]))).toBe(37022);
  });

  test.prop([fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 3 }), fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 3 })])(
    'should agree with a brute-force scan for the largest M not excluded',
    (r, k, widths) => {
      const arch = gcnnArch(r, k, [1, ...widths]);
      const excluded = (M: number) => M > warrenLayerTerms(arch, M).reduce((a, b) => a + b, 0) + warrenReadoutTerm(arch, M);
      const vc = warrenVcBound(arch);
      expect(excluded(vc)).toBe(false);
      for (let M = vc + 1; M <= vc + 200; M++) expect(excluded(M)).toBe(true);
    },
  );

  test.prop([fc.integer({ min: 1, max: 60 })])('should never exceed the trivial 2^M and be 2^M (vacuous) for model A at test sizes', (M) => {
    expect(warrenLog2Growth(MODEL_A, M)).toBeLessThanOrEqual(M);
    if (M <= 16) expect(warrenGrowthBound(MODEL_A, M)).toBe(2 ** M);
  });
});
