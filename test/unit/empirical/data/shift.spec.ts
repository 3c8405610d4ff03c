import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { addNoise, changeContrast, SHIFT_KINDS, shiftedGlyphs } from '../../../../src/empirical/data/shift.js';

describe('shifted glyph sets', () => {
  it('should share the clean glyphs across shifts drawn from the same stream, and be seeded', () => {
    const sets = Object.fromEntries(SHIFT_KINDS.map((kind) => [kind, shiftedGlyphs(new Rng(4), { kind, count: 20, size: 10 })]));
    expect(Array.from(sets.noise!.labels!)).toEqual(Array.from(sets.clean!.labels!));
    expect(Array.from(sets.contrast!.labels!)).toEqual(Array.from(sets.clean!.labels!));
    expect(sets.family!.labels).toBeNull();
    expect(sets.gaussian!.labels).toBeNull();
    const again = shiftedGlyphs(new Rng(4), { kind: 'noise', count: 20, size: 10 });
    expect(Array.from(again.images)).toEqual(Array.from(sets.noise!.images));
    // noise: σ = 0.3 around the clean images
    const diff = sets.noise!.images.map((v, i) => v - sets.clean!.images[i]!);
    const sd = Math.sqrt(diff.reduce((a, v) => a + v * v, 0) / diff.length);
    expect(sd).toBeGreaterThan(0.27);
    expect(sd).toBeLessThan(0.33);
    // thin strokes carry less ink than the clean ones
    const ink = (x: Float32Array) => x.reduce((a, v) => a + v, 0);
    expect(ink(sets.thin!.images)).toBeLessThan(0.7 * ink(sets.clean!.images));
    expect(sets.gaussian!.severity).toBe(1);
  });

  it('should scale contrast about each image mean, keeping the mean', () => {
    const img = Float32Array.from([0, 1, 0, 1, 2, 2, 2, 2]);
    changeContrast(img, 4, 0.5);
    expect(Array.from(img)).toEqual([0.25, 0.75, 0.25, 0.75, 2, 2, 2, 2]);
    const z = addNoise(new Float32Array(2000), new Rng(1), 2);
    const m = z.reduce((a, v) => a + v, 0) / z.length;
    expect(Math.abs(m)).toBeLessThan(0.2);
  });
});
