import type { Claim } from '../../src/core/claim.js';
import { halfspaceCoverCount } from './halfspace-cover-count.claim.js';
import { halfspaceVcEqualsDPlus1 } from './halfspace-vc-equals-d-plus-1.claim.js';
import { pajorShatteredSubsets } from './pajor-shattered-subsets.claim.js';
import { sauerShelahGrowthBound } from './sauer-shelah-growth-bound.claim.js';
import { sineInfiniteVc } from './sine-infinite-vc.claim.js';

/** The vc area, in report order. */
export const vcClaims: readonly Claim[] = [
  sauerShelahGrowthBound,
  pajorShatteredSubsets,
  halfspaceCoverCount,
  halfspaceVcEqualsDPlus1,
  sineInfiniteVc,
];
