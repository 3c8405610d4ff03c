/** The three honest outcomes of checking a measurement against a statement. */
export type VerdictStatus = 'holds' | 'violated' | 'inconclusive';

export interface Verdict {
  status: VerdictStatus;
  /**
   * Signed distance from the boundary of the statement, in the claim's own units:
   * positive when the statement holds with room to spare, negative when violated.
   * null when no meaningful margin exists (e.g. an inconclusive training run).
   */
  margin: number | null;
  /** One sentence: why this verdict. */
  reason: string;
}

function finiteOrNull(margin: number | null): number | null {
  return margin !== null && Number.isFinite(margin) ? margin : null;
}

export function holds(margin: number | null, reason: string): Verdict {
  return { status: 'holds', margin: finiteOrNull(margin), reason };
}

export function violated(margin: number | null, reason: string): Verdict {
  return { status: 'violated', margin: finiteOrNull(margin), reason };
}

export function inconclusive(reason: string, margin: number | null = null): Verdict {
  return { status: 'inconclusive', margin: finiteOrNull(margin), reason };
}

/** holds when `ok`, violated otherwise, with the same margin and reason. */
export function verdictFrom(ok: boolean, margin: number | null, reason: string): Verdict {
  return ok ? holds(margin, reason) : violated(margin, reason);
}
