import type { Claim, CaseRecord } from './claim.js';
import type { PropertyOutcome } from './results.js';
import { holds, inconclusive, violated, type Verdict } from './verdict.js';

/**
 * The claim's verdict from its named cases and its property outcome.
 * forall: any violation (named or generated) violates the claim; inconclusive cases beyond
 * the claim's stated allowance make it inconclusive; otherwise it holds with the smallest margin.
 * exists: a witness (named or found) makes it hold; no witness is inconclusive, never violated.
 */
export function aggregateVerdict(
  claim: Claim,
  cases: CaseRecord[],
  property: PropertyOutcome | null,
  generated: CaseRecord[],
  crashed: boolean,
): Verdict {
  if (claim.quantifier === 'exists') return aggregateExists(cases, property, crashed);
  const badCase = cases.find((c) => c.verdict.status === 'violated');
  if (badCase) {
    return violated(badCase.verdict.margin, `named case '${badCase.name}': ${badCase.verdict.reason}`);
  }
  if (property?.counterexample) {
    const r = property.counterexample.record;
    return violated(r.verdict.margin, `counterexample ${r.paramsText}: ${r.verdict.reason}`);
  }
  if (crashed) return inconclusive('the claim threw an error on some case (see error); nothing is concluded');
  const unsure = cases.find((c) => c.verdict.status === 'inconclusive');
  if (unsure) return inconclusive(`named case '${unsure.name}': ${unsure.verdict.reason}`);
  const runs = property ? property.runsExecuted : 0;
  const unsureGen = property ? property.counts.inconclusive : 0;
  const allowance = claim.inconclusiveAllowance ?? 0;
  if (runs > 0 && unsureGen / runs > allowance) {
    return inconclusive(
      `${unsureGen} of ${runs} generated cases were inconclusive (allowed: ${Math.floor(allowance * runs)})`,
    );
  }
  const held = cases.length + (property ? property.counts.holds : 0);
  if (held === 0) return inconclusive('no case was evaluated');
  const margins = [...cases, ...generated].filter((c) => c.verdict.status === 'holds').map((c) => c.verdict.margin);
  const finite = margins.filter((m): m is number => m !== null);
  const minMargin = finite.length ? Math.min(...finite) : null;
  const tail = unsureGen > 0 ? `; ${unsureGen} inconclusive (${claim.inconclusiveReason ?? ''})` : '';
  const interrupted = property?.interrupted ? ' (search stopped at its time limit)' : '';
  return holds(
    minMargin,
    `${cases.length} named and ${property?.counts.holds ?? 0} generated cases hold${tail}${interrupted}`,
  );
}

function aggregateExists(cases: CaseRecord[], property: PropertyOutcome | null, crashed: boolean): Verdict {
  const named = cases.find((c) => c.verdict.status === 'holds');
  if (named) return holds(named.verdict.margin, `witness: named case '${named.name}': ${named.verdict.reason}`);
  if (property?.witness) {
    const r = property.witness.record;
    return holds(r.verdict.margin, `witness found after ${property.runsExecuted} generated cases: ${r.paramsText}: ${r.verdict.reason}`);
  }
  if (crashed) return inconclusive('the claim threw an error on some case (see error); no witness found');
  const tried = cases.length + (property?.runsExecuted ?? 0);
  return inconclusive(`no witness among ${tried} cases tried; absence of a witness proves nothing`);
}
