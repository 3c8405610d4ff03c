import type { Claim } from '../../src/core/claim.js';

/** The lie area, in report order. */
export const lieClaims: readonly Claim[] = [];
