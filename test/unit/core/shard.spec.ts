import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { InputError, UsageError } from '../../../src/core/errors.js';
import type { RunResults } from '../../../src/core/results.js';
import { mergeShards, parseShard, shardItems, type ShardInput } from '../../../src/core/shard.js';
import { sampleResults } from '../../helpers/sample-results.js';

/** Split a finished run into the n shard results that `run --shard i/n` would have written. */
function shardsOf(full: RunResults, n: number): ShardInput[] {
  return Array.from({ length: n }, (_, k) => ({
    where: `shard-${k + 1}`,
    results: {
      ...structuredClone(full),
      config: { ...full.config, shard: { index: k + 1, count: n } },
      claims: shardItems(structuredClone(full.claims), { index: k + 1, count: n }),
    },
  }));
}

describe('shard partition', () => {
  test.prop([fc.array(fc.string(), { maxLength: 40 }), fc.integer({ min: 1, max: 12 })])(
    'the shards of a selection are disjoint, cover it, keep its order and differ in size by at most one',
    (items, count) => {
      const parts = Array.from({ length: count }, (_, k) => shardItems(items, { index: k + 1, count }));
      const positions = parts.map((p, k) => items.map((_, i) => i).filter((i) => i % count === k));
      expect(parts.flat()).toHaveLength(items.length);
      expect(parts).toEqual(positions.map((ps) => ps.map((i) => items[i])));
      const sizes = parts.map((p) => p.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    },
  );

  it('should assign claims round-robin by position (deterministic, independent of timing)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect([1, 2, 3].map((i) => shardItems(ids, { index: i, count: 3 }))).toEqual([['a', 'd'], ['b', 'e'], ['c']]);
  });

  it.each([['0/3'], ['4/3'], ['1/0'], ['x'], ['1/3/2'], ['-1/3'], ['1.5/3']])('should refuse --shard %s with a usage error', (text) => {
    expect(() => parseShard(text)).toThrow(UsageError);
    expect(() => parseShard(text)).toThrow(/TC1017|not a shard/);
  });

  it('should parse i/n', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });
});

describe('mergeShards', () => {
  const full = sampleResults();

  it('should give back the unsharded run for any shard count, empty shards included', () => {
    for (const n of [1, 2, 3, 4, 6]) {
      const merged = mergeShards(shardsOf(full, n).reverse());
      expect(merged.claims).toEqual(full.claims);
      expect(merged.config).toEqual(full.config);
      expect(merged.complete).toBe(true);
    }
  });

  const refusals: [string, (s: ShardInput[]) => ShardInput[], RegExp][] = [
    ['a missing shard', (s) => [s[0]!, s[2]!], /missing shard 2\/3 \(given: 1\/3, 3\/3\)/],
    ['a shard given twice', (s) => [...s, { ...s[1]!, where: 'copy-of-2' }], /shard 2\/3 is given twice: shard-2 and copy-of-2/],
    ['a different seed', (s) => (s[1]!.results.config.seed = 7, s), /disagree on the seed: shard-1 has 42, shard-2 has 7/],
    ['a different budget', (s) => (s[2]!.results.config.budget = 'full', s), /disagree on the budget/],
    ['a different backend', (s) => (s[2]!.results.backend.selected = 'cpu', s), /disagree on the backend: shard-1 has wasm, shard-3 has cpu/],
    ['a different selection', (s) => (s[1]!.results.config.claimIds = ['vc.other.claim'], s), /disagree on the claim selection/],
    ['a different shard count', (s) => (s[1]!.results.config.shard = { index: 2, count: 4 }, s), /different splits/],
    ['an interrupted shard', (s) => ((s[0]!.results.complete = false), s[0]!.results.claims.pop(), s), /shard-1 \(shard 1\/3\) is incomplete: 1 of 2 claims finished \(missing lie\.so3\.closure\).*--resume/],
    ['claims outside the part', (s) => (s[1]!.results.claims.push(structuredClone(full.claims[0]!)), s), /outside its part of the selection: vc\.sauer-shelah\.growth-bound/],
    ['results that are not a shard', (s) => (s[0]!.results.config.shard = null, s), /shard-1 is not a shard/],
    ['nothing', () => [], /no shard results given/],
  ];
  it.each(refusals)('should refuse %s with an InputError naming the problem (exit 2)', (_what, spoil, message) => {
    const inputs = spoil(shardsOf(full, 3));
    expect(() => mergeShards(inputs)).toThrow(InputError);
    expect(() => mergeShards(inputs)).toThrow(message);
  });
});
