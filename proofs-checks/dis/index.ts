import type { Claim } from '../../src/core/claim.js';
import { betaVaeViolatesP2 } from './betavae-violates-p2.claim.js';
import { dciAxioms } from './dci-axioms.claim.js';
import { dcimigP1 } from './dcimig-p1.claim.js';
import { dcimigP2 } from './dcimig-p2.claim.js';
import { dcimigPairwiseBlindSpot } from './dcimig-pairwise-blind-spot.claim.js';
import { factorVaeViolatesP2 } from './factorvae-violates-p2.claim.js';
import { irsViolatesP2 } from './irs-violates-p2.claim.js';
import { metricsRange } from './metrics-range.claim.js';
import { migViolatesP1 } from './mig-violates-p1.claim.js';
import { migViolatesP2 } from './mig-violates-p2.claim.js';
import { modularityViolatesP2 } from './modularity-violates-p2.claim.js';
import { referenceCases } from './reference-cases.claim.js';
import { sapViolatesP1 } from './sap-violates-p1.claim.js';

/** The dis area, in report order: the metric × property table, then DCIMIG, then sanity. */
export const disClaims: readonly Claim[] = [
  migViolatesP1,
  migViolatesP2,
  betaVaeViolatesP2,
  factorVaeViolatesP2,
  sapViolatesP1,
  modularityViolatesP2,
  irsViolatesP2,
  dciAxioms,
  dcimigP1,
  dcimigP2,
  dcimigPairwiseBlindSpot,
  metricsRange,
  referenceCases,
];
