import { describe, expect, it } from 'vitest';
import { probeSineShattering } from '../../../../src/empirical/shattering/sine-probe.js';
import { sineMarginBound } from '../../../../src/theory/vc/sine.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('probeSineShattering', () => {
  it('should realise all 2^m labelings in float32 with the reduced phase', async () => {
    await useWasm();
    for (const m of [1, 5, 12]) {
      const p = probeSineShattering(m);
      expect(p.labelings).toBe(2 ** m);
      expect(p.reduced.realised).toBe(2 ** m);
      expect(p.reduced.minMargin).toBeGreaterThan(sineMarginBound(m) * 0.999);
    }
  });

  it('should reject impossible sizes', () => {
    expect(() => probeSineShattering(0)).toThrow(/m must be/);
    expect(() => probeSineShattering(2.5)).toThrow(/m must be/);
  });
});
