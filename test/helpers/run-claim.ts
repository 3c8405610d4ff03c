import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import type { Claim } from '../../src/core/claim.js';
import type { BudgetName } from '../../src/core/budget.js';
import type { ClaimResult } from '../../src/core/results.js';
import { runClaim } from '../../src/core/runner.js';
import { createTheoryContext } from '../../src/theory/context.js';

let ready: Promise<void> | undefined;

/** Activate the wasm backend once per test file (the embedded default). */
export function useWasm(): Promise<void> {
  ready ??= (async () => {
    tf.enableProdMode();
    await tf.setBackend('wasm');
    await tf.ready();
  })();
  return ready;
}

/** Run a claim like `theorycheck run` does, on the active backend. */
export async function runForTest(claim: Claim, opts: { budget?: BudgetName; seed?: number; path?: string } = {}): Promise<ClaimResult> {
  await useWasm();
  return runClaim(claim, {
    budget: opts.budget ?? 'quick',
    seed: opts.seed ?? 42,
    backend: tf.getBackend(),
    theory: createTheoryContext(),
    ...(opts.path !== undefined ? { path: opts.path } : {}),
  });
}

/** A readable failure message for a claim result. */
export function explain(r: ClaimResult): string {
  const bad = [...r.cases, ...(r.property?.samples ?? [])].filter((c) => c.verdict.status !== 'holds');
  return `${r.id}: ${r.verdict.status}: ${r.verdict.reason}${r.error ? ` [${r.error.code}: ${r.error.message}]` : ''}\n` +
    bad.slice(0, 5).map((c) => `  ${c.name ?? ''} ${c.paramsText}: ${c.verdict.status}: ${c.verdict.reason}`).join('\n');
}
