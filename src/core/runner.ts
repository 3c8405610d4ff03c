import type { Claim, CaseRecord, TheoryContext } from './claim.js';
import { areaOf } from './claim.js';
import type { BudgetName } from './budget.js';
import { aggregateVerdict } from './aggregate.js';
import { evaluateCase, type Evaluation } from './evaluate.js';
import { runProperty } from './property.js';
import type { ClaimResult } from './results.js';

export interface RunClaimOptions {
  budget: BudgetName;
  seed: number;
  /** tfjs backend in use (recorded; experiments read it from their context). */
  backend: string;
  theory: TheoryContext;
  log?: (message: string) => void;
  /** Replay only: the fast-check path to reproduce. Named cases are skipped. */
  path?: string;
  /** Time limit for the generated-case search of one claim. */
  timeLimitMs?: number;
}

/** The exact command that replays a generated case. */
export function replayCommand(id: string, seed: number, path: string, budget: BudgetName, backend: string): string {
  return `theorycheck replay ${id} --seed ${seed} --path ${path} --budget ${budget} --backend ${backend}`;
}

/** Run one claim: named cases, then the property; never throws for a claim's own bug. */
export async function runClaim(claim: Claim, opts: RunClaimOptions): Promise<ClaimResult> {
  const t0 = performance.now();
  const log = opts.log ?? (() => {});
  const evalOpts = { budget: opts.budget, seed: opts.seed, backend: opts.backend, theory: opts.theory, log };
  let error: Evaluation['error'];

  const cases: CaseRecord[] = [];
  const named: { name: string; measured: unknown }[] = [];
  if (opts.path === undefined) {
    for (const c of claim.cases) {
      const ev = await evaluateCase(claim, c.params, evalOpts, c.name);
      if (ev.error && !error) error = ev.error;
      cases.push(ev.record);
      named.push({ name: c.name, measured: ev.measured });
    }
  }
  const witnessed = claim.quantifier === 'exists' && cases.some((c) => c.verdict.status === 'holds');
  const prop = witnessed
    ? null
    : await runProperty(claim, {
        ...evalOpts,
        ...(opts.path !== undefined ? { path: opts.path } : {}),
        ...(opts.timeLimitMs !== undefined ? { timeLimitMs: opts.timeLimitMs } : {}),
        replayCommand: (seed, path) => replayCommand(claim.id, seed, path, opts.budget, opts.backend),
      });
  if (prop?.error && !error) error = prop.error;
  const property = prop?.outcome ?? null;
  const generated = prop?.records ?? [];
  const verdict = aggregateVerdict(claim, cases, property, generated, error !== undefined);

  const all = [...cases, ...generated];
  let plots: ClaimResult['plots'] = [];
  try {
    plots = claim.plots ? claim.plots(all, named) : [];
  } catch (e) {
    error ??= { code: 'TC6002', message: `plots() threw: ${String((e as Error).message ?? e)}` };
  }
  const representative = cases[0] ?? generated[0];
  return {
    id: claim.id,
    title: claim.title,
    area: areaOf(claim.id),
    quantifier: claim.quantifier,
    expectation: claim.expectation ?? 'holds',
    source: { ...claim.source },
    statement: claim.statement,
    hypotheses: claim.hypotheses ?? [],
    ...(claim.notes ? { notes: claim.notes } : {}),
    tolerance: { ...claim.tolerance },
    verdict,
    cases,
    property,
    derivation: representative?.steps ?? [],
    plots,
    backend: opts.backend,
    budget: opts.budget,
    seed: opts.seed,
    durationMs: Math.round(performance.now() - t0),
    ...(error ? { error } : {}),
  };
}

/** Whether a claim result should fail a run (exit code 1). */
export function isFailure(r: ClaimResult): boolean {
  if (r.error) return true;
  return r.verdict.status === 'violated' && r.expectation !== 'may-fail';
}
