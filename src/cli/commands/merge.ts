import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { readResults, writeResults } from '../../core/results-io.js';
import { isFailure } from '../../core/runner.js';
import { mergeShards, type ShardInput } from '../../core/shard.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';
import { writeReports } from '../outputs.js';
import { failureText } from '../progress.js';
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, reportFormats } from '../report-options.js';
import { DEFAULT_OUT } from '../report-options.js';

export const MERGE_HELP = `theorycheck merge DIR... [--out DIR] [--format LIST] [--json]
  Combines the results of 'theorycheck run --shard i/n' (i = 1..n; each DIR holds a
  results.json, or name the results.json files) into the results.json and reports of one
  run, as if it had not been sharded. Refuses shards of different runs (seed, budget,
  backend, claim selection, version), a shard given twice, and missing or interrupted shards.
  --out DIR                 merged results.json + reports go here (default ${DEFAULT_OUT})
${REPORT_OPTIONS_HELP}
  --json                    print the merged results.json to stdout
Exit: 0 all hold (or are inconclusive / may-fail), 1 a claim violated or crashed,
2 bad usage or shards that do not make one complete run.`;

/** A shard's output folder or its results.json. */
function resultsFile(path: string): string {
  return existsSync(path) && statSync(path).isDirectory() ? join(path, 'results.json') : path;
}

export async function mergeCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('merge', argv, { out: { type: 'string' }, ...REPORT_OPTIONS, json: { type: 'boolean' } });
  if (values.help) return io.out(MERGE_HELP), 0;
  if (positionals.length === 0) {
    throw new UsageError('TC1020', 'merge: expected the output folders (or results.json files) of every shard, e.g. theorycheck merge shard-1 shard-2 shard-3');
  }
  const formats = reportFormats(values);
  const outDir = resolve(io.cwd, (values.out as string | undefined) ?? DEFAULT_OUT);
  const outFile = join(outDir, 'results.json');
  const inputs: ShardInput[] = positionals.map((p) => {
    const file = resultsFile(resolve(io.cwd, p));
    if (file === outFile) {
      throw new UsageError('TC1020', `merge: --out ${outDir} would overwrite the shard results ${p}; choose another --out folder`);
    }
    return { where: p, results: readResults(file) };
  });
  const merged = mergeShards(inputs);
  writeResults(outFile, merged);
  const { files, notes } = await writeReports(merged, outDir, formats);
  for (const r of merged.claims.filter((c) => c.verdict.status === 'violated')) io.err(failureText(r));
  for (const n of notes) io.err(`theorycheck: ${n}`);
  if (values.json) io.out(JSON.stringify(merged, null, 2));
  else {
    const count = (s: string) => merged.claims.filter((c) => c.verdict.status === s).length;
    io.out(
      `theorycheck: merged ${inputs.length} shards: ${merged.claims.length} claims on ${merged.backend.selected} ` +
        `(budget ${merged.config.budget}, seed ${merged.config.seed}): ` +
        `${count('holds')} hold, ${count('violated')} violated, ${count('inconclusive')} inconclusive`,
    );
    io.out(`wrote ${[outFile, ...files].join(', ')}`);
  }
  return merged.claims.some(isFailure) ? 1 : 0;
}
