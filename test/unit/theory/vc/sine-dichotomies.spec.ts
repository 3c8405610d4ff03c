import { expect, it } from 'vitest';
import { sineDichotomies } from '../../../../src/theory/vc/sine-dichotomies.js';

it('should find every labeling of the base-2 points and only the all-negative labeling with no ω', () => {
  const xs = [0.5, 0.25, 0.125, 0.0625, 0.03125];
  expect(sineDichotomies(xs, 200 * Math.PI).labelings.size).toBe(32);
  expect([...sineDichotomies(xs, 0).labelings]).toEqual([0]);
  // ω <= π/0.5 keeps x_1 = 0.5 in one half-period: few labelings
  expect(sineDichotomies([0.5, 1], 0.9 * Math.PI).labelings).toEqual(new Set([0, 3]));
});
