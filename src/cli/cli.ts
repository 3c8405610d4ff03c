import { isUserError, TheorycheckError, UsageError } from '../core/errors.js';
import type { ClaimRegistry } from '../core/registry.js';
import { toolVersion } from '../core/version.js';
import type { Io } from './io.js';

/**
 * Commands are imported when they run: `diff`, `baseline`, `merge` and `report` never load
 * TensorFlow.js, the CAS or the claim registry (~1.5 s of CPU at every start otherwise).
 */
const registry = async (): Promise<ClaimRegistry> => (await import('../../proofs-checks/index.js')).defaultRegistry();

export const MAIN_HELP = `theorycheck ${toolVersion()} — check theoretical claims about neural networks against experiments

usage: theorycheck <command> [options]     (theorycheck <command> --help for details)
  list       the registered claims
  run        run claims and write results.json, report.html, report.tex (and .pdf)
  replay     reproduce a counterexample or witness from its seed and path
  report     render reports from a results.json
  merge      combine the results of sharded runs (run --shard i/n) into one run
  baseline   baseline save: record a run as a regression baseline
  diff       compare a run with a baseline; exit 1 on a regression
  metrics    disentanglement metrics of your codes against factors
  lie        closure, structure constants, Killing form and name of the algebra your matrices span (exact)
  liegg      LieGG: polarization spectrum and learned generators of your tfjs model
  invariance invariance metrics (orbit divergence, logit spread, saliency similarity) of your tfjs model
  shatter    realised dichotomies, largest shattered subset and bounds for your point set
  backends   which tfjs backends are usable here, and why not
  docs       regenerate docs/claims.md and docs/errors.md from the registries
Exit codes: 0 ok, 1 a claim violated or a baseline regressed, 2 bad usage or input.`;

/** Run the CLI; returns the exit code. Errors in user input become one-line messages and 2. */
export async function cli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'list':
        return (await import('./commands/list.js')).listCommand(rest, await registry(), io);
      case 'run':
        return await (await import('./commands/run.js')).runCommand(rest, await registry(), io);
      case 'replay':
        return await (await import('./commands/replay.js')).replayCommand(rest, await registry(), io);
      case 'report':
        return await (await import('./commands/report.js')).reportCommand(rest, io);
      case 'merge':
        return await (await import('./commands/merge.js')).mergeCommand(rest, io);
      case 'baseline':
        return (await import('./commands/baseline.js')).baselineCommand(rest, io);
      case 'diff':
        return (await import('./commands/diff.js')).diffCommand(rest, io);
      case 'lie':
        return await (await import('./commands/lie.js')).lieCommand(rest, io);
      case 'liegg':
        return await (await import('./commands/liegg.js')).lieggCommand(rest, io);
      case 'metrics':
        return await (await import('./commands/metrics.js')).metricsCommand(rest, io);
      case 'invariance':
        return await (await import('./commands/invariance.js')).invarianceCommand(rest, io);
      case 'shatter':
        return await (await import('./commands/shatter.js')).shatterCommand(rest, io);
      case 'backends':
        return await (await import('./commands/backends.js')).backendsCommand(rest, io);
      case 'docs':
        return (await import('./commands/docs.js')).docsCommand(rest, await registry(), io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case '--version':
        io.out(toolVersion());
        return 0;
      default:
        throw new UsageError('TC1000', `unknown command '${command}'; expected one of list, run, replay, report, merge, baseline, diff, metrics, shatter, lie, liegg, invariance, backends, docs`);
    }
  } catch (e) {
    if (isUserError(e)) {
      io.err(`theorycheck: error ${e.code}: ${e.message}`);
      return 2;
    }
    if (e instanceof TheorycheckError) {
      io.err(`theorycheck: internal error ${e.code}: ${e.message}`);
      return 1;
    }
    io.err(`theorycheck: internal error: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
