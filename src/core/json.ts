/**
 * JSON helpers for parameters and measurements: bigint, typed arrays and non-finite
 * numbers get explicit, reversible-enough string forms; object keys are sorted so that
 * the same value always has the same text (used to derive per-case seeds).
 */
export function toJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value === null || typeof value !== 'object') return value === undefined ? null : value;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>, (v) => toJsonValue(v));
  if (Array.isArray(value)) return value.map(toJsonValue);
  const maybe = value as { toJSON?: () => unknown; toString?: () => string };
  if (typeof maybe.toJSON === 'function') return toJsonValue(maybe.toJSON());
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[k];
    if (typeof v !== 'function') out[k] = toJsonValue(v);
  }
  return out;
}

export function stableStringify(value: unknown): string {
  return JSON.stringify(toJsonValue(value));
}

/** Compact human-readable text for parameters (truncated for tables). */
export function briefText(value: unknown, max = 160): string {
  const s = stableStringify(value) ?? 'undefined';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
