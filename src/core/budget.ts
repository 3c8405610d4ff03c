import { UsageError } from './errors.js';

/**
 * A budget scales how hard a run tries: how many generated cases each property gets
 * and how large the experiments are. Claims read `ctx.budget` to size their work.
 */
export const BUDGETS = ['quick', 'standard', 'full'] as const;
export type BudgetName = (typeof BUDGETS)[number];

/** Default number of generated property cases per budget (a claim may override). */
export const DEFAULT_RUNS: Readonly<Record<BudgetName, number>> = Object.freeze({
  quick: 10,
  standard: 50,
  full: 200,
});

export function parseBudget(value: string, where = '--budget'): BudgetName {
  if ((BUDGETS as readonly string[]).includes(value)) return value as BudgetName;
  throw new UsageError('TC1002', `${where}: unknown budget '${value}'; expected one of ${BUDGETS.join(', ')}`);
}

/** Pick a value by budget: `bySize(budget, { quick: 8, standard: 10, full: 12 })`. */
export function bySize<T>(budget: BudgetName, values: Record<BudgetName, T>): T {
  return values[budget];
}
