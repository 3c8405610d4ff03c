import type { Claim } from '../../src/core/claim.js';

/** The eqv area, in report order. */
export const eqvClaims: readonly Claim[] = [];
