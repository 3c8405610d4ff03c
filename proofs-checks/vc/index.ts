import type { Claim } from '../../src/core/claim.js';
import { halfspaceCoverCount } from './halfspace-cover-count.claim.js';
import { halfspaceVcEqualsDPlus1 } from './halfspace-vc-equals-d-plus-1.claim.js';
import { pajorShatteredSubsets } from './pajor-shattered-subsets.claim.js';
import { sauerShelahGrowthBound } from './sauer-shelah-growth-bound.claim.js';
import { sineInfiniteVc } from './sine-infinite-vc.claim.js';
import { gcnnIntervalIndicator } from './gcnn-interval-indicator.claim.js';
import { gcnnStackedIndicators } from './gcnn-stacked-indicators.claim.js';
import { gcnnContainsPointwiseDnn } from './gcnn-contains-pointwise-dnn.claim.js';
import { gcnnInvarianceForbids } from './gcnn-invariance-forbids.claim.js';
import { gcnnUpperBound } from './gcnn-upper-bound.claim.js';
import { gcnn2GrowthBound } from './gcnn2-growth-bound.claim.js';
import { gcnn2LogRShattering } from './gcnn2-log-r-shattering.claim.js';
import { gcnn2InfiniteVcContinuous } from './gcnn2-infinite-vc-continuous.claim.js';
import { shatteringEmpiricalGcnn } from './shattering-empirical-gcnn.claim.js';
import { generalisationVcBound } from './generalisation-vc-bound.claim.js';
import { vllHalfspaceEffectiveDim } from './vll-halfspace-effective-dim.claim.js';

/** The vc area, in report order. */
export const vcClaims: readonly Claim[] = [
  sauerShelahGrowthBound,
  pajorShatteredSubsets,
  halfspaceCoverCount,
  halfspaceVcEqualsDPlus1,
  sineInfiniteVc,
  gcnnIntervalIndicator,
  gcnnStackedIndicators,
  gcnnContainsPointwiseDnn,
  gcnnInvarianceForbids,
  gcnnUpperBound,
  gcnn2GrowthBound,
  gcnn2LogRShattering,
  gcnn2InfiniteVcContinuous,
  shatteringEmpiricalGcnn,
  generalisationVcBound,
  vllHalfspaceEffectiveDim,
];
