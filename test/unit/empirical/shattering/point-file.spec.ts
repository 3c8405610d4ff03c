import { expect, it } from 'vitest';
import { parsePointSet } from '../../../../src/empirical/shattering/point-file.js';
it('should accept an array or {points}, numbers as 1-D points, and reject with the JSON path', () => {
  expect(parsePointSet('[1, 2.5]', 'f')).toEqual([[1], [2.5]]);
  expect(parsePointSet('{"points": [[1, 2], [3, 4]]}', 'f')).toEqual([[1, 2], [3, 4]]);
  expect(() => parsePointSet('[]', 'f')).toThrow(/has 0 points/);
  expect(() => parsePointSet(JSON.stringify(Array.from({ length: 21 }, () => 1)), 'f')).toThrow(/at most 20/);
  expect(() => parsePointSet('[[1], null]', 'f')).toThrow(/f: \[1\] must be a number or a non-empty array of numbers, got null/);
  expect(() => parsePointSet('[[1, 2]]', 'f', { dims: 1 })).toThrow(/this family needs 1/);
});
