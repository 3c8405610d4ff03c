import { describe, expect, it } from 'vitest';
import { cli } from '../../../src/cli/cli.js';
import { fakeIo } from '../../helpers/fake-io.js';

describe('cli', () => {
  it('should list claims as JSON with id, title, area, quantifier and source', async () => {
    const io = fakeIo();
    expect(await cli(['list', '--json'], io)).toBe(0);
    const rows = JSON.parse(io.stdout.join('')) as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) expect(Object.keys(r)).toEqual(expect.arrayContaining(['id', 'title', 'area', 'quantifier', 'source']));
    expect(rows.map((r) => r.id)).toContain('vc.sine.infinite-vc');
  });

  it.each([
    [['run', 'no.such.claim'], /unknown claim id or pattern 'no.such.claim'/],
    [['run', '--seed', 'banana'], /--seed: 'banana' is not a seed/],
    [['run', '--budget', 'huge'], /unknown budget 'huge'/],
    [['run', '--backend', 'tpu'], /unknown backend 'tpu'/],
    [['run', '--bogus'], /Unknown option '--bogus'/],
    [['run', '--format', 'docx'], /unknown format 'docx'/],
    [['list', '--area', 'nope'], /unknown area 'nope'/],
    [['replay', 'vc.sine.infinite-vc', '--seed', '1', '--path', 'x:y'], /not a fast-check path/],
    [['replay', 'no.such.claim', '--seed', '1', '--path', '0'], /unknown claim id 'no.such.claim'/],
    [['report', 'missing.json'], /cannot read results file/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('should exit 2 with a one-line message for %j', async (argv, message) => {
    const io = fakeIo();
    expect(await cli(argv, io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(message);
    expect(io.stderr[0]).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('should print help for each command', async () => {
    for (const cmd of ['list', 'run', 'replay', 'report', 'backends', 'shatter', 'lie', 'liegg', 'metrics', 'invariance']) {
      const io = fakeIo();
      expect(await cli([cmd, '--help'], io)).toBe(0);
      expect(io.stdout.join('')).toMatch(new RegExp(`theorycheck ${cmd}`));
    }
  });

  it('should list the backends with wasm usable and the optional ones explained', async () => {
    const io = fakeIo();
    expect(await cli(['backends', '--json'], io)).toBe(0);
    const rows = JSON.parse(io.stdout.join('')) as { name: string; available: boolean; detail: string; default: boolean }[];
    const wasm = rows.find((r) => r.name === 'wasm')!;
    expect(wasm.available).toBe(true);
    expect(wasm.default).toBe(true);
    expect(rows.find((r) => r.name === 'cpu')!.available).toBe(true);
    for (const r of rows.filter((x) => !x.available)) expect(r.detail.length).toBeGreaterThan(5);
  });
});
