import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// By package name, as a user's test suite imports them: resolved through package.json's
// "exports" (a package may import itself by name), i.e. from the built dist/.
import { expectClaim } from 'theorycheck/vitest';
import { defineClaim, EXACT, verdictFrom } from 'theorycheck';
import fc from 'fast-check';

const root = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, { types: string; default: string }>;
  bin: Record<string, string>;
};

/** A user's own claim, written against the published API only. */
const evenSquares = defineClaim<number, number, undefined>({
  id: 'user.square.even',
  title: 'the square of an even number is even',
  source: { paper: 'a user test', locator: '-', confidence: 'derived' },
  statement: '2 \\mid n \\implies 2 \\mid n^2',
  quantifier: 'forall',
  params: () => fc.integer({ min: -100, max: 100 }).map((k) => 2 * k),
  cases: [{ name: 'n = 6', params: 6 }],
  tolerance: EXACT,
  theory: (n) => ({ value: n * n, steps: [{ label: 'square', latex: `${n}^2 = ${n * n}` }] }),
  check: (sq) => verdictFrom(sq % 2 === 0, 0, `n^2 = ${sq}`),
});

describe('the published package', () => {
  it('every "exports" and "bin" entry should point at a built file', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      expect(existsSync(join(root, target.default)), `${entry} -> ${target.default}`).toBe(true);
      expect(existsSync(join(root, target.types)), `${entry} -> ${target.types}`).toBe(true);
    }
    for (const file of Object.values(pkg.bin)) expect(readFileSync(join(root, file), 'utf8')).toMatch(/^#!\/usr\/bin\/env node/);
  });

  it("import { expectClaim } from 'theorycheck/vitest' should check a user's own claim in a user's test", async () => {
    const r = await expectClaim(evenSquares, { seed: 3 });
    expect(r.verdict.status).toBe('holds');
    expect(r.cases[0]?.summary).toBeDefined();
  });

  it('plain node should resolve theorycheck and theorycheck/vitest by name through the exports map', () => {
    const script = [
      "const { expectClaim } = await import('theorycheck/vitest');",
      "const { defineClaim, EXACT, verdictFrom } = await import('theorycheck');",
      "const fc = (await import('fast-check')).default;",
      "const c = defineClaim({ id: 'user.odd.bound', title: 't', source: { paper: 'p', locator: '-', confidence: 'derived' },",
      "  statement: 'n < 5', quantifier: 'forall', params: () => fc.integer({ min: 0, max: 9 }), cases: [], tolerance: EXACT,",
      "  theory: (n) => ({ value: n, steps: [] }), check: (n) => verdictFrom(n < 5, 5 - n, 'n = ' + n) });",
      "await expectClaim(c).then(() => console.log('held'), (e) => console.log(e.message.split('\\n')[0]));",
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/expected claim user\.odd\.bound to hold, but it is violated/);
  });
});
