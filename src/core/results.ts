import { z } from 'zod';

/**
 * results.json: the schema-versioned record of a run. Validated on read and write.
 * Everything a report, a baseline diff or a replay needs is here.
 */
export const RESULTS_SCHEMA_VERSION = 1;

const scalar = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const verdictSchema = z.object({
  status: z.enum(['holds', 'violated', 'inconclusive']),
  margin: z.number().nullable(),
  reason: z.string(),
});

export const stepSchema = z.object({ label: z.string(), latex: z.string() });

export const caseRecordSchema = z.object({
  name: z.string().optional(),
  params: z.unknown(),
  paramsText: z.string(),
  summary: z.record(z.string(), scalar),
  verdict: verdictSchema,
  steps: z.array(stepSchema).optional(),
  ms: z.number(),
});

export const plotSchema = z.object({
  id: z.string(),
  title: z.string(),
  x: z.object({ label: z.string(), log: z.boolean().optional() }),
  y: z.object({ label: z.string(), log: z.boolean().optional() }),
  series: z.array(
    z.object({
      name: z.string(),
      style: z.enum(['line', 'points', 'dashed', 'bars']),
      points: z.array(z.object({ x: z.number(), y: z.number(), label: z.string().optional(), yLow: z.number().optional(), yHigh: z.number().optional() })),
    }),
  ),
  heatmaps: z
    .array(z.object({ label: z.string(), rows: z.number().int().positive(), cols: z.number().int().positive(), values: z.array(z.number()) }))
    .optional(),
  caption: z.string().optional(),
});

/** A found counterexample (forall) or witness (exists), with how to replay it. */
export const findingSchema = z.object({
  record: caseRecordSchema,
  seed: z.number(),
  path: z.string(),
  numShrinks: z.number(),
  replay: z.string(),
});

export const propertySchema = z.object({
  seed: z.number(),
  numRuns: z.number(),
  /** Generated cases evaluated before the search stopped (excluding shrinking). */
  runsExecuted: z.number(),
  counts: z.object({ holds: z.number(), violated: z.number(), inconclusive: z.number() }),
  /** The first few generated cases, for the report. */
  samples: z.array(caseRecordSchema),
  counterexample: findingSchema.optional(),
  witness: findingSchema.optional(),
  interrupted: z.boolean(),
});

export const claimResultSchema = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string(),
  quantifier: z.enum(['forall', 'exists']),
  expectation: z.enum(['holds', 'may-fail']),
  source: z.object({
    paper: z.string(),
    locator: z.string(),
    confidence: z.enum(['stated', 'reconstructed', 'derived']),
    url: z.string().optional(),
  }),
  statement: z.string(),
  hypotheses: z.array(z.string()),
  notes: z.string().optional(),
  tolerance: z.object({ abs: z.number(), rel: z.number(), reason: z.string() }),
  verdict: verdictSchema,
  cases: z.array(caseRecordSchema),
  property: propertySchema.nullable(),
  derivation: z.array(stepSchema),
  plots: z.array(plotSchema),
  backend: z.string(),
  budget: z.enum(['quick', 'standard', 'full']),
  seed: z.number(),
  durationMs: z.number(),
  /** Set when the claim's code threw (a bug, not a verdict): the claim is inconclusive. */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});

export const backendReportSchema = z.object({
  requested: z.string(),
  selected: z.string(),
  /** Why the selected backend differs from the requested one; null when it does not. */
  fallback: z.string().nullable(),
  probes: z.array(z.object({ name: z.string(), available: z.boolean(), detail: z.string() })),
});

export const runResultsSchema = z.object({
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('theorycheck'), version: z.string() }),
  startedAt: z.string(),
  updatedAt: z.string(),
  complete: z.boolean(),
  config: z.object({
    budget: z.enum(['quick', 'standard', 'full']),
    seed: z.number(),
    patterns: z.array(z.string()),
    claimIds: z.array(z.string()),
    shard: z.object({ index: z.number(), count: z.number() }).nullable(),
  }),
  environment: z.object({
    node: z.string(),
    platform: z.string(),
    arch: z.string(),
    cpus: z.number(),
    versions: z.record(z.string(), z.string()),
  }),
  backend: backendReportSchema,
  claims: z.array(claimResultSchema),
});

export type VerdictJson = z.infer<typeof verdictSchema>;
export type CaseRecordJson = z.infer<typeof caseRecordSchema>;
export type Finding = z.infer<typeof findingSchema>;
export type PropertyOutcome = z.infer<typeof propertySchema>;
export type ClaimResult = z.infer<typeof claimResultSchema>;
export type BackendReport = z.infer<typeof backendReportSchema>;
export type RunResults = z.infer<typeof runResultsSchema>;
