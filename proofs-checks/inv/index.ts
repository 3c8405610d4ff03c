import type { Claim } from '../../src/core/claim.js';

/** The inv area, in report order. */
export const invClaims: readonly Claim[] = [];
