import type { Claim } from '../../src/core/claim.js';

/** The dis area, in report order. */
export const disClaims: readonly Claim[] = [];
