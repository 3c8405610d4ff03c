import { describe, expect, it } from 'vitest';
import { fitVllH, vllPhi } from '../../../../src/theory/vc/vll.js';

describe('Vapnik–Levin–LeCun curve', () => {
  it('should be continuous at τ = 1/2 and match the table', () => {
    expect(vllPhi(0.5)).toBeCloseTo(1, 4);
    expect(vllPhi(0.4999)).toBe(1);
    const table: [number, number][] = [[0.75, 0.8348], [1, 0.7216], [2, 0.493], [4, 0.3303], [8, 0.2207], [16, 0.1485], [32, 0.1011]];
    for (const [tau, phi] of table) expect(vllPhi(tau)).toBeCloseTo(phi, 3);
  });

  it.each([2, 3.5, 7])('should recover h = %f from noiseless ξ(ℓ) = Φ(ℓ/h)', (h) => {
    const ells = [0.5, 1, 2, 4, 8, 16].map((t) => Math.round(h * t * 10) / 10);
    const fit = fitVllH(ells, ells.map((l) => vllPhi(l / h)));
    expect(fit.h).toBeCloseTo(h, 3);
  });
});
