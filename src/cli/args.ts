import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BUDGETS, parseBudget, type BudgetName } from '../core/budget.js';
import { UsageError } from '../core/errors.js';
import { isValidSeed } from '../core/rng.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with our error style: unknown options and bad values are usage errors (exit 2). */
export interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parse(command: string, argv: string[], options: Options): Parsed {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: r.values as Parsed['values'], positionals: r.positionals };
  } catch (e) {
    const msg = String((e as Error).message).split('\n')[0];
    throw new UsageError('TC1008', `theorycheck ${command}: ${msg}; see 'theorycheck ${command} --help'`);
  }
}

export function parseSeed(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!isValidSeed(n)) {
    throw new UsageError('TC1009', `--seed: '${value}' is not a seed; expected an integer from 0 to 4294967295`);
  }
  return n;
}

export function budgetOf(value: string | undefined): BudgetName {
  return value === undefined ? 'quick' : parseBudget(value);
}

export function parseFormats(value: string | undefined, allowed: readonly string[], fallback: string[]): string[] {
  if (value === undefined) return fallback;
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of list) {
    if (!allowed.includes(f)) {
      throw new UsageError('TC1010', `--format: unknown format '${f}'; expected a comma-separated list of ${allowed.join(', ')}`);
    }
  }
  return list;
}

export function parsePositiveNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError('TC1011', `${flag}: '${value}' is not a positive number`);
  return n;
}

export const BUDGET_HELP = BUDGETS.join('|');
