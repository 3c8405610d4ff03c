import { expect, it } from 'vitest';
import { shatterPoints } from '../../../../src/empirical/shattering/shatter-report.js';

it('should report the largest shattered subset and the bound for intervals', () => {
  const r = shatterPoints({ family: 'interval', points: [[0], [1], [2]], seed: 1, restarts: 1, steps: 1, kernel: 3, channels: [1] });
  expect(r).toMatchObject({ realised: 7, missingCount: 1, missing: ['+−+'], largestShattered: { size: 2, members: [0, 1] }, upperBound: 7, vcUpperBound: 2, respectsBound: true });
});
