import { closeTo } from '../core/tolerance.js';
import type { Baseline, BaselineClaim } from './baseline.js';

/**
 * Compare a run against a baseline. A regression is: a verdict that changed (held →
 * violated above all, but any change: a baseline is a contract that is updated on
 * purpose), a claim that now crashes, or a number (a claim's margin, a named case's
 * margin or summary entry) that moved beyond the claim's tolerance,
 * |a − b| > abs + rel·max(1, |a|, |b|) (tolerance 0: exact). A non-number entry (text,
 * yes/no, "—") that changed is a regression too. Numbers that moved within tolerance
 * (float noise), claims, cases and entries added or removed are reported, not regressions.
 */
type Value = number | string | boolean | null;

export type ChangeKind =
  | 'verdict'
  | 'error'
  | 'number'
  | 'value'
  | 'claim-added'
  | 'claim-removed'
  | 'case-added'
  | 'case-removed'
  | 'entry-added'
  | 'entry-removed'
  | 'tolerance';

export interface Change {
  kind: ChangeKind;
  claim: string;
  /** The named case, when the change is inside one. */
  case?: string;
  /** 'margin' or a summary entry. */
  key?: string;
  from?: Value;
  to?: Value;
  /** Numbers: |to − from| and what the tolerance allowed. */
  delta?: number;
  allowed?: number;
  regression: boolean;
  /** One readable sentence. */
  message: string;
}

export interface BaselineDiff {
  regressions: Change[];
  /** Reported changes that are not regressions (added/removed claims, cases, entries; tolerance edits). */
  changes: Change[];
  /** Numbers that moved but stayed within tolerance. */
  noise: Change[];
  /** Claims present in both and compared. */
  compared: string[];
  /** Baseline claims outside the scope of the results (other shards). */
  skipped: string[];
  /** Differences of run configuration worth knowing (budget, seed, backend, version). */
  notes: string[];
}

export interface DiffOptions {
  /** Entries to leave out: 'KEY' or 'CLAIM:KEY', with * and ? globs (KEY may be 'margin'). */
  ignore?: readonly string[];
  /** Only these claim ids are expected in the results (a shard's part); others are skipped. */
  scope?: readonly string[];
}

function glob(p: string): RegExp {
  return new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

function ignoreMatcher(patterns: readonly string[]): (claim: string, key: string) => boolean {
  const rules = patterns.map((p) => {
    const i = p.indexOf(':');
    return i < 0 ? { claim: /^/, key: glob(p) } : { claim: glob(p.slice(0, i)), key: glob(p.slice(i + 1)) };
  });
  return (claim, key) => rules.some((r) => r.claim.test(claim) && r.key.test(key));
}

const show = (v: Value | undefined): string => (v === null || v === undefined ? '—' : typeof v === 'string' ? JSON.stringify(v) : String(v));

export function diffBaselines(base: Baseline, current: Baseline, opts: DiffOptions = {}): BaselineDiff {
  const out: BaselineDiff = { regressions: [], changes: [], noise: [], compared: [], skipped: [], notes: [] };
  const ignored = ignoreMatcher(opts.ignore ?? []);
  const scope = opts.scope ? new Set(opts.scope) : null;
  const add = (c: Change) => (c.regression ? out.regressions : c.kind === 'number' && !c.regression ? out.noise : out.changes).push(c);
  const where = (claim: string, kase?: string) => (kase === undefined ? claim : `${claim}, case '${kase}'`);

  const value = (claim: string, kase: string | undefined, key: string, a: Value, b: Value, tol: BaselineClaim['tolerance']) => {
    if (ignored(claim, key) || Object.is(a, b) || a === b) return;
    const at = `${where(claim, kase)}: ${key}`;
    const base = { claim, ...(kase !== undefined ? { case: kase } : {}), key, from: a, to: b };
    if (typeof a === 'number' && typeof b === 'number') {
      const delta = Math.abs(a - b);
      const allowed = tol.abs + tol.rel * Math.max(1, Math.abs(a), Math.abs(b));
      const within = closeTo(a, b, tol);
      const rule = tol.abs === 0 && tol.rel === 0 ? 'exact comparison' : `tolerance ${allowed.toPrecision(3)}`;
      add({
        kind: 'number', ...base, delta, allowed, regression: !within,
        message: `${at} ${show(a)} → ${show(b)} (moved ${delta.toPrecision(3)}, ${within ? 'within' : 'beyond'} ${rule})`,
      });
    } else {
      add({ kind: 'value', ...base, regression: true, message: `${at} ${show(a)} → ${show(b)}` });
    }
  };

  for (const [id, b] of Object.entries(base.claims)) {
    const c = current.claims[id];
    if (!c) {
      if (scope && !scope.has(id)) out.skipped.push(id);
      else add({ kind: 'claim-removed', claim: id, regression: false, message: `${id} (${b.verdict} in the baseline) is not in the results` });
      continue;
    }
    out.compared.push(id);
    const tol = b.tolerance;
    if (b.verdict !== c.verdict) {
      const worst = b.verdict === 'holds' && c.verdict === 'violated' ? ': held in the baseline, violated now' : '';
      add({ kind: 'verdict', claim: id, from: b.verdict, to: c.verdict, regression: true, message: `${id}: verdict ${b.verdict} → ${c.verdict}${worst}` });
    }
    if (c.error !== undefined && c.error !== b.error) {
      add({ kind: 'error', claim: id, from: b.error ?? null, to: c.error, regression: true, message: `${id}: the claim's code now throws (error ${c.error})` });
    }
    if (tol.abs !== c.tolerance.abs || tol.rel !== c.tolerance.rel) {
      add({
        kind: 'tolerance', claim: id, regression: false,
        message: `${id}: tolerance changed from abs ${tol.abs}, rel ${tol.rel} to abs ${c.tolerance.abs}, rel ${c.tolerance.rel} (the baseline's is used; save a new baseline to adopt it)`,
      });
    }
    value(id, undefined, 'margin', b.margin, c.margin, tol);
    for (const [name, bc] of Object.entries(b.cases)) {
      const cc = c.cases[name];
      if (!cc) {
        add({ kind: 'case-removed', claim: id, case: name, regression: false, message: `${where(id, name)}: named case is not in the results` });
        continue;
      }
      if (bc.verdict !== cc.verdict) {
        add({ kind: 'verdict', claim: id, case: name, from: bc.verdict, to: cc.verdict, regression: true, message: `${where(id, name)}: verdict ${bc.verdict} → ${cc.verdict}` });
      }
      value(id, name, 'margin', bc.margin, cc.margin, tol);
      for (const [key, bv] of Object.entries(bc.summary)) {
        if (!(key in cc.summary)) {
          if (!ignored(id, key)) add({ kind: 'entry-removed', claim: id, case: name, key, regression: false, message: `${where(id, name)}: entry '${key}' is no longer reported` });
        } else value(id, name, key, bv, cc.summary[key]!, tol);
      }
      for (const key of Object.keys(cc.summary)) {
        if (!(key in bc.summary) && !ignored(id, key)) add({ kind: 'entry-added', claim: id, case: name, key, regression: false, message: `${where(id, name)}: new entry '${key}'` });
      }
    }
    for (const name of Object.keys(c.cases)) {
      if (!(name in b.cases)) add({ kind: 'case-added', claim: id, case: name, regression: false, message: `${where(id, name)}: new named case (${c.cases[name]!.verdict})` });
    }
  }
  for (const [id, c] of Object.entries(current.claims)) {
    if (!(id in base.claims)) add({ kind: 'claim-added', claim: id, regression: false, message: `${id} (${c.verdict}) is new: not in the baseline` });
  }
  const cfg = (label: string, a: string | number, b: string | number) => {
    if (a !== b) out.notes.push(`the baseline was made with ${label} ${a}, the results with ${label} ${b}; numbers may move for that reason alone`);
  };
  cfg('budget', base.run.budget, current.run.budget);
  cfg('seed', base.run.seed, current.run.seed);
  cfg('backend', base.run.backend, current.run.backend);
  if (base.tool.version !== current.tool.version) out.notes.push(`theorycheck ${base.tool.version} made the baseline, ${current.tool.version} the results`);
  return out;
}

/** The diff as text for a terminal or a CI log: regressions first, then what changed. */
export function formatDiff(d: BaselineDiff, names: { baseline: string; results: string }): string {
  const lines = [`theorycheck diff ${names.baseline} ${names.results}`];
  for (const n of d.notes) lines.push(`note: ${n}`);
  for (const c of d.regressions) lines.push(`REGRESSION  ${c.message}`);
  for (const c of d.changes) {
    const tag = c.kind === 'claim-added' || c.kind === 'case-added' || c.kind === 'entry-added' ? 'added' : c.kind === 'tolerance' ? 'changed' : 'removed';
    lines.push(`${tag.padEnd(10)}  ${c.message}`);
  }
  if (d.noise.length) lines.push(`${d.noise.length} number${d.noise.length === 1 ? '' : 's'} moved within tolerance (not regressions)`);
  if (d.skipped.length) lines.push(`${d.skipped.length} baseline claim${d.skipped.length === 1 ? '' : 's'} belong to other shards (not compared)`);
  const claims = new Set(d.regressions.map((c) => c.claim)).size;
  lines.push(
    d.regressions.length
      ? `${d.regressions.length} regression${d.regressions.length === 1 ? '' : 's'} in ${claims} of ${d.compared.length} claims compared`
      : `no regressions: ${d.compared.length} claims compared`,
  );
  return lines.join('\n');
}
