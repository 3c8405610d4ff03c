import { UsageError } from '../core/errors.js';
import { parseFormats } from './args.js';
import { REPORT_FORMATS } from './outputs.js';

/** The report options that run, report and merge share (for their parseArgs tables). */
export const REPORT_OPTIONS = {
  format: { type: 'string' },
  standalone: { type: 'string' },
} as const;

export const DEFAULT_FORMATS = ['html', 'tex', 'pdf'];

/** Where run and merge write results.json and the reports, and where baseline save reads. */
export const DEFAULT_OUT = 'theorycheck-report';

export const REPORT_OPTIONS_HELP = `  --format LIST             reports to write: ${REPORT_FORMATS.join(',')} (default ${DEFAULT_FORMATS.join(',')})
  --standalone false        LaTeX for a paper: only one \\input-able fragment per claim,
                            DIR/claims/<id>.tex (same as --format fragments)`;

/**
 * The report formats from `--format` and `--standalone`. `--standalone false` means the
 * per-claim LaTeX fragments only (for \input in a paper); `--standalone true` is the
 * default behaviour. Combining `--standalone false` with other formats is a usage error.
 */
export function reportFormats(values: Record<string, string | boolean | undefined>): string[] {
  const standalone = values.standalone as string | undefined;
  const format = values.format as string | undefined;
  if (standalone !== undefined && standalone !== 'true' && standalone !== 'false') {
    throw new UsageError('TC1019', `--standalone: '${standalone}' is not true or false`);
  }
  const formats = parseFormats(format, REPORT_FORMATS, DEFAULT_FORMATS);
  if (standalone !== 'false') return formats;
  if (format !== undefined && formats.some((f) => f !== 'fragments')) {
    throw new UsageError('TC1019', `--standalone false writes LaTeX fragments only, but --format asks for ${format}; drop one of the two options`);
  }
  return ['fragments'];
}
