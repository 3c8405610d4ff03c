import { cpus } from 'node:os';
import type { Claim, TheoryContext } from './claim.js';
import type { BudgetName } from './budget.js';
import { UsageError } from './errors.js';
import { RESULTS_SCHEMA_VERSION, type BackendReport, type ClaimResult, type RunResults } from './results.js';
import { writeResults } from './results-io.js';
import { runClaim } from './runner.js';
import { shardItems, shardText, type Shard } from './shard.js';
import { toolVersion } from './version.js';

export interface SuiteOptions {
  claims: Claim[];
  patterns: string[];
  budget: BudgetName;
  seed: number;
  backend: BackendReport;
  theory: TheoryContext;
  /** Where results.json is written after every claim (atomically). Omit to keep in memory. */
  resultsPath?: string;
  /** A previous, interrupted run of the same configuration: its finished claims are kept. */
  resume?: RunResults;
  /**
   * Run only this shard's part of `claims` (round-robin by position, see shard.ts).
   * results.config.claimIds still lists the whole selection, so `merge` can check coverage.
   */
  shard?: Shard | null;
  versions?: Record<string, string>;
  timeLimitMs?: number;
  onClaimStart?: (claim: Claim, index: number, total: number) => void;
  onClaimDone?: (result: ClaimResult, index: number, total: number) => void;
  log?: (message: string) => void;
}

/** Run claims in order, recording each result as soon as it is finished. */
export async function runSuite(opts: SuiteOptions): Promise<RunResults> {
  const now = new Date().toISOString();
  const results: RunResults = opts.resume
    ? { ...opts.resume, complete: false, updatedAt: now }
    : {
        schemaVersion: RESULTS_SCHEMA_VERSION,
        tool: { name: 'theorycheck', version: toolVersion() },
        startedAt: now,
        updatedAt: now,
        complete: false,
        config: {
          budget: opts.budget,
          seed: opts.seed,
          patterns: opts.patterns,
          claimIds: opts.claims.map((c) => c.id),
          shard: opts.shard ?? null,
        },
        environment: {
          node: process.version,
          platform: process.platform,
          arch: process.arch,
          cpus: cpus().length,
          versions: { theorycheck: toolVersion(), ...(opts.versions ?? {}) },
        },
        backend: opts.backend,
        claims: [],
      };
  if (opts.resume) checkResumable(opts.resume, opts);
  const done = new Set(results.claims.map((c) => c.id));
  const save = () => {
    results.updatedAt = new Date().toISOString();
    if (opts.resultsPath) writeResults(opts.resultsPath, results);
  };
  save();
  const mine = opts.shard ? shardItems(opts.claims, opts.shard) : opts.claims;
  const total = mine.length;
  for (const [i, claim] of mine.entries()) {
    if (done.has(claim.id)) continue;
    opts.onClaimStart?.(claim, i, total);
    const r = await runClaim(claim, {
      budget: opts.budget,
      seed: opts.seed,
      backend: opts.backend.selected,
      theory: opts.theory,
      ...(opts.log ? { log: opts.log } : {}),
      ...(opts.timeLimitMs !== undefined ? { timeLimitMs: opts.timeLimitMs } : {}),
    });
    results.claims.push(r);
    save();
    opts.onClaimDone?.(r, i, total);
  }
  const order = new Map(opts.claims.map((c, i) => [c.id, i]));
  results.claims.sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
  results.complete = true;
  save();
  return results;
}

function checkResumable(prev: RunResults, opts: SuiteOptions): void {
  const mismatch: string[] = [];
  if (prev.config.budget !== opts.budget) mismatch.push(`budget ${prev.config.budget} vs ${opts.budget}`);
  if (prev.config.seed !== opts.seed) mismatch.push(`seed ${prev.config.seed} vs ${opts.seed}`);
  if (prev.backend.selected !== opts.backend.selected) mismatch.push(`backend ${prev.backend.selected} vs ${opts.backend.selected}`);
  const shardOf = (s: Shard | null | undefined) => (s ? shardText(s) : 'none');
  if (prev.config.claimIds.join(' ') !== opts.claims.map((c) => c.id).join(' ')) mismatch.push('a different claim selection');
  if (shardOf(prev.config.shard) !== shardOf(opts.shard)) mismatch.push(`shard ${shardOf(prev.config.shard)} vs ${shardOf(opts.shard)}`);
  if (mismatch.length) {
    throw new UsageError(
      'TC1007',
      `--resume: the existing results were made with a different configuration (${mismatch.join(', ')}); expected the same ids, --budget, --seed, --backend and --shard, or drop --resume to start afresh`,
    );
  }
}
