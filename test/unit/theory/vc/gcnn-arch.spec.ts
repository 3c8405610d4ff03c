import { describe, expect, it } from 'vitest';
import { cumulativeParams, gcnnArch, kernelTaps, macsPerInput, MODEL_A, paramCount } from '../../../../src/theory/vc/gcnn-arch.js';

describe('GCNN architectures', () => {
  it('should count the parameters and multiply-adds of models A, B, C of research/vc.md', () => {
    expect(paramCount(MODEL_A)).toBe(25);
    expect(cumulativeParams(MODEL_A)).toEqual([8, 22]);
    expect(macsPerInput(MODEL_A)).toBe(160);
    expect(paramCount(gcnnArch(8, 'full', [1, 4, 4]))).toBe(173);
    expect(macsPerInput(gcnnArch(8, 'full', [1, 4, 4]))).toBe(1312);
    expect(paramCount(gcnnArch(8, 3, [1, 4, 4, 4, 4]))).toBe(177);
    expect(paramCount(gcnnArch(64, 'full', [1, 4, 4]))).toBe(1293);
    expect(kernelTaps(8, 3)).toEqual([-1, 0, 1]);
    expect(kernelTaps(4, 'full')).toEqual([0, 1, 2, 3]);
    expect(() => gcnnArch(8, 3, [1])).toThrow(RangeError);
  });
});
