import type * as fc from 'fast-check';
import type { Cas } from '../theory/cas/cas.js';
import type { BudgetName } from './budget.js';
import type { ExperimentContext } from './context.js';
import { ClaimDefinitionError } from './errors.js';
import type { PlotSpec } from './plot.js';
import type { Tolerance } from './tolerance.js';
import type { Verdict } from './verdict.js';

/** How sure we are that the statement is the paper's. */
export type Confidence = 'stated' | 'reconstructed' | 'derived';

export interface ClaimSource {
  /** Paper (authors, title, venue/year) or "standard" for textbook facts. */
  paper: string;
  /** Where in the paper: "Lemma 3", "Thm 1", "§3.2". */
  locator: string;
  confidence: Confidence;
  url?: string;
}

/** One step of a derivation, shown in the report. */
export interface DerivationStep {
  /** Plain-text label: "Sauer–Shelah sum", "exact LP count". */
  label: string;
  /** LaTeX (rendered by KaTeX and written verbatim to report.tex). */
  latex: string;
}

/** What the symbolic side returns: a value and the steps that led to it. */
export interface Derivation<T> {
  value: T;
  steps: DerivationStep[];
}

export interface TheoryContext {
  cas: Cas;
}

/** A named instance of the hypothesis space that always runs (often the paper's own). */
export interface NamedCase<P> {
  name: string;
  params: P;
}

/** A value shown in a report table. */
export type Scalar = number | string | boolean | null;

/** One evaluated case, as stored in results and shown in the report. */
export interface CaseRecord {
  name?: string;
  /** JSON form of the parameters (replayable input). */
  params: unknown;
  /** Human-readable parameters. */
  paramsText: string;
  /** The numbers: theory values, measurements, margins. */
  summary: Record<string, Scalar>;
  verdict: Verdict;
  steps?: DerivationStep[];
  ms: number;
}

export type Quantifier = 'forall' | 'exists';

/**
 * A claim: a statement from a paper, its symbolic side, its experiment and the check
 * that says whether the measurement respects the statement.
 *
 * P: parameters (a point of the hypothesis space); T: theory value; M: measurement.
 */
export interface Claim<P = any, T = any, M = any> {
  /** area.subject.property, lower-kebab, dotted, stable forever. */
  id: string;
  title: string;
  source: ClaimSource;
  /** LaTeX statement, rendered by KaTeX in reports. */
  statement: string;
  /** LaTeX hypotheses (preconditions). */
  hypotheses?: string[];
  /** Free text shown in the report: scope, what is not checked, caveats. */
  notes?: string;
  quantifier: Quantifier;
  /** 'may-fail': the paper's statement is in doubt; an honest violation is a valid result. */
  expectation?: 'holds' | 'may-fail';
  /** The hypothesis space, sized by budget. */
  params: (budget: BudgetName) => fc.Arbitrary<P>;
  /** Cases that always run before the property. */
  cases: NamedCase<P>[];
  /** Generated property cases per budget (overrides the defaults). */
  runs?: Partial<Record<BudgetName, number>>;
  /**
   * Fraction of generated cases that may come out inconclusive (e.g. a training run
   * that failed, which proves nothing) before the whole claim is called inconclusive.
   * Default 0. A non-zero value needs `inconclusiveReason`.
   */
  inconclusiveAllowance?: number;
  inconclusiveReason?: string;
  tolerance: Tolerance;
  theory(params: P, ctx: TheoryContext): Derivation<T>;
  /** Measures; never asserts. */
  experiment?(params: P, ctx: ExperimentContext): M | Promise<M>;
  check(theory: T, measured: M, tolerance: Tolerance, params: P): Verdict;
  /** Numbers for the report table of one case. */
  summarize?(params: P, theory: T, measured: M): Record<string, Scalar>;
  /** Human-readable parameters (default: JSON). */
  describe?(params: P): string;
  /**
   * Plots from all evaluated cases (named and generated). `named` holds the raw measurements
   * of the named cases (in order), for plots that need more than the summary numbers
   * (e.g. saliency maps); they are not stored in results.
   */
  plots?(records: CaseRecord[], named: { name: string; measured: M }[]): PlotSpec[];
}

export const CLAIM_ID_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){2,}$/;

/** The area of a claim is the first segment of its id. */
export function areaOf(id: string): string {
  return id.split('.')[0] ?? id;
}

/** Validate a claim definition and freeze it. Throws ClaimDefinitionError on a bad shape. */
export function defineClaim<P, T, M>(claim: Claim<P, T, M>): Claim<P, T, M> {
  const bad = (what: string): never => {
    throw new ClaimDefinitionError('TC2002', `claim '${claim.id}': ${what}`);
  };
  if (!CLAIM_ID_PATTERN.test(claim.id)) {
    bad(`id must be area.subject.property in lower-kebab dotted form (got '${claim.id}')`);
  }
  if (!claim.title.trim()) bad('title is empty');
  if (!claim.statement.trim()) bad('statement is empty');
  if (!claim.tolerance.reason.trim()) bad('tolerance needs a reason');
  const allowance = claim.inconclusiveAllowance ?? 0;
  if (allowance < 0 || allowance > 1) bad(`inconclusiveAllowance must be in [0,1] (got ${allowance})`);
  if (allowance > 0 && !claim.inconclusiveReason) bad('inconclusiveAllowance > 0 needs an inconclusiveReason');
  const names = new Set<string>();
  for (const c of claim.cases) {
    if (names.has(c.name)) bad(`duplicate case name '${c.name}'`);
    names.add(c.name);
  }
  return Object.freeze(claim);
}
