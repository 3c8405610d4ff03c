import type { BudgetName } from './budget.js';
import type { Rng } from './rng.js';

/** What an experiment gets: the backend in use, its seeded RNG, the budget and a logger. */
export interface ExperimentContext {
  /** tfjs backend name in use ('wasm', 'cpu', 'webgpu', 'tensorflow'). */
  backend: string;
  /** Seeded RNG, derived from the run seed, the claim id and the case parameters. */
  rng: Rng;
  /** The seed behind `rng` (to seed tfjs initialisers, fast-check sub-searches). */
  seed: number;
  budget: BudgetName;
  log(message: string): void;
}
