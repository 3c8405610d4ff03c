import type { Claim } from '../../src/core/claim.js';
import { degreeIdentities } from './degree-identities.claim.js';
import { degreeLearnsSubgroup } from './degree-learns-subgroup.claim.js';
import { intertwinerRelu } from './intertwiner-relu.claim.js';
import { intertwinerTable } from './intertwiner-table.claim.js';
import { procrustesInvariances } from './procrustes-invariances.claim.js';
import { separationActivationIndependent } from './separation-activation-independent.claim.js';
import { separationDepthThreshold } from './separation-depth-threshold.claim.js';
import { separationHierarchy } from './separation-hierarchy.claim.js';
import { separationOrbit } from './separation-orbit.claim.js';
import { separationWindowOracle } from './separation-window-oracle.claim.js';
import { stitchingOrder } from './stitching-order.claim.js';
import { universalityAdditiveFloor } from './universality-additive-floor.claim.js';
import { weightSymmetry } from './weight-symmetry.claim.js';

/** The eqv area, in report order. */
export const eqvClaims: readonly Claim[] = [
  intertwinerRelu,
  intertwinerTable,
  weightSymmetry,
  procrustesInvariances,
  stitchingOrder,
  separationOrbit,
  separationWindowOracle,
  separationActivationIndependent,
  separationDepthThreshold,
  separationHierarchy,
  universalityAdditiveFloor,
  degreeIdentities,
  degreeLearnsSubgroup,
];
