import { describe, expect, it } from 'vitest';
import { defineClaim } from '../../../src/core/claim.js';
import { isFailure } from '../../../src/core/runner.js';
import { runForTest } from '../../helpers/run-claim.js';
import { brokenSquareBound, crashingClaim, flakyTraining, squaresNonNegative, squareWitness } from '../../fixtures/toy-claims.js';

describe('runClaim', () => {
  it('should hold when every named and generated case holds', async () => {
    const r = await runForTest(squaresNonNegative);
    expect(r.verdict.status).toBe('holds');
    expect(r.cases).toHaveLength(1);
    expect(r.property?.runsExecuted).toBe(10);
    expect(r.property?.counts).toEqual({ holds: 10, violated: 0, inconclusive: 0 });
    expect(r.derivation[0]?.latex).toBe('0^2 = 0');
    expect(isFailure(r)).toBe(false);
  });

  it('should report a violated claim with its shrunk counterexample and a replay command', async () => {
    const r = await runForTest(brokenSquareBound, { seed: 7 });
    expect(r.verdict.status).toBe('violated');
    const ce = r.property?.counterexample;
    expect(ce).toBeDefined();
    expect(ce!.record.params).toBe(8); // the minimal n with n^2 >= 50
    expect(ce!.record.verdict.status).toBe('violated');
    expect(ce!.replay).toBe(`theorycheck replay toy.square.broken-bound --seed 7 --path ${ce!.path} --budget quick --backend wasm`);
    expect(isFailure(r)).toBe(true);
  });

  it('should reproduce the same counterexample from its seed and path', async () => {
    const first = await runForTest(brokenSquareBound, { seed: 7 });
    const ce = first.property!.counterexample!;
    const again = await runForTest(brokenSquareBound, { seed: ce.seed, path: ce.path });
    expect(again.cases).toHaveLength(0); // replay skips named cases
    expect(again.property?.counterexample?.record.params).toBe(8);
    expect(again.property?.counterexample?.record.summary).toEqual(ce.record.summary);
  });

  it('should be deterministic for a seed', async () => {
    const a = await runForTest(brokenSquareBound, { seed: 123 });
    const b = await runForTest(brokenSquareBound, { seed: 123 });
    expect(b.property?.counterexample?.path).toBe(a.property?.counterexample?.path);
    expect(b.property?.samples.map((s) => s.params)).toEqual(a.property?.samples.map((s) => s.params));
  });

  it('should find and shrink a witness for an exists claim', async () => {
    const r = await runForTest(squareWitness);
    expect(r.verdict.status).toBe('holds');
    expect(r.property?.witness?.record.params).toBe(7);
    expect(r.verdict.reason).toMatch(/witness/);
  });

  it('should call an exists claim inconclusive, never violated, when no witness is found', async () => {
    const never = defineClaim({ ...squareWitness, id: 'toy.square.no-witness', params: squareWitness.params, check: () => ({ status: 'inconclusive' as const, margin: null, reason: 'no' }) });
    const r = await runForTest(never);
    expect(r.verdict.status).toBe('inconclusive');
    expect(r.verdict.reason).toMatch(/no witness/);
  });

  it('should record a crash as an error and an inconclusive verdict, not a violation', async () => {
    const r = await runForTest(crashingClaim);
    expect(r.verdict.status).toBe('inconclusive');
    expect(r.error?.message).toMatch(/experiment blew up at \d+/);
    expect(isFailure(r)).toBe(true);
  });

  it('should make inconclusive cases count against the claim unless an allowance is stated', async () => {
    const strict = await runForTest(flakyTraining);
    expect(strict.verdict.status).toBe('inconclusive');
    expect(strict.property!.counts.inconclusive).toBeGreaterThan(0);
    const lenient = defineClaim({ ...flakyTraining, id: 'toy.training.lenient', inconclusiveAllowance: 0.8, inconclusiveReason: 'a failed fit proves nothing' });
    const r = await runForTest(lenient);
    expect(r.verdict.status).toBe('holds');
    expect(r.verdict.reason).toMatch(/a failed fit proves nothing/);
  });
});
