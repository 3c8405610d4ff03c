import { expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { evalInterpolant, pointwiseArch, pointwiseInputs, pointwiseTheta, reluInterpolant } from '../../../../src/theory/vc/pointwise-dnn.js';
import { gcnnScores64 } from '../../../../src/empirical/models/gcnn-exact.js';

test.prop([fc.uniqueArray(fc.integer({ min: 0, max: 64 }), { minLength: 1, maxLength: 8 }), fc.nat(), fc.integer({ min: 1, max: 12 })])(
  'should interpolate any ±1 labels exactly, vanish at 0, and carry over to the GCNN for any r',
  (ks, raw, r) => {
    const xs = ks.map((k) => 1 + k / 64);
    const ys = xs.map((_, i) => ((raw >>> i) & 1 ? 1 : -1) as 1 | -1);
    const net = reluInterpolant(xs, ys);
    xs.forEach((x, i) => expect(evalInterpolant(net, Rational.of(x)).toNumber()).toBe(ys[i]));
    expect(evalInterpolant(net, Rational.ZERO).isZero()).toBe(true);
    const s = gcnnScores64(pointwiseArch(r, xs.length), pointwiseTheta(r, net), pointwiseInputs(xs, r));
    s.forEach((v, i) => expect(Math.abs(v - ys[i]!)).toBeLessThan(1e-9));
  },
);
