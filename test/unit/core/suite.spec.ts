import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResults } from '../../../src/core/results-io.js';
import { runSuite } from '../../../src/core/suite.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { createTheoryContext } from '../../../src/theory/context.js';
import { squaresNonNegative, squareWitness } from '../../fixtures/toy-claims.js';

const backend = { requested: 'wasm', selected: 'wasm', fallback: null, probes: [] };
const base = { patterns: [], budget: 'quick' as const, seed: 5, backend, theory: createTheoryContext() };

describe('runSuite', () => {
  it('should write results after each claim so an interrupted run keeps what it finished, and resume it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-suite-'));
    const resultsPath = join(dir, 'results.json');
    const claims = [squaresNonNegative, squareWitness];
    await expect(
      runSuite({
        ...base,
        claims,
        resultsPath,
        onClaimDone: (_r, i) => {
          if (i === 0) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    const partial = readResults(resultsPath);
    expect(partial.complete).toBe(false);
    expect(partial.claims.map((c) => c.id)).toEqual(['toy.square.non-negative']);

    const started: string[] = [];
    const resumed = await runSuite({ ...base, claims, resultsPath, resume: partial, onClaimStart: (c) => started.push(c.id) });
    expect(started).toEqual(['toy.square.witness']);
    expect(resumed.complete).toBe(true);
    expect(readResults(resultsPath).claims.map((c) => c.id)).toEqual(['toy.square.non-negative', 'toy.square.witness']);
  });

  it('should refuse to resume a run made with another seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-suite-'));
    const resultsPath = join(dir, 'results.json');
    const first = await runSuite({ ...base, claims: [squaresNonNegative], resultsPath });
    await expect(runSuite({ ...base, seed: 6, claims: [squaresNonNegative], resultsPath, resume: first })).rejects.toThrow(UsageError);
  });
});

describe('readResults', () => {
  it('should reject malformed JSON and foreign files with an InputError naming the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-io-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": 1,');
    expect(() => readResults(bad)).toThrow(InputError);
    expect(() => readResults(bad)).toThrow(/malformed JSON/);
    writeFileSync(bad, JSON.stringify({ schemaVersion: 1, claims: 'x' }));
    expect(() => readResults(bad)).toThrow(/not a theorycheck results file/);
    expect(() => readResults(join(dir, 'missing.json'))).toThrow(/cannot read/);
  });

  it('should round-trip what runSuite wrote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-io-'));
    const resultsPath = join(dir, 'results.json');
    const r = await runSuite({ ...base, claims: [squaresNonNegative], resultsPath });
    expect(JSON.parse(readFileSync(resultsPath, 'utf8'))).toEqual(JSON.parse(JSON.stringify(r)));
  });
});
