import { dirname, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { readResults } from '../../core/results-io.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';
import { writeReports } from '../outputs.js';
import { REPORT_OPTIONS, REPORT_OPTIONS_HELP, reportFormats } from '../report-options.js';

export const REPORT_HELP = `theorycheck report RESULTS.json [--format LIST] [--standalone false] [--out DIR]
  Renders reports from a results.json (default: html,tex,pdf next to it).
${REPORT_OPTIONS_HELP}`;

export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('report', argv, { ...REPORT_OPTIONS, out: { type: 'string' } });
  if (values.help) return io.out(REPORT_HELP), 0;
  if (positionals.length !== 1) {
    throw new UsageError('TC1016', `report: expected one RESULTS.json path, got ${positionals.length}`);
  }
  const file = resolve(io.cwd, positionals[0]!);
  const results = readResults(file);
  const formats = reportFormats(values);
  const dir = values.out ? resolve(io.cwd, values.out as string) : dirname(file);
  const { files, notes } = await writeReports(results, dir, formats);
  for (const n of notes) io.err(`theorycheck: ${n}`);
  io.out(`wrote ${files.join(', ')}`);
  return 0;
}
