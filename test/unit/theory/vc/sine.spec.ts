import { describe, expect, it } from 'vitest';
import { sineConstruction, sineMarginBound, sineSignedValues } from '../../../../src/theory/vc/sine.js';

describe('sine construction', () => {
  it('should give ω = 21π for y = (+, −, +, −)', () => {
    expect(sineConstruction([1, -1, 1, -1]).k).toBe(21);
  });

  it('should realise every labeling of 10 points in float64 with the margin bound', () => {
    const m = 10;
    for (let mask = 0; mask < 2 ** m; mask++) {
      const labels = Array.from({ length: m }, (_, i) => ((mask >>> i) & 1 ? -1 : 1) as 1 | -1);
      expect(Math.min(...sineSignedValues(labels))).toBeGreaterThanOrEqual(sineMarginBound(m) * (1 - 1e-9));
    }
  });
});
