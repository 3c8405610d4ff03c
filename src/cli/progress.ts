import type { Claim } from '../core/claim.js';
import type { ClaimResult } from '../core/results.js';
import type { Io } from './io.js';

const MARK = { holds: 'holds       ', violated: 'VIOLATED    ', inconclusive: 'inconclusive' } as const;

/** Progress lines: a live line on a TTY, one line per finished claim always (stderr). */
export function progressReporter(io: Io, quiet: boolean) {
  const t0 = Date.now();
  return {
    start(claim: Claim, i: number, n: number) {
      if (io.isTty && !quiet) io.err(`\r\x1b[2K[${i + 1}/${n}] ${claim.id} …`.replace(/\n$/, ''));
    },
    done(r: ClaimResult, i: number, n: number) {
      if (quiet) return;
      const prefix = io.isTty ? '\r\x1b[2K' : '';
      const tag = r.expectation === 'may-fail' && r.verdict.status === 'violated' ? 'violated (may fail)' : MARK[r.verdict.status];
      const err = r.error ? `  [error ${r.error.code}: ${r.error.message}]` : '';
      io.err(`${prefix}[${i + 1}/${n}] ${tag}  ${r.id}  ${(r.durationMs / 1000).toFixed(1)} s${err}`);
    },
    elapsed: () => ((Date.now() - t0) / 1000).toFixed(1),
  };
}

/** The text printed for a violated claim: the minimal counterexample and how to replay it. */
export function failureText(r: ClaimResult): string {
  const lines = [`Claim ${r.id} is violated on backend ${r.backend}: ${r.verdict.reason}`];
  const ce = r.property?.counterexample;
  if (ce) {
    lines.push(`  counterexample (after ${ce.numShrinks} shrinks): ${ce.record.paramsText}`);
    lines.push(`  measured: ${JSON.stringify(ce.record.summary)}`);
    lines.push(`  replay:   ${ce.replay}`);
  } else {
    const bad = r.cases.find((c) => c.verdict.status === 'violated');
    if (bad) {
      lines.push(`  named case '${bad.name}': ${bad.paramsText}`);
      lines.push(`  replay:   theorycheck run ${r.id} --seed ${r.seed} --budget ${r.budget} --backend ${r.backend}`);
    }
  }
  return lines.join('\n');
}
