import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { shardItems } from '../../core/shard.js';
import { baselineFromResults, readComparable, type Baseline, type Comparable } from '../../report/baseline.js';
import { diffBaselines, formatDiff } from '../../report/baseline-diff.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export const DIFF_HELP = `theorycheck diff BASELINE.json RESULTS.json [--ignore KEY|CLAIM:KEY]... [--json]
  Compares a run with a baseline (either file may be a baseline from 'theorycheck
  baseline save' or a results.json). Regressions: a verdict that changed (held → violated
  above all), a claim that now crashes, a margin or named-case number that moved beyond
  the claim's tolerance (|a-b| > abs + rel*max(1,|a|,|b|); exact for tolerance 0), a
  text or yes/no entry that changed. Float noise within tolerance, and claims, cases or
  entries added or removed, are reported but are not regressions. The results of one
  shard are compared on that shard's claims only.
  --ignore P                leave out summary entries: KEY or CLAIM:KEY, globs allowed
                            (e.g. --ignore 'loss*' --ignore 'vc.*:margin'); repeatable
  --json                    print the diff as JSON
Exit: 0 no regression, 1 a regression, 2 bad usage or input.`;

function asBaseline(c: Comparable, where: string, allowShard: boolean): Baseline {
  return c.kind === 'baseline' ? c.baseline : baselineFromResults(c.results, { where, allowShard });
}

export function diffCommand(argv: string[], io: Io): number {
  const { values, positionals } = parse('diff', argv, {
    ignore: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  if (values.help) return io.out(DIFF_HELP), 0;
  if (positionals.length !== 2) {
    throw new UsageError('TC1020', `diff: expected BASELINE.json and RESULTS.json, got ${positionals.length} path${positionals.length === 1 ? '' : 's'}`);
  }
  const [baseName, resultsName] = positionals as [string, string];
  const base = asBaseline(readComparable(resolve(io.cwd, baseName), baseName), baseName, false);
  const cur = readComparable(resolve(io.cwd, resultsName), resultsName);
  const shard = cur.kind === 'results' ? cur.results.config.shard : null;
  const scope = cur.kind === 'results' && shard ? shardItems(cur.results.config.claimIds, shard) : undefined;
  const ignore = (values.ignore as unknown as string[] | undefined) ?? [];
  const d = diffBaselines(base, asBaseline(cur, resultsName, true), { ignore, ...(scope ? { scope } : {}) });
  if (values.json) io.out(JSON.stringify(d, null, 2));
  else io.out(formatDiff(d, { baseline: baseName, results: resultsName }));
  return d.regressions.length ? 1 : 0;
}
