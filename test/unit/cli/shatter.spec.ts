import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shatterCommand, SHATTER_HELP } from '../../../src/cli/commands/shatter.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { useWasm } from '../../helpers/run-claim.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-shatter-'));
const file = (name: string, content: unknown) => {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
};
const run = async (argv: string[]) => {
  const io = fakeIo(dir);
  const code = await shatterCommand([...argv, '--json'], io);
  return { code, report: JSON.parse(io.stdout.join('')) as Record<string, any> };
};

describe('theorycheck shatter', () => {
  it("should report exactly Cover's count 2 Σ_{k<=d} C(n−1, k) for points in general position", async () => {
    const pts = [[0, 0], [4, 1], [1, 5], [-3, 2], [2, -4], [6, 7]];
    const { code, report } = await run(['--family', 'halfspace', '--points', file('gp.json', pts)]);
    expect(code).toBe(0);
    expect(report).toMatchObject({ family: 'halfspace', n: 6, realised: 32, labelings: 64, exact: true, upperBound: 32, vcUpperBound: 3, respectsBound: true });
    expect(report.largestShattered.size).toBe(3);
  });

  it('should name the missing Radon labeling of d + 2 points', async () => {
    const { report } = await run(['--family', 'halfspace', '--points', file('radon.json', { points: [[0, 0], [4, 0], [0, 4], [1, 1]] })]);
    expect(report.realised).toBe(14);
    expect(report.missingCount).toBe(2);
    expect(report.missing).toEqual(['+++−', '−−−+']); // (1,1) lies inside the triangle of the other three
  });

  it('should count thresholds, intervals and the base-2 sine construction exactly', async () => {
    const line = file('line.json', [3, -1, 7, 2, 5]);
    expect((await run(['--family', 'threshold', '--points', line])).report).toMatchObject({ realised: 6, upperBound: 6, vcUpperBound: 1 });
    expect((await run(['--family', 'interval', '--points', line])).report).toMatchObject({ realised: 16, upperBound: 16 });
    const sine = await run(['--family', 'sine', '--points', file('sine.json', [0.5, 0.25, 0.125, 0.0625])]);
    expect(sine.report).toMatchObject({ realised: 16, upperBound: null, respectsBound: true, exact: false });
  });

  it('should run the exact two-parameter oracle (gcnn2) and training (gcnn) with the bounds', async () => {
    const p1c = [[0, 0, 0.5, 1.5, 2, 2, 2.5, 3.5], [0, 0, 1, 1, 1.5, 2.5, 2.5, 3.5]];
    const two = await run(['--family', 'gcnn2', '--points', file('p1c.json', p1c)]);
    expect(two.report).toMatchObject({ n: 2, realised: 4, exact: true, vcUpperBound: 10, respectsBound: true });
    await useWasm();
    const fs = [[0.5, -1, 2, 0.25], [1, 1, -0.5, 0], [-2, 0.75, 0, 1]];
    const g = await run(['--family', 'gcnn', '--points', file('fs.json', fs), '--restarts', '3', '--steps', '60', '--channels', '2']);
    expect(g.code).toBe(0);
    expect(g.report).toMatchObject({ family: 'gcnn', n: 3, labelings: 8, exact: false, respectsBound: true });
    expect(g.report.realised).toBeGreaterThan(0);
    expect(g.report.model).toContain('C_4, 3-tap');
  });

  it('should print a readable table without --json, and help', async () => {
    const io = fakeIo(dir);
    expect(await shatterCommand(['--family', 'halfspace', '--points', 'radon.json'], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/realised\s+14 of 16 labelings \(exact\)[\s\S]*missing \(2; \+ = label 1\): \+\+\+− −−−\+/);
    const help = fakeIo(dir);
    expect(await shatterCommand(['--help'], help)).toBe(0);
    expect(help.stdout[0]).toBe(SHATTER_HELP);
  });

  it.each([
    ['bad.json', '{"points": [[1, 2], [3]', /bad\.json: not valid JSON/],
    ['ragged.json', [[1, 2], [3, 4], [5]], /ragged\.json: \[2\] has 1 values, expected 2 like \[0\]/],
    ['nan.json', { points: [[1, 2], [3, 'x']] }, /nan\.json: \.points\[1\]\[1\] must be a finite number, got the string "x"/],
    ['obj.json', { pts: [] }, /obj\.json: expected an array of points or an object with a "points" array/],
  ])('should reject %s with the path and the first problem (InputError, exit 2)', async (name, content, message) => {
    const err = await shatterCommand(['--family', 'halfspace', '--points', file(name, content)], fakeIo(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String((err as Error).message)).toMatch(message);
  });

  it('should reject bad usage', async () => {
    await expect(shatterCommand(['--family', 'nope', '--points', 'x.json'], fakeIo(dir))).rejects.toThrow(UsageError);
    await expect(shatterCommand(['--family', 'halfspace'], fakeIo(dir))).rejects.toThrow(/--points: missing/);
    await expect(shatterCommand(['--family', 'halfspace', '--points', 'missing.json'], fakeIo(dir))).rejects.toThrow(/cannot read missing\.json \(ENOENT\)/);
    await expect(shatterCommand(['--family', 'threshold', '--points', 'radon.json'], fakeIo(dir))).rejects.toThrow(/this family needs 1/);
    await expect(shatterCommand(['--family', 'gcnn', '--points', 'fs.json', '--restarts', '0'], fakeIo(dir))).rejects.toThrow(/--restarts: '0' is not a positive integer/);
  });
});
