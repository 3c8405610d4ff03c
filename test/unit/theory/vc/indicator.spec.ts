import { describe, expect, it } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { Rational } from '../../../../src/theory/exact/rational.js';
import { floorLog2, indicatorExact, indicatorExactOutputs, indicatorInputs, indicatorTheta, stackedInputs, stackedTheta } from '../../../../src/theory/vc/indicator.js';
import { gcnnScores64 } from '../../../../src/empirical/models/gcnn-exact.js';
import { indicatorArch } from '../../../../src/theory/vc/indicator.js';

const q = (x: number | string) => Rational.of(x);

describe('interval indicator', () => {
  it('should be 1 on [a, b], 0 outside [a − ε, b + ε] and linear between', () => {
    const I = (x: string) => indicatorExact(q(x), q(2), q(3), q('1/4')).toString();
    expect([I('1.5'), I('1.75'), I('1.875'), I('2'), I('2.5'), I('3'), I('3.125'), I('3.25'), I('4')]).toEqual(['0', '0', '1/2', '1', '1', '1', '1/2', '0', '0']);
  });

  test.prop([fc.integer({ min: 2, max: 64 }), fc.nat()])('should give outputs exactly ±1/2 with sign bit i of j (exact and float64 forward)', (r, seed) => {
    const m = floorLog2(r);
    const j = seed % 2 ** m;
    const exact = indicatorExactOutputs(m, r, j);
    exact.forEach((o, i) => expect(o.toString()).toBe((j >>> i) & 1 ? '1/2' : '-1/2'));
    const f64 = gcnnScores64(indicatorArch(r), indicatorTheta(r, [{ a: j + 0.75, b: j + 1.25 }]), indicatorInputs(m, r));
    expect(f64).toEqual(exact.map((o) => o.toNumber()));
  });

  test.prop([fc.integer({ min: 1, max: 3 }), fc.integer({ min: 2, max: 16 }), fc.bigInt({ min: 0n, max: (1n << 12n) - 1n })])(
    'should realise any labeling of the stacked set with per-block parameters',
    (blocks, r, raw) => {
      const m = floorLog2(r);
      const n = blocks * m;
      const mask = raw & ((1n << BigInt(n)) - 1n);
      const s = gcnnScores64(indicatorArch(r, blocks), stackedTheta(blocks, m, r, mask), stackedInputs(blocks, m, r));
      s.forEach((v, i) => expect(v).toBe((mask >> BigInt(i)) & 1n ? 0.5 : -0.5));
    },
  );
});
