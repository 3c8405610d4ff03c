import fc from 'fast-check';
import { inGeneralPosition } from '../../src/theory/vc/halfspace.js';

/** n distinct integers on the line, as 1-D points. */
export function distinctLinePoints(maxN: number): fc.Arbitrary<number[][]> {
  return fc
    .uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: maxN })
    .map((xs) => xs.map((x) => [x]));
}

/** n integer points of R^d (coordinates in [-9, 9]); not necessarily in general position. */
export function integerPoints(d: number, minN: number, maxN: number): fc.Arbitrary<number[][]> {
  return fc.array(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: d, maxLength: d }), {
    minLength: minN,
    maxLength: maxN,
  });
}

/** n integer points of R^d in general position (checked exactly). */
export function generalPositionPoints(d: number, minN: number, maxN: number): fc.Arbitrary<number[][]> {
  return integerPoints(d, minN, maxN).filter(inGeneralPosition);
}
