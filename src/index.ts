/**
 * theorycheck's library entry: the claim model, the runner, the registry of claims,
 * backend selection and the report renderers. The CLI is built on exactly these.
 */
export { defineClaim, areaOf, CLAIM_ID_PATTERN } from './core/claim.js';
export type {
  Claim,
  ClaimSource,
  CaseRecord,
  Confidence,
  Derivation,
  DerivationStep,
  NamedCase,
  Quantifier,
  Scalar,
  TheoryContext,
} from './core/claim.js';
export type { ExperimentContext } from './core/context.js';
export { holds, violated, inconclusive, verdictFrom } from './core/verdict.js';
export type { Verdict, VerdictStatus } from './core/verdict.js';
export { EXACT, closeTo, closeToMargin, toleranceForPrecision } from './core/tolerance.js';
export type { Tolerance } from './core/tolerance.js';
export { BUDGETS, DEFAULT_RUNS, bySize } from './core/budget.js';
export type { BudgetName } from './core/budget.js';
export { Rng, deriveSeed } from './core/rng.js';
export { ClaimRegistry } from './core/registry.js';
export { runClaim, replayCommand, isFailure } from './core/runner.js';
export { runSuite } from './core/suite.js';
export { readResults, writeResults, parseResults } from './core/results-io.js';
export { runResultsSchema, RESULTS_SCHEMA_VERSION } from './core/results.js';
export type { RunResults, ClaimResult, BackendReport } from './core/results.js';
export type { PlotSpec, PlotSeries } from './core/plot.js';
export * from './core/errors.js';
export { createTheoryContext } from './theory/context.js';
export { createCas } from './theory/cas/cas.js';
export type { Cas } from './theory/cas/cas.js';
export { selectBackend, probeBackends, DEFAULT_BACKEND } from './gpu/select.js';
export { ALL_CLAIMS, defaultRegistry } from '../proofs-checks/index.js';
