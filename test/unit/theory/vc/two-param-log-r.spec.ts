import { describe, expect, it } from 'vitest';
import { circularCorrelate } from '../../../../src/theory/vc/two-param.js';
import { gammaBase, logRConstruction, logRExactPhiMinusOne, logRMargin, logRParams, preimageUnderKernel } from '../../../../src/theory/vc/two-param-log-r.js';

describe('P1-c construction', () => {
  it('should match the worked example (m = 2, r = 8)', () => {
    const c = logRConstruction(2);
    expect(c.functions).toEqual([[0, 0, 0.5, 1.5, 2, 2, 2.5, 3.5], [0, 0, 1, 1, 1.5, 2.5, 2.5, 3.5]]);
    expect([0, 1, 2, 3].map((j) => logRParams(4, j).w.toString())).toEqual(['32/49', '32/25', '32/9', '32']);
    expect(logRParams(4, 1).b.toString()).toBe('-32/25');
    expect(gammaBase(4, 0).toString()).toBe('3/2');
  });

  it.each([[1, 1 / 9], [5, 2.5195e-4], [8, 3.8296e-6]])('should have exact margin 1/(4N(N−1)+1) at m = %i (≈ %f)', (m, approx) => {
    const c = logRConstruction(m);
    expect(logRMargin(c.N).toNumber()).toBeCloseTo(approx, 8);
    if (m <= 5) {
      let min = Infinity;
      for (let j = 0; j < 2 ** m; j++) logRExactPhiMinusOne(c, j).forEach((d, i) => {
        expect(d.sign() > 0).toBe(Boolean((j >>> i) & 1));
        min = Math.min(min, Math.abs(d.toNumber()));
      });
      expect(min).toBeCloseTo(logRMargin(c.N).toNumber(), 15);
    }
  });

  it('should invert a circulant kernel exactly', () => {
    const f = preimageUnderKernel([3, 1, 0, -1], [1, 2, 3, 4])!;
    expect(circularCorrelate([3, 1, 0, -1], f.map((x) => x.toNumber())).map((x) => Math.round(x * 1e9) / 1e9)).toEqual([1, 2, 3, 4]);
    expect(preimageUnderKernel([1, 1], [1, 2])).toBeNull(); // singular
  });
});
