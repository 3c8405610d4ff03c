import type { Claim } from '../src/core/claim.js';
import { ClaimRegistry } from '../src/core/registry.js';
import { disClaims } from './dis/index.js';
import { eqvClaims } from './eqv/index.js';
import { invClaims } from './inv/index.js';
import { lieClaims } from './lie/index.js';
import { vcClaims } from './vc/index.js';

/**
 * Every claim theorycheck carries, in one explicit list (area by area, in report order).
 * Adding a claim: write proofs-checks/<area>/<name>.claim.ts and add it to the area's index.
 */
export const ALL_CLAIMS: readonly Claim[] = [...vcClaims, ...lieClaims, ...invClaims, ...disClaims, ...eqvClaims];

/** A fresh registry of all claims (throws on a duplicate id). */
export function defaultRegistry(): ClaimRegistry {
  return new ClaimRegistry(ALL_CLAIMS);
}
