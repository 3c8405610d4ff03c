import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { o5Dataset, o5Gradient, o5Target } from '../../../../src/empirical/data/o5.js';
import { addF, expm, transposeF } from '../../../../src/theory/lie/expm.js';

describe('O(5) regression task', () => {
  it('should have the analytic gradient (central differences agree to 1e-7)', () => {
    const rng = new Rng(1);
    for (let t = 0; t < 5; t++) {
      const x = Array.from({ length: 10 }, () => rng.normal());
      const g = o5Gradient(x);
      for (let i = 0; i < 10; i++) {
        const h = 1e-6;
        const xp = x.slice();
        const xm = x.slice();
        xp[i]! += h;
        xm[i]! -= h;
        expect(Math.abs((o5Target(xp) - o5Target(xm)) / (2 * h) - g[i]!)).toBeLessThan(1e-7 * Math.max(1, Math.abs(g[i]!)));
      }
    }
  });

  it('should be invariant under a simultaneous rotation of x1 and x2', () => {
    const rng = new Rng(2);
    const M = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => rng.normal()));
    const Q = expm(addF(M, transposeF(M), -1));
    const x = Array.from({ length: 10 }, () => rng.normal());
    const rot = (v: number[]) => Q.map((row) => row.reduce((s, q, j) => s + q * v[j]!, 0));
    const gx = [...rot(x.slice(0, 5)), ...rot(x.slice(5))];
    expect(o5Target(gx)).toBeCloseTo(o5Target(x), 12);
  });

  it('should draw a seeded data set with standardised targets', () => {
    const a = o5Dataset(new Rng(3), 500);
    const b = o5Dataset(new Rng(3), 500);
    expect(Array.from(a.inputs.slice(0, 20))).toEqual(Array.from(b.inputs.slice(0, 20)));
    const mean = a.standardized.reduce((s, v) => s + v, 0) / 500;
    const varr = a.standardized.reduce((s, v) => s + v * v, 0) / 500;
    expect(Math.abs(mean)).toBeLessThan(1e-5);
    expect(varr).toBeCloseTo(1, 4);
  });
});
