import { InputError } from '../../core/errors.js';

/**
 * Validation of a user's point set for `theorycheck shatter`: a JSON array of points, or an
 * object with a `points` array. A point is a number (a point of R) or an array of numbers
 * (a point of R^d, or a function on C_r given by its r values). Every problem is reported
 * with the file, the JSON path and what was expected.
 */
export const MAX_POINTS = 20;

export function parsePointSet(text: string, where: string, opts: { dims?: number; minPoints?: number } = {}): number[][] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new InputError('TC1070', `${where}: not valid JSON (${String((e as Error).message).split('\n')[0]})`);
  }
  let list: unknown = raw;
  let base = '';
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    if (!('points' in raw)) throw new InputError('TC1071', `${where}: expected an array of points or an object with a "points" array; the object has keys ${Object.keys(raw).join(', ') || '(none)'}`);
    list = (raw as { points: unknown }).points;
    base = '.points';
  }
  if (!Array.isArray(list)) throw new InputError('TC1071', `${where}: ${base || 'the top level'} must be an array of points, got ${kind(list)}`);
  if (list.length < (opts.minPoints ?? 1)) throw new InputError('TC1072', `${where}: ${base || 'the array'} has ${list.length} points; expected at least ${opts.minPoints ?? 1}`);
  if (list.length > MAX_POINTS) throw new InputError('TC1072', `${where}: ${list.length} points means 2^${list.length} labelings; at most ${MAX_POINTS} are supported`);
  const pts = list.map((p, i) => {
    const at = `${base}[${i}]`;
    if (typeof p === 'number') {
      if (!Number.isFinite(p)) throw new InputError('TC1073', `${where}: ${at} is not a finite number`);
      return [p];
    }
    if (!Array.isArray(p) || p.length === 0) throw new InputError('TC1073', `${where}: ${at} must be a number or a non-empty array of numbers, got ${kind(p)}`);
    return p.map((v, k) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new InputError('TC1073', `${where}: ${at}[${k}] must be a finite number, got ${kind(v)}`);
      return v;
    });
  });
  const d = pts[0]!.length;
  pts.forEach((p, i) => {
    if (p.length !== d) throw new InputError('TC1074', `${where}: ${base}[${i}] has ${p.length} values, expected ${d} like ${base}[0]`);
  });
  if (opts.dims !== undefined && d !== opts.dims) throw new InputError('TC1074', `${where}: points have ${d} coordinates; this family needs ${opts.dims}`);
  return pts;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'string') return `the string ${JSON.stringify(v.slice(0, 20))}`;
  return typeof v === 'number' ? String(v) : typeof v;
}
