import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import type { ClaimRegistry } from '../../core/registry.js';
import type { RunResults } from '../../core/results.js';
import { readResults } from '../../core/results-io.js';
import { isFailure } from '../../core/runner.js';
import { runSuite } from '../../core/suite.js';
import { selectBackend, BACKEND_CHOICES, DEFAULT_BACKEND } from '../../gpu/select.js';
import { createTheoryContext } from '../../theory/context.js';
import { shardItems, shardText } from '../../core/shard.js';
import { BUDGET_HELP, budgetOf, parse, parsePositiveNumber, parseSeed } from '../args.js';
import type { Io } from '../io.js';
import { writeReports } from '../outputs.js';
import { failureText, progressReporter } from '../progress.js';
import { DEFAULT_OUT, REPORT_OPTIONS, REPORT_OPTIONS_HELP, reportFormats } from '../report-options.js';
import { resolveShard } from '../shard-env.js';
import { loadUserClaims } from '../user-claims.js';

export const DEFAULT_SEED = 42;
export { DEFAULT_OUT };

export const RUN_HELP = `theorycheck run [ids|globs...] [options]
  Runs claims (all when none given): named cases, then the fast-check property.
  --budget ${BUDGET_HELP}   cases per property and experiment sizes (default quick)
  --seed N                  one seed for everything (default ${DEFAULT_SEED})
  --backend ${BACKEND_CHOICES.join('|')}   tfjs backend (default ${DEFAULT_BACKEND})
  --out DIR                 results.json + reports go here (default ${DEFAULT_OUT})
${REPORT_OPTIONS_HELP}
  --shard i/n               run only shard i of n (round-robin over the selected claims);
                            combine the shards with 'theorycheck merge'
  --shard auto              the shard from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT,
                            JOB_COMPLETION_INDEX + THEORYCHECK_SHARD_COUNT, or THEORYCHECK_SHARD
  --resume                  keep the finished claims of an interrupted run in DIR
  --claims FILE.js          also load the claims exported by this module
  --time-limit S            stop each claim's generated-case search after S seconds
  --json                    print results.json to stdout
Exit: 0 all hold (or are inconclusive / may-fail), 1 a claim violated or crashed, 2 bad usage.`;

export async function runCommand(argv: string[], registry: ClaimRegistry, io: Io): Promise<number> {
  const { values, positionals } = parse('run', argv, {
    budget: { type: 'string' },
    seed: { type: 'string' },
    backend: { type: 'string' },
    out: { type: 'string' },
    ...REPORT_OPTIONS,
    shard: { type: 'string' },
    resume: { type: 'boolean' },
    claims: { type: 'string' },
    'time-limit': { type: 'string' },
    json: { type: 'boolean' },
    quiet: { type: 'boolean' },
  });
  if (values.help) return io.out(RUN_HELP), 0;
  const budget = budgetOf(values.budget as string | undefined);
  const seed = parseSeed(values.seed as string | undefined, DEFAULT_SEED);
  const formats = reportFormats(values);
  const sharding = resolveShard(values.shard as string | undefined, io.env);
  const timeLimit = parsePositiveNumber('--time-limit', values['time-limit'] as string | undefined);
  if (values.claims) await loadUserClaims(values.claims as string, registry, io.cwd);
  const claims = registry.select(positionals);
  if (sharding && !values.quiet) {
    const n = shardItems(claims, sharding.shard).length;
    io.err(`theorycheck: ${sharding.source}: ${n} of ${claims.length} claims`);
  }
  const outDir = resolve(io.cwd, (values.out as string | undefined) ?? DEFAULT_OUT);
  const resultsPath = join(outDir, 'results.json');
  let resume: RunResults | undefined;
  if (values.resume && existsSync(resultsPath)) resume = readResults(resultsPath);

  const backend = await selectBackend((values.backend as string | undefined) ?? DEFAULT_BACKEND);
  if (backend.fallback) io.err(`theorycheck: backend fallback: ${backend.fallback}`);
  const progress = progressReporter(io, Boolean(values.quiet));
  const results = await runSuite({
    claims,
    patterns: positionals,
    budget,
    seed,
    backend,
    theory: createTheoryContext(),
    resultsPath,
    ...(resume ? { resume } : {}),
    shard: sharding?.shard ?? null,
    versions: { tfjs: tf.version.tfjs, node: process.version },
    ...(timeLimit !== undefined ? { timeLimitMs: timeLimit * 1000 } : {}),
    onClaimStart: progress.start,
    onClaimDone: progress.done,
  });
  const { files, notes } = await writeReports(results, outDir, formats);
  for (const r of results.claims.filter((c) => c.verdict.status === 'violated')) io.err(failureText(r));
  for (const n of notes) io.err(`theorycheck: ${n}`);
  if (values.json) io.out(JSON.stringify(results, null, 2));
  else {
    const count = (s: string) => results.claims.filter((c) => c.verdict.status === s).length;
    const part = sharding ? `shard ${shardText(sharding.shard)}: ` : '';
    io.out(
      `theorycheck: ${part}${results.claims.length} claims on ${backend.selected} (budget ${budget}, seed ${seed}) in ${progress.elapsed()} s: ` +
        `${count('holds')} hold, ${count('violated')} violated, ${count('inconclusive')} inconclusive`,
    );
    io.out(`wrote ${[resultsPath, ...files].join(', ')}`);
  }
  return results.claims.some(isFailure) ? 1 : 0;
}
