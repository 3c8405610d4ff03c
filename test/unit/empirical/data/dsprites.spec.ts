import { describe, expect, it } from 'vitest';
import { DSPRITES_COUNT, DSPRITES_INDEX_BASES, DSPRITES_SIZES, DSPRITES_VALUES, dsprites, dspritesClasses, dspritesIndex, dspritesNoShape } from '../../../../src/empirical/data/dsprites.js';
import { DSPRITES_SIZE, insideShape, renderDsprite } from '../../../../src/empirical/data/dsprites-render.js';

const count = (img: Uint8Array) => img.reduce((s, v) => s + v, 0);
const centre = (img: Uint8Array) => {
  let sx = 0;
  let sy = 0;
  let n = 0;
  img.forEach((v, k) => {
    if (v) {
      sx += k % DSPRITES_SIZE;
      sy += Math.floor(k / DSPRITES_SIZE);
      n++;
    }
  });
  return [sx / n, sy / n];
};

describe('dSprites factor space', () => {
  it('should be exactly (3, 6, 40, 32, 32) with index bases 245760 / 40960 / 1024 / 32 / 1', () => {
    expect([...DSPRITES_SIZES]).toEqual([3, 6, 40, 32, 32]);
    expect([...DSPRITES_INDEX_BASES]).toEqual([245760, 40960, 1024, 32, 1]);
    expect(DSPRITES_SIZES.reduce((a, b) => a * b, 1)).toBe(DSPRITES_COUNT);
    expect(dspritesIndex([2, 5, 39, 31, 31])).toBe(DSPRITES_COUNT - 1);
    expect(dspritesClasses(dspritesIndex([1, 3, 17, 4, 29]))).toEqual([1, 3, 17, 4, 29]);
    expect(() => dspritesIndex([3, 0, 0, 0, 0])).toThrow(RangeError);
    expect(dsprites().factorSizes).toEqual([3, 6, 40, 32, 32]);
    expect(dspritesNoShape().factorSizes).toEqual([6, 40, 32, 32]);
  });

  it('should carry the original latent values (orientation 0 .. 2π inclusive)', () => {
    expect(DSPRITES_VALUES[1]![0]).toBe(0.5);
    expect(DSPRITES_VALUES[1]![5]).toBe(1);
    expect(DSPRITES_VALUES[2]![39]).toBe(2 * Math.PI);
    expect(DSPRITES_VALUES[3]![31]).toBe(1);
  });
});

describe('procedural renderer', () => {
  it('should draw a non-empty sprite inside the canvas, never touching the border', () => {
    for (const classes of [[0, 5, 7, 0, 0], [1, 5, 13, 31, 31], [2, 5, 3, 0, 31]]) {
      const img = renderDsprite(classes);
      expect(count(img)).toBeGreaterThan(20);
      for (let k = 0; k < DSPRITES_SIZE; k++) {
        expect(img[k]).toBe(0);
        expect(img[(DSPRITES_SIZE - 1) * DSPRITES_SIZE + k]).toBe(0);
        expect(img[k * DSPRITES_SIZE]).toBe(0);
      }
    }
  });

  it('should grow with scale and move its centre of mass with posX and posY', () => {
    for (const shape of [0, 1, 2]) {
      const sizes = [0, 1, 2, 3, 4, 5].map((s) => count(renderDsprite([shape, s, 5, 16, 16])));
      for (let s = 1; s < 6; s++) expect(sizes[s]!).toBeGreaterThanOrEqual(sizes[s - 1]!);
      const xs = [0, 10, 20, 31].map((x) => centre(renderDsprite([shape, 3, 0, x, 16]))[0]!);
      const ys = [0, 10, 20, 31].map((y) => centre(renderDsprite([shape, 3, 0, 16, y]))[1]!);
      for (let k = 1; k < 4; k++) {
        expect(xs[k]!).toBeGreaterThan(xs[k - 1]!);
        expect(ys[k]!).toBeGreaterThan(ys[k - 1]!);
      }
    }
  });

  it('should draw orientation 0 and 2π alike and the square with a quarter-turn symmetry', () => {
    for (const shape of [0, 1, 2]) {
      const a = renderDsprite([shape, 4, 0, 16, 16]);
      const b = renderDsprite([shape, 4, 39, 16, 16]);
      let differ = 0;
      a.forEach((v, k) => (differ += v !== b[k] ? 1 : 0));
      expect(differ).toBeLessThanOrEqual(2);
    }
    for (let k = 0; k < 200; k++) {
      const x = Math.sin(k * 1.7) * 1.3;
      const y = Math.cos(k * 2.3) * 1.3;
      expect(insideShape(0, -y, x)).toBe(insideShape(0, x, y));
      expect(insideShape(1, -x, -y)).toBe(insideShape(1, x, y));
    }
    expect(insideShape(1, 0.9, 0)).toBe(true);
    expect(insideShape(1, 0, 0.9)).toBe(false);
    expect(insideShape(2, 0, 0)).toBe(true);
  });
});
