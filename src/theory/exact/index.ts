/** Exact rational arithmetic, linear algebra and linear programming. */
export { ExactInputError, Rational, type RationalLike } from './rational.js';
export {
  det,
  identity,
  inSpan,
  matAdd,
  matEq,
  matMul,
  matSub,
  matVec,
  nullSpace,
  rank,
  ratMatrix,
  ratVector,
  rref,
  scale,
  shape,
  solve,
  trace,
  transpose,
  vec,
  zeros,
  type RatMatrix,
  type RatVector,
  type Rref,
} from './matrix.js';
export { feasible, maximize, separatingHalfspace, type Halfspace, type LpResult } from './lp.js';
