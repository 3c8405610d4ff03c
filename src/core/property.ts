import fc from 'fast-check';
import type { Claim, CaseRecord } from './claim.js';
import { DEFAULT_RUNS } from './budget.js';
import { evaluateCase, type Evaluation, type EvaluateOptions } from './evaluate.js';
import { stableStringify } from './json.js';
import type { PropertyOutcome } from './results.js';

/** How many generated cases are kept in results for the report. */
export const MAX_SAMPLES = 12;

export interface PropertyOptions extends EvaluateOptions {
  /** Replay: the fast-check path of a previous counterexample or witness. */
  path?: string;
  /** Stop generating (and shrinking) after this long; recorded as `interrupted`. */
  timeLimitMs?: number;
  replayCommand: (seed: number, path: string) => string;
}

export interface PropertyRun {
  outcome: PropertyOutcome;
  /** Every evaluation of the search phase (for plots), including samples. */
  records: CaseRecord[];
  error?: Evaluation['error'];
}

/**
 * Drive a claim over its hypothesis space with fast-check.
 * forall: a generated case whose verdict is `violated` fails the property and is shrunk
 * to a minimal counterexample. exists: a case that `holds` is a witness; it is shrunk
 * to a minimal witness. Inconclusive cases never fail the property.
 */
export async function runProperty<P>(claim: Claim<P>, opts: PropertyOptions): Promise<PropertyRun> {
  const numRuns = claim.runs?.[opts.budget] ?? DEFAULT_RUNS[opts.budget];
  const counts = { holds: 0, violated: 0, inconclusive: 0 };
  const records: CaseRecord[] = [];
  const byKey = new Map<string, Evaluation>();
  let searching = true;
  let runsExecuted = 0;
  let error: Evaluation['error'];

  const property = fc.asyncProperty(claim.params(opts.budget), async (params: P) => {
    const ev = await evaluateCase(claim, params, opts);
    if (ev.error && !error) error = ev.error;
    byKey.set(stableStringify(params), ev);
    if (searching) {
      runsExecuted++;
      counts[ev.record.verdict.status]++;
      records.push(ev.record);
    }
    const found = claim.quantifier === 'forall' ? ev.record.verdict.status === 'violated' : ev.record.verdict.status === 'holds';
    if (found) searching = false;
    return !found;
  });

  const details = await fc.check(property, {
    seed: opts.seed,
    numRuns,
    ...(opts.path !== undefined ? { path: opts.path, endOnFailure: true } : {}),
    ...(opts.timeLimitMs !== undefined ? { interruptAfterTimeLimit: opts.timeLimitMs } : {}),
  });

  const outcome: PropertyOutcome = {
    seed: details.seed,
    numRuns,
    runsExecuted,
    counts,
    samples: records.slice(0, MAX_SAMPLES),
    interrupted: details.interrupted,
  };
  if (details.failed && details.counterexample && details.counterexamplePath !== null) {
    const found = byKey.get(stableStringify(details.counterexample[0]));
    if (found) {
      const finding = {
        record: found.record,
        seed: details.seed,
        path: details.counterexamplePath,
        numShrinks: details.numShrinks,
        replay: opts.replayCommand(details.seed, details.counterexamplePath),
      };
      if (claim.quantifier === 'forall') outcome.counterexample = finding;
      else outcome.witness = finding;
    }
  }
  return error ? { outcome, records, error } : { outcome, records };
}
