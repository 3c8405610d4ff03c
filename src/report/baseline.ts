import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { runResultsSchema, type ClaimResult, type RunResults } from '../core/results.js';

/**
 * A regression baseline: what a run concluded, small enough to commit. Per claim: the
 * verdict and margin, the claim's tolerance, and for each named case (the papers' own
 * instances, stable by name) its verdict, margin and numeric summary. Generated cases are
 * not recorded one by one (they enter through the claim's verdict and margin). Wall-clock
 * timings are left out (see {@link isTimingKey}), so re-saving a baseline on an unchanged
 * run changes nothing but its date.
 */
export const BASELINE_FORMAT = 'theorycheck-baseline';
export const BASELINE_SCHEMA_VERSION = 1;

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);
const status = z.enum(['holds', 'violated', 'inconclusive']);

export const baselineCaseSchema = z.object({
  verdict: status,
  margin: z.number().nullable(),
  summary: z.record(z.string(), scalar),
});

export const baselineClaimSchema = z.object({
  title: z.string(),
  expectation: z.enum(['holds', 'may-fail']),
  verdict: status,
  margin: z.number().nullable(),
  /** The error code when the claim's own code threw. */
  error: z.string().optional(),
  tolerance: z.object({ abs: z.number().nonnegative(), rel: z.number().nonnegative(), reason: z.string() }),
  cases: z.record(z.string(), baselineCaseSchema),
});

export const baselineSchema = z.object({
  format: z.literal(BASELINE_FORMAT),
  schemaVersion: z.literal(BASELINE_SCHEMA_VERSION),
  createdAt: z.string(),
  tool: z.object({ name: z.literal('theorycheck'), version: z.string() }),
  /** The run the baseline was taken from. */
  run: z.object({ budget: z.enum(['quick', 'standard', 'full']), seed: z.number(), backend: z.string(), startedAt: z.string() }),
  claims: z.record(z.string(), baselineClaimSchema),
});

export type BaselineCase = z.infer<typeof baselineCaseSchema>;
export type BaselineClaim = z.infer<typeof baselineClaimSchema>;
export type Baseline = z.infer<typeof baselineSchema>;

/**
 * Summary entries named as wall-clock timings (a word ms, msec, sec, secs, seconds, time,
 * duration or elapsed in the key, e.g. 'train ms', 'time per step') differ on every run
 * and are not part of a baseline.
 */
export function isTimingKey(key: string): boolean {
  return /\b(ms|msec|sec|secs|seconds|time|duration|elapsed)\b/i.test(key);
}

function claimEntry(c: ClaimResult): BaselineClaim {
  const cases: Record<string, BaselineCase> = {};
  for (const k of c.cases) {
    if (k.name === undefined) continue;
    const summary: BaselineCase['summary'] = {};
    for (const [key, v] of Object.entries(k.summary)) if (!isTimingKey(key)) summary[key] = v;
    cases[k.name] = { verdict: k.verdict.status, margin: k.verdict.margin, summary };
  }
  return {
    title: c.title,
    expectation: c.expectation,
    verdict: c.verdict.status,
    margin: c.verdict.margin,
    ...(c.error ? { error: c.error.code } : {}),
    tolerance: { ...c.tolerance },
    cases,
  };
}

export interface FromResultsOptions {
  /** Accept one shard's results (for diffing a shard against a baseline). Default false. */
  allowShard?: boolean;
  /** Named in error messages. */
  where?: string;
  now?: Date;
}

/**
 * The baseline of a finished run. An interrupted run, or one shard of a run, is refused
 * (InputError TC6005): its missing claims would otherwise read as "removed".
 */
export function baselineFromResults(results: RunResults, opts: FromResultsOptions = {}): Baseline {
  const where = opts.where ?? 'results';
  if (!results.complete) {
    throw new InputError('TC6005', `${where}: the run is incomplete (interrupted after ${results.claims.length} of ${results.config.claimIds.length} claims); finish it with --resume first`);
  }
  const shard = results.config.shard;
  if (shard && !opts.allowShard) {
    throw new InputError('TC6005', `${where}: these are the results of shard ${shard.index}/${shard.count} only; combine the shards with 'theorycheck merge' first`);
  }
  const claims: Record<string, BaselineClaim> = {};
  for (const c of results.claims) claims[c.id] = claimEntry(c);
  return {
    format: BASELINE_FORMAT,
    schemaVersion: BASELINE_SCHEMA_VERSION,
    createdAt: (opts.now ?? new Date()).toISOString(),
    tool: { name: 'theorycheck', version: results.tool.version },
    run: { budget: results.config.budget, seed: results.config.seed, backend: results.backend.selected, startedAt: results.startedAt },
    claims,
  };
}

export function baselineToJson(b: Baseline): string {
  return JSON.stringify(baselineSchema.parse(b), null, 2) + '\n';
}

/** What a JSON file holds: a baseline or a run's results (either can be diffed). */
export type Comparable = { kind: 'baseline'; baseline: Baseline } | { kind: 'results'; results: RunResults };

function schemaProblem(error: z.ZodError, where: string, what: string): InputError {
  const issue = error.issues[0];
  const at = issue?.path.length ? issue.path.join('.') : '(top level)';
  return new InputError('TC6004', `${where}: not a valid ${what}: at ${at}: ${issue?.message ?? 'invalid'}`);
}

/** Parse a baseline or a results.json (told apart by their `format` / `schemaVersion` fields). */
export function parseComparable(text: string, where: string): Comparable {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError('TC6003', `${where}: malformed JSON (${(e as Error).message}); expected a baseline from 'theorycheck baseline save' or a results.json`);
  }
  const obj = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  if (obj?.format === BASELINE_FORMAT) {
    const parsed = baselineSchema.safeParse(json);
    if (!parsed.success) throw schemaProblem(parsed.error, where, `theorycheck baseline (schema version ${BASELINE_SCHEMA_VERSION})`);
    return { kind: 'baseline', baseline: parsed.data };
  }
  if (obj && 'schemaVersion' in obj && 'claims' in obj && 'config' in obj) {
    const parsed = runResultsSchema.safeParse(json);
    if (!parsed.success) throw schemaProblem(parsed.error, where, 'theorycheck results.json (schema version 1)');
    return { kind: 'results', results: parsed.data };
  }
  throw new InputError('TC6004', `${where}: neither a theorycheck baseline (no "format": "${BASELINE_FORMAT}") nor a results.json; expected a file written by 'theorycheck baseline save' or 'theorycheck run'`);
}

/** Read a baseline or results.json from disk. */
export function readComparable(path: string, where = path): Comparable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError('TC6003', `cannot read '${where}': ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return parseComparable(text, where);
}
