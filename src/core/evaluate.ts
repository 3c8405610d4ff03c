import type { Claim, CaseRecord, Derivation, Scalar, TheoryContext } from './claim.js';
import type { BudgetName } from './budget.js';
import { briefText, stableStringify, toJsonValue } from './json.js';
import { Rng, deriveSeed } from './rng.js';
import { inconclusive, type Verdict } from './verdict.js';

export interface EvaluateOptions {
  budget: BudgetName;
  seed: number;
  backend: string;
  theory: TheoryContext;
  log: (message: string) => void;
}

export interface Evaluation {
  record: CaseRecord;
  /** The raw measurement (kept in memory for plots, never written to results). */
  measured?: unknown;
  /** Set when the claim's own code threw: a bug, reported, never a verdict. */
  error?: { code: string; message: string };
}

/** The seed of one case: the run seed, the claim and the parameters (so replays agree). */
export function caseSeed(runSeed: number, claimId: string, params: unknown): number {
  return deriveSeed(runSeed, claimId, stableStringify(params));
}

/** Run theory, experiment and check for one point of the hypothesis space. */
export async function evaluateCase<P, T, M>(
  claim: Claim<P, T, M>,
  params: P,
  opts: EvaluateOptions,
  name?: string,
): Promise<Evaluation> {
  const t0 = performance.now();
  const paramsText = claim.describe ? safeDescribe(claim, params) : briefText(params);
  let derivation: Derivation<T> | undefined;
  let measured: M | undefined;
  let verdict: Verdict;
  let summary: Record<string, Scalar> = {};
  let error: Evaluation['error'];
  try {
    derivation = claim.theory(params, opts.theory);
    if (claim.experiment) {
      const seed = caseSeed(opts.seed, claim.id, params);
      measured = await claim.experiment(params, {
        backend: opts.backend,
        rng: new Rng(seed),
        seed,
        budget: opts.budget,
        log: opts.log,
      });
    }
    verdict = sanitizeVerdict(claim.check(derivation.value, measured as M, claim.tolerance, params));
    summary = claim.summarize
      ? claim.summarize(params, derivation.value, measured as M)
      : defaultSummary(derivation.value, measured);
  } catch (e) {
    const err = e as { code?: unknown; message?: unknown };
    error = {
      code: typeof err.code === 'string' ? err.code : 'TC4001',
      message: String(err.message ?? e).split('\n')[0] ?? 'unknown error',
    };
    verdict = inconclusive(`the claim's code threw: ${error.message}`);
  }
  const record: CaseRecord = {
    ...(name !== undefined ? { name } : {}),
    params: toJsonValue(params),
    paramsText,
    summary: sanitizeSummary(summary),
    verdict,
    ...(derivation ? { steps: derivation.steps } : {}),
    ms: Math.round((performance.now() - t0) * 10) / 10,
  };
  return { record, ...(measured !== undefined ? { measured } : {}), ...(error ? { error } : {}) };
}

function safeDescribe<P>(claim: Claim<P>, params: P): string {
  try {
    return claim.describe!(params);
  } catch {
    return briefText(params);
  }
}

function sanitizeVerdict(v: Verdict): Verdict {
  if (v.margin !== null && !Number.isFinite(v.margin)) {
    return { ...v, margin: null, reason: `${v.reason} (margin was not finite: ${v.margin})` };
  }
  return v;
}

/** Non-finite numbers never reach a report: they become null ("—"). */
function sanitizeSummary(s: Record<string, Scalar>): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [k, v] of Object.entries(s)) out[k] = typeof v === 'number' && !Number.isFinite(v) ? null : v;
  return out;
}

function defaultSummary(theory: unknown, measured: unknown): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  flatten('theory', theory, out);
  if (measured !== undefined) flatten('measured', measured, out);
  return out;
}

function flatten(prefix: string, v: unknown, out: Record<string, Scalar>, depth = 0): void {
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') {
    out[prefix] = v;
  } else if (typeof v === 'bigint') {
    out[prefix] = v.toString();
  } else if (typeof v === 'object' && !Array.isArray(v) && depth < 2) {
    for (const [k, x] of Object.entries(v)) flatten(`${prefix}.${k}`, x, out, depth + 1);
  } else {
    out[prefix] = briefText(v, 60);
  }
}
