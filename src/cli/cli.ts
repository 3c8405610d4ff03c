import { isUserError, TheorycheckError, UsageError } from '../core/errors.js';
import { defaultRegistry } from '../../proofs-checks/index.js';
import { toolVersion } from '../core/version.js';
import { backendsCommand } from './commands/backends.js';
import { docsCommand } from './commands/docs.js';
import { listCommand } from './commands/list.js';
import { replayCommand } from './commands/replay.js';
import { reportCommand } from './commands/report.js';
import { runCommand } from './commands/run.js';
import type { Io } from './io.js';

export const MAIN_HELP = `theorycheck ${toolVersion()} — check theoretical claims about neural networks against experiments

usage: theorycheck <command> [options]     (theorycheck <command> --help for details)
  list       the registered claims
  run        run claims and write results.json, report.html, report.tex (and .pdf)
  replay     reproduce a counterexample or witness from its seed and path
  report     render reports from a results.json
  backends   which tfjs backends are usable here, and why not
  docs       regenerate docs/claims.md and docs/errors.md from the registries
Exit codes: 0 ok, 1 a claim violated, 2 bad usage or input.`;

/** Run the CLI; returns the exit code. Errors in user input become one-line messages and 2. */
export async function cli(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'list':
        return listCommand(rest, defaultRegistry(), io);
      case 'run':
        return await runCommand(rest, defaultRegistry(), io);
      case 'replay':
        return await replayCommand(rest, defaultRegistry(), io);
      case 'report':
        return await reportCommand(rest, io);
      case 'backends':
        return await backendsCommand(rest, io);
      case 'docs':
        return docsCommand(rest, defaultRegistry(), io);
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
        throw new UsageError('TC1000', `unknown command '${command}'; expected one of list, run, replay, report, backends, docs`);
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
