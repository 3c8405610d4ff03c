/**
 * Typed errors with stable codes. Codes by range: TC1xxx usage/config/input,
 * TC2xxx claim definition, TC3xxx symbolic/exact, TC4xxx experiment, TC5xxx backend,
 * TC6xxx report/baseline. The CLI maps UsageError/InputError to exit code 2.
 */
export class TheorycheckError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Bad command-line usage or configuration: exit code 2. */
export class UsageError extends TheorycheckError {}

/** Bad input data (malformed JSON, wrong shapes, NaN): exit code 2. */
export class InputError extends TheorycheckError {}

/** A claim definition is inconsistent (duplicate id, bad id syntax): a programming error. */
export class ClaimDefinitionError extends TheorycheckError {}

/** An experiment could not run (not an assertion failure). */
export class ExperimentError extends TheorycheckError {}

/** A backend could not be loaded or selected. */
export class BackendError extends TheorycheckError {}

/** A results/report/baseline file problem. */
export class ReportError extends TheorycheckError {}

/** Errors whose cause is the user's input rather than a bug: the CLI exits 2 on these. */
export function isUserError(e: unknown): e is TheorycheckError {
  return e instanceof UsageError || e instanceof InputError || e instanceof BackendError || e instanceof ReportError;
}
