import { InputError, UsageError } from './errors.js';
import { RESULTS_SCHEMA_VERSION, type ClaimResult, type RunResults } from './results.js';

/**
 * Sharding: one run split over n machines. `--shard i/n` (1-based, like a CI matrix)
 * runs the claims at positions p of the selection (registry order) with p mod n = i - 1:
 * round-robin, so shard sizes differ by at most one and the split depends only on the
 * selection, never on timing. A claim is never split: its named cases, its property,
 * its plots and (for `exists`) the skip of the search once a named case is a witness all
 * depend on the claim's cases together, so a claim runs exactly as in an unsharded run
 * and merging is a concatenation with checks.
 */
export interface Shard {
  /** 1-based: 1..count. */
  index: number;
  count: number;
}

/** The shard that runs the item at `position` (0-based) of the selection. */
export function shardOfPosition(position: number, count: number): number {
  return (position % count) + 1;
}

/** The items of one shard, in their original order. */
export function shardItems<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, p) => shardOfPosition(p, shard.count) === shard.index);
}

/** Validate a shard; `where` names the option or variable it came from. */
export function checkShard(index: number, count: number, where: string): Shard {
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(index) || index < 1 || index > count) {
    throw new UsageError('TC1017', `${where}: shard ${index}/${count} is not a shard; expected i/n with integers 1 <= i <= n`);
  }
  return { index, count };
}

/** Parse `i/n` (e.g. `2/3`). */
export function parseShard(text: string, where = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new UsageError('TC1017', `${where}: '${text}' is not a shard; expected i/n with integers 1 <= i <= n (e.g. 2/3)${where === '--shard' ? ", or 'auto'" : ''}`);
  return checkShard(Number(m[1]), Number(m[2]), where);
}

export function shardText(s: Shard): string {
  return `${s.index}/${s.count}`;
}

/** One shard's results and where they came from (named in error messages). */
export interface ShardInput {
  where: string;
  results: RunResults;
}

function refuse(problem: string): never {
  throw new InputError('TC1018', `merge: ${problem}`);
}

/** The settings every shard of one run shares, as text for comparison. */
const SHARED: { name: string; hint: string; get: (r: RunResults) => string }[] = [
  { name: 'seed', hint: '--seed', get: (r) => String(r.config.seed) },
  { name: 'budget', hint: '--budget', get: (r) => r.config.budget },
  { name: 'backend', hint: '--backend (and a backend that loaded on every machine)', get: (r) => r.backend.selected },
  { name: 'claim selection', hint: 'ids/globs', get: (r) => r.config.claimIds.join(' ') },
  { name: 'theorycheck version', hint: 'theorycheck version', get: (r) => r.tool.version },
];

/**
 * Combine the results of `run --shard i/n` for i = 1..n into the results of one unsharded
 * run. Refuses (InputError TC1018, naming the problem and the files) results that are not
 * shards, shards of different runs (seed, budget, backend, selection, version, shard
 * count), a shard given twice, a missing or interrupted shard, or a shard whose claims
 * are not its part of the selection.
 */
export function mergeShards(inputs: readonly ShardInput[]): RunResults {
  const first = inputs[0];
  if (!first) refuse('no shard results given; expected the output folders of `theorycheck run --shard i/n`, i = 1..n');
  for (const { where, results } of inputs) {
    if (!results.config.shard) refuse(`${where} is not a shard (it was run without --shard); expected the results of \`theorycheck run --shard i/n\``);
  }
  const count = first.results.config.shard!.count;
  for (const { where, results } of inputs) {
    const s = results.config.shard!;
    if (s.count !== count) refuse(`shards of different splits: ${first.where} is shard ${shardText(first.results.config.shard!)}, ${where} is shard ${shardText(s)}`);
  }
  for (const field of SHARED) {
    const expected = field.get(first.results);
    const other = inputs.find((x) => field.get(x.results) !== expected);
    if (other) {
      const show = (v: string) => (v.length > 80 ? `${v.slice(0, 77)}...` : v) || '(none)';
      refuse(
        `shards disagree on the ${field.name}: ${first.where} has ${show(expected)}, ${other.where} has ${show(field.get(other.results))}; ` +
          `expected shards of one run (the same ${field.hint})`,
      );
    }
  }
  const byIndex = new Map<number, ShardInput>();
  for (const input of inputs) {
    const i = input.results.config.shard!.index;
    const seen = byIndex.get(i);
    if (seen) refuse(`shard ${i}/${count} is given twice: ${seen.where} and ${input.where}`);
    byIndex.set(i, input);
  }
  const missing = Array.from({ length: count }, (_, k) => k + 1).filter((i) => !byIndex.has(i));
  if (missing.length) {
    const have = [...byIndex.keys()].sort((a, b) => a - b).map((i) => `${i}/${count}`);
    refuse(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} (given: ${have.join(', ')})`);
  }
  const claimIds = first.results.config.claimIds;
  const claims = new Map<string, ClaimResult>();
  for (let i = 1; i <= count; i++) {
    const { where, results } = byIndex.get(i)!;
    const part = shardItems(claimIds, { index: i, count });
    const got = results.claims.map((c) => c.id);
    const extra = got.filter((id) => !part.includes(id));
    if (extra.length) refuse(`${where} (shard ${i}/${count}) holds claims outside its part of the selection: ${extra.join(', ')}`);
    if (!results.complete || got.length !== part.length) {
      const absent = part.filter((id) => !got.includes(id));
      refuse(
        `${where} (shard ${i}/${count}) is incomplete: ${got.length} of ${part.length} claims finished` +
          `${absent.length ? ` (missing ${absent.slice(0, 3).join(', ')}${absent.length > 3 ? ', ...' : ''})` : ''}; ` +
          'finish it with the same command and --resume',
      );
    }
    for (const c of results.claims) claims.set(c.id, c);
  }
  const times = inputs.map((x) => x.results);
  const earliest = times.map((r) => r.startedAt).sort()[0]!;
  const latest = times.map((r) => r.updatedAt).sort().at(-1)!;
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    tool: first.results.tool,
    startedAt: earliest,
    updatedAt: latest,
    complete: true,
    config: { ...first.results.config, shard: null },
    environment: first.results.environment,
    backend: first.results.backend,
    claims: claimIds.map((id) => claims.get(id)!),
  };
}
