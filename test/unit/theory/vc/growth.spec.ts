import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { binomial, coverCount, intervalGrowth, sauerShelahExpBound, sauerShelahSum, thresholdGrowth } from '../../../../src/theory/vc/growth.js';

describe('sauerShelahSum', () => {
  it('should match the table of research/vc.md §3.1', () => {
    const table: [number, number, number][] = [
      [8, 1, 9], [8, 2, 37], [8, 3, 93], [8, 4, 163], [8, 9, 256], [10, 3, 176], [10, 9, 1023], [10, 10, 1024],
      [12, 2, 79], [12, 4, 794], [12, 9, 4017], [12, 10, 4083], [16, 3, 697], [16, 4, 2517], [16, 9, 50643], [16, 10, 58651],
    ];
    for (const [n, d, v] of table) expect(sauerShelahSum(n, d)).toBe(BigInt(v));
  });

  test.prop([fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 })])('should be at most (en/d)^d for n >= d', (a, b) => {
    const [d, n] = a <= b ? [a, b] : [b, a];
    expect(Number(sauerShelahSum(n, d))).toBeLessThanOrEqual(sauerShelahExpBound(n, d) * (1 + 1e-12));
  });

  test.prop([fc.integer({ min: 0, max: 60 })])('should equal 2^n once d >= n', (n) => {
    expect(sauerShelahSum(n, n)).toBe(2n ** BigInt(n));
  });
});

describe('binomial, Cover, thresholds, intervals', () => {
  it('should compute exact binomials, zero outside the range', () => {
    expect(binomial(10, 3)).toBe(120n);
    expect(binomial(60, 30)).toBe(118264581564861424n);
    expect(binomial(5, 6)).toBe(0n);
    expect(binomial(5, -1)).toBe(0n);
  });

  it('should give Cover’s counts of research/vc.md §3.2 for d = 2', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => Number(coverCount(n, 2)))).toEqual([2, 4, 8, 14, 22, 32, 44, 58]);
    expect(coverCount(4, 2)).toBeLessThan(sauerShelahSum(4, 3)); // 14 < 15
  });

  test.prop([fc.integer({ min: 0, max: 100 })])('threshold and interval growth are the Sauer–Shelah sums at d = 1, 2', (n) => {
    expect(thresholdGrowth(n)).toBe(sauerShelahSum(n, 1));
    expect(intervalGrowth(n)).toBe(sauerShelahSum(n, 2));
  });
});
