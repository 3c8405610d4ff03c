import * as tf from '@tensorflow/tfjs';
import { UsageError } from '../../core/errors.js';
import type { ClaimRegistry } from '../../core/registry.js';
import { runClaim } from '../../core/runner.js';
import { DEFAULT_BACKEND, selectBackend } from '../../gpu/select.js';
import { createTheoryContext } from '../../theory/context.js';
import { BUDGET_HELP, budgetOf, parse, parseSeed } from '../args.js';
import type { Io } from '../io.js';
import { loadUserClaims } from '../user-claims.js';

export const REPLAY_HELP = `theorycheck replay ID --seed S --path P [--budget ${BUDGET_HELP}] [--backend B] [--claims FILE.js] [--json]
  Reproduces one generated case (a counterexample or a witness) exactly, from the
  seed and fast-check path printed by 'theorycheck run'.
Exit: 1 when the replayed case violates the claim, 0 otherwise, 2 bad usage.`;

const PATH_PATTERN = /^\d+(:\d+)*$/;

export async function replayCommand(argv: string[], registry: ClaimRegistry, io: Io): Promise<number> {
  const { values, positionals } = parse('replay', argv, {
    seed: { type: 'string' },
    path: { type: 'string' },
    budget: { type: 'string' },
    backend: { type: 'string' },
    claims: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) return io.out(REPLAY_HELP), 0;
  if (positionals.length !== 1) {
    throw new UsageError('TC1014', `replay: expected exactly one claim id, got ${positionals.length}; usage: ${REPLAY_HELP.split('\n')[0]}`);
  }
  if (values.seed === undefined) throw new UsageError('TC1014', 'replay: --seed is required (the seed printed with the counterexample)');
  const path = values.path as string | undefined;
  if (path === undefined || !PATH_PATTERN.test(path)) {
    throw new UsageError('TC1015', `--path: '${path ?? ''}' is not a fast-check path; expected numbers separated by ':' (e.g. 3:1:0)`);
  }
  if (values.claims) await loadUserClaims(values.claims as string, registry, io.cwd);
  const claim = registry.get(positionals[0]!);
  const seed = parseSeed(values.seed as string, 0);
  const budget = budgetOf(values.budget as string | undefined);
  const backend = await selectBackend((values.backend as string | undefined) ?? DEFAULT_BACKEND);
  if (backend.fallback) io.err(`theorycheck: backend fallback: ${backend.fallback}`);
  const r = await runClaim(claim, { budget, seed, backend: backend.selected, theory: createTheoryContext(), path });
  const finding = r.property?.counterexample ?? r.property?.witness;
  if (values.json) {
    io.out(JSON.stringify({ id: r.id, verdict: r.verdict, finding: finding ?? null, tfjs: tf.version.tfjs }, null, 2));
  } else if (finding) {
    io.out(`${r.id}: replayed ${claim.quantifier === 'forall' ? 'counterexample' : 'witness'} ${finding.record.paramsText}`);
    io.out(`  verdict: ${finding.record.verdict.status}: ${finding.record.verdict.reason}`);
    io.out(`  measured: ${JSON.stringify(finding.record.summary)}`);
  } else {
    io.out(`${r.id}: the case at seed ${seed}, path ${path} does not ${claim.quantifier === 'forall' ? 'violate' : 'witness'} the claim (${r.verdict.reason})`);
  }
  return r.property?.counterexample ? 1 : 0;
}
