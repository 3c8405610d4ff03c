import type { Claim } from '../core/claim.js';
import type { BudgetName } from '../core/budget.js';
import type { ClaimResult } from '../core/results.js';
import { runClaim } from '../core/runner.js';
import { selectBackend, DEFAULT_BACKEND } from '../gpu/select.js';
import { createTheoryContext } from '../theory/context.js';

/**
 * Put any claim, including your own, into your own test suite:
 *
 *   import { expectClaim } from 'theorycheck/vitest';
 *   it('my bound holds', async () => { await expectClaim(myClaim); });
 *
 * Runs the claim like `theorycheck run` (named cases, then the property) and throws an
 * Error with the verdict, the counterexample and its replay command unless the claim
 * holds (or, with `allowInconclusive`, is inconclusive). Works under any test runner.
 */
export interface ExpectClaimOptions {
  budget?: BudgetName;
  seed?: number;
  backend?: string;
  allowInconclusive?: boolean;
}

let backendReady: Promise<string> | undefined;

export async function expectClaim(claim: Claim, opts: ExpectClaimOptions = {}): Promise<ClaimResult> {
  backendReady ??= selectBackend(opts.backend ?? DEFAULT_BACKEND).then((b) => b.selected);
  const backend = await backendReady;
  const r = await runClaim(claim, {
    budget: opts.budget ?? 'quick',
    seed: opts.seed ?? 42,
    backend,
    theory: createTheoryContext(),
  });
  const ok = r.verdict.status === 'holds' || (opts.allowInconclusive === true && r.verdict.status === 'inconclusive');
  if (!ok || r.error) {
    const lines = [`expected claim ${r.id} to hold, but it is ${r.verdict.status}: ${r.verdict.reason}`];
    if (r.error) lines.push(`  error ${r.error.code}: ${r.error.message}`);
    const ce = r.property?.counterexample;
    if (ce) lines.push(`  counterexample: ${ce.record.paramsText}`, `  replay: ${ce.replay}`);
    throw new Error(lines.join('\n'));
  }
  return r;
}
