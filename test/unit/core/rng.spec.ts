import { describe, expect, it } from 'vitest';
import { Rng, deriveSeed, isValidSeed } from '../../../src/core/rng.js';

describe('Rng', () => {
  it('should be deterministic for a seed and differ across seeds', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    const c = new Rng(2);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('should draw uniforms in [0,1) and normals with mean 0 and variance 1', () => {
    const r = new Rng(9);
    const n = 20000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      const z = r.normal();
      sum += z;
      sq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.03);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.04);
  });

  it('should derive distinct, stable sub-seeds', () => {
    expect(deriveSeed(42, 'a', 1)).toBe(deriveSeed(42, 'a', 1));
    expect(deriveSeed(42, 'a', 1)).not.toBe(deriveSeed(42, 'a', 2));
    expect(deriveSeed(42, 'ab')).not.toBe(deriveSeed(42, 'a', 'b'));
    expect(isValidSeed(deriveSeed(0, 'x'))).toBe(true);
  });

  it('should give integers in the closed range and shuffle to a permutation', () => {
    const r = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(r.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
    expect(r.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
