import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './errors.js';
import { runResultsSchema, type RunResults } from './results.js';

/** Write a file atomically: a temp file in the same folder, then rename. */
export function writeFileAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Validate and write results.json atomically (an interrupted run keeps what it finished). */
export function writeResults(path: string, results: RunResults): void {
  const checked = runResultsSchema.parse(results);
  writeFileAtomic(path, JSON.stringify(checked, null, 2) + '\n');
}

/** Read and validate a results.json; malformed input is an InputError naming what is wrong. */
export function readResults(path: string): RunResults {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError('TC1004', `cannot read results file '${path}': ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
  return parseResults(text, path);
}

export function parseResults(text: string, where: string): RunResults {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError('TC1005', `${where}: malformed JSON (${(e as Error).message}); expected a results.json written by 'theorycheck run'`);
  }
  const parsed = runResultsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.length ? issue.path.join('.') : '(top level)';
    throw new InputError(
      'TC1006',
      `${where}: not a theorycheck results file (schema version 1): at ${at}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}
