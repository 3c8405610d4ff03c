import { describe, expect, it } from 'vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { additiveFloor, pointnetCombination, pointnetForm, pointnetSupFloor, productTarget, unitGrid } from '../../../../src/theory/equivariance/universality.js';

describe('additive floor', () => {
  it('should be exactly 1/100 (MSE) and 1/4 (sup) for xy on the 11×11 grid', () => {
    const g = unitGrid(10);
    const f = additiveFloor((x, y) => x.mul(y), g, g);
    expect(f.mse.toString()).toBe('1/100');
    expect(f.supFloor.toString()).toBe('1/4');
    expect(f.supOfBestFit.toString()).toBe('1/4'); // (x − 1/2)(y − 1/2) attains it
  });

  it('should tend to 1/144 on fine grids and double the residual for (x+y)^2', () => {
    const g = unitGrid(60);
    expect(additiveFloor((x, y) => x.mul(y), g, g).mse.toNumber()).toBeCloseTo(1 / 144, 3);
    const c = unitGrid(10);
    expect(additiveFloor((x, y) => x.add(y).mul(x.add(y)), c, c).mse.toString()).toBe('1/25');
  });

  it('should vanish for additive targets', () => {
    const g = unitGrid(4);
    const f = additiveFloor((x, y) => x.mul(x).add(y.mul(Rational.of(3))), g, g);
    expect(f.mse.isZero() && f.supFloor.isZero()).toBe(true);
  });
});

describe('PointNet form', () => {
  it('should kill the four-point combination for any h(x_i, s), but not x1x2x3x4', () => {
    const h = (t: Rational, s: Rational) => t.mul(t).mul(s).sub(s.mul(s).mul(t)).add(t.pow(3));
    expect(pointnetCombination(pointnetForm(h)).isZero()).toBe(true);
    expect(pointnetCombination(productTarget).toString()).toBe('1/16');
    expect(pointnetSupFloor(productTarget).toString()).toBe('1/64');
  });

  it('should represent x1x2 and x1x2x3 exactly (the n < 4 caveat of the notes)', () => {
    const x2 = pointnetForm((t, s) => s.mul(s).div(Rational.of(4)).sub(t.mul(t).div(Rational.of(2))));
    const p = [Rational.of('2/3'), Rational.of('-5')];
    expect(x2(p).eq(p[0]!.mul(p[1]!))).toBe(true);
    const x3 = pointnetForm((t, s) => s.pow(3).div(Rational.of(18)).sub(s.mul(t).mul(t).div(Rational.of(2))).add(t.pow(3).div(Rational.of(3))));
    const q = [Rational.of(2), Rational.of('1/3'), Rational.of(-4)];
    expect(x3(q).eq(productTarget(q))).toBe(true);
  });
});
