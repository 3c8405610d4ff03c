import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { glyphDataset, renderGlyph, rot90, STROKE_GLYPHS } from '../../../../src/empirical/data/glyphs.js';

describe('glyphs', () => {
  it('should make rot90 of a rendered glyph equal the glyph rendered at θ + π/2', () => {
    const size = 16;
    const a = renderGlyph(STROKE_GLYPHS.L!, { size, theta: 0.3, scale: 0.6 });
    const b = renderGlyph(STROKE_GLYPHS.L!, { size, theta: 0.3 + Math.PI / 2, scale: 0.6 });
    const r = rot90(a, size);
    let maxDiff = 0;
    for (let i = 0; i < r.length; i++) maxDiff = Math.max(maxDiff, Math.abs(r[i]! - b[i]!));
    expect(maxDiff).toBeLessThan(1e-5);
  });

  it('should make rot90 four times the identity and keep values in [0, 1]', () => {
    const a = renderGlyph(STROKE_GLYPHS.T!, { size: 12, theta: 1, scale: 0.6 });
    expect(Array.from(rot90(a, 12, 4))).toEqual(Array.from(a));
    expect(Math.max(...a)).toBeLessThanOrEqual(1);
    expect(Math.min(...a)).toBeGreaterThanOrEqual(0);
  });

  it('should draw a seeded, reproducible data set with every class', () => {
    const d1 = glyphDataset(new Rng(1), { count: 200, size: 8 });
    const d2 = glyphDataset(new Rng(1), { count: 200, size: 8 });
    expect(Array.from(d1.images.slice(0, 64))).toEqual(Array.from(d2.images.slice(0, 64)));
    expect(new Set(d1.labels).size).toBe(4);
    expect(d1.classes).toEqual(['bar', 'L', 'T', 'V']);
  });
});
