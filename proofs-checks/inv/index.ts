import type { Claim } from '../../src/core/claim.js';
import { learnedNotGenuine } from './learned-not-genuine.claim.js';
import { regularisedCloser } from './regularised-closer.claim.js';
import { regularisedSpectralDecay } from './regularised-spectral-decay.claim.js';
import { regularisedSurvivesShift } from './regularised-survives-shift.claim.js';
import { weightTiedExact } from './weight-tied-exact.claim.js';

/** The inv area, in report order. */
export const invClaims: readonly Claim[] = [
  weightTiedExact,
  learnedNotGenuine,
  regularisedCloser,
  regularisedSpectralDecay,
  regularisedSurvivesShift,
];
