import { join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { readResults, writeFileAtomic } from '../../core/results-io.js';
import { baselineFromResults, baselineToJson } from '../../report/baseline.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';
import { DEFAULT_OUT } from '../report-options.js';

export const DEFAULT_BASELINE = 'theorycheck-baseline.json';

export const BASELINE_HELP = `theorycheck baseline save [RESULTS.json] [--out FILE]
  Saves a regression baseline from a finished run (default RESULTS.json:
  ${DEFAULT_OUT}/results.json; default FILE: ${DEFAULT_BASELINE}): per claim its
  verdict, margin and tolerance, and per named case its verdict, margin and numbers
  (wall-clock timings left out). Commit it; 'theorycheck diff FILE RESULTS.json' then
  fails (exit 1) on a regression.`;

export function baselineCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('baseline', argv, { out: { type: 'string' } });
  if (values.help) return io.out(BASELINE_HELP), 0;
  const [sub, ...paths] = positionals;
  if (sub !== 'save') {
    throw new UsageError('TC1020', `baseline: ${sub === undefined ? 'missing subcommand' : `unknown subcommand '${sub}'`}; expected 'theorycheck baseline save [RESULTS.json] [--out FILE]'`);
  }
  if (paths.length > 1) throw new UsageError('TC1020', `baseline save: expected at most one RESULTS.json, got ${paths.length}`);
  const given = paths[0] ?? join(DEFAULT_OUT, 'results.json');
  const results = readResults(resolve(io.cwd, given));
  const baseline = baselineFromResults(results, { where: given });
  const out = resolve(io.cwd, (values.out as string | undefined) ?? DEFAULT_BASELINE);
  writeFileAtomic(out, baselineToJson(baseline));
  const claims = Object.values(baseline.claims);
  const cases = claims.reduce((n, c) => n + Object.keys(c.cases).length, 0);
  const held = claims.filter((c) => c.verdict === 'holds').length;
  io.out(`wrote ${out}: ${claims.length} claims (${held} hold), ${cases} named cases, from ${given} (budget ${baseline.run.budget}, seed ${baseline.run.seed}, ${baseline.run.backend})`);
  return 0;
}
