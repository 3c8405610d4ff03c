/**
 * Number and value formatting shared by the HTML and LaTeX reports. Missing or
 * non-finite-by-accident values print as an em dash, never as "NaN".
 */

/** The placeholder for an unknown or missing number. */
export const MISSING = '—';

function trimMantissa(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * Integers as they are (below 1e15), other numbers to 4 significant digits, tiny and
 * huge magnitudes in exponent form (`1.235e-7`); null/undefined/NaN -> "—", ±∞ -> "∞".
 */
export function formatNumber(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return MISSING;
  if (n === Infinity) return '∞';
  if (n === -Infinity) return '−∞';
  if (Object.is(n, -0) || n === 0) return '0';
  const a = Math.abs(n);
  if (Number.isInteger(n) && a < 1e15) return String(n);
  if (a >= 1e6 || a < 1e-3) {
    const [m = '', e = ''] = n.toExponential(3).split('e');
    return `${trimMantissa(m)}e${e.replace('+', '')}`;
  }
  return trimMantissa(n.toPrecision(4));
}

/** A summary value: numbers via {@link formatNumber}, booleans as yes/no, null as "—". */
export function formatScalar(v: unknown): string {
  if (v === null || v === undefined) return MISSING;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (typeof v === 'bigint') return v.toString();
  return String(v);
}

/** A duration in ms as "12 ms", "3.4 s" or "2 min 5 s". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return MISSING;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${formatNumber(Number((ms / 1000).toPrecision(3)))} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** An ISO timestamp as "2025-01-02 10:11:12 UTC"; other strings are returned as given. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** The keys of all summaries, in first-seen order. */
export function summaryKeys(records: readonly { summary: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.summary)) keys.add(k);
  return [...keys];
}
