import { InputError } from '../../core/errors.js';
import { parseNpy, type Matrix } from './npy.js';

/**
 * Reading user matrices for `theorycheck metrics`: JSON (an array of rows of numbers, or an
 * array of numbers for a single column) or .npy. Every problem is an InputError naming the
 * file and, where there is one, the first bad row (0-based).
 */

/** Parse a JSON matrix. */
export function parseJsonMatrix(text: string, name: string): Matrix {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError('TC1061', `${name}: not valid JSON (${String((e as Error).message).split('\n')[0]}); expected an array of rows of numbers`);
  }
  if (!Array.isArray(value) || value.length === 0) throw new InputError('TC1061', `${name}: expected a non-empty array of rows of numbers`);
  const column = value.every((v) => !Array.isArray(v));
  const cols = column ? 1 : Array.isArray(value[0]) ? value[0].length : -1;
  if (cols <= 0) throw new InputError('TC1061', `${name}: row 0 is not a non-empty array of numbers`);
  const data = new Float64Array(value.length * cols);
  value.forEach((row: unknown, i) => {
    const cells = column ? [row] : row;
    if (!Array.isArray(cells)) throw new InputError('TC1061', `${name}: row ${i} is not an array (got ${JSON.stringify(row)?.slice(0, 40)})`);
    if (cells.length !== cols) throw new InputError('TC1061', `${name}: row ${i} has ${cells.length} values, expected ${cols} like row 0 (ragged array)`);
    cells.forEach((v: unknown, j) => {
      if (typeof v !== 'number') throw new InputError('TC1062', `${name}: row ${i}, column ${j}: ${JSON.stringify(v)} is not a number`);
      data[i * cols + j] = v;
    });
  });
  return { rows: value.length, cols, data };
}

/** Throw on the first non-finite value. */
export function checkFinite(m: Matrix, name: string): Matrix {
  for (let k = 0; k < m.data.length; k++) {
    const v = m.data[k] as number;
    if (!Number.isFinite(v)) throw new InputError('TC1062', `${name}: row ${Math.floor(k / m.cols)}, column ${k % m.cols}: ${v} is not a finite number`);
  }
  return m;
}

/** Parse file contents by extension (.npy, otherwise JSON) and check every value is finite. */
export function parseMatrixFile(bytes: Uint8Array, name: string): Matrix {
  const m = name.toLowerCase().endsWith('.npy') ? parseNpy(bytes, name) : parseJsonMatrix(new TextDecoder().decode(bytes), name);
  if (m.rows === 0 || m.cols === 0) throw new InputError('TC1061', `${name}: the array is empty (shape ${m.rows} x ${m.cols})`);
  return checkFinite(m, name);
}

/** Columns of a row-major matrix (the library layout). */
export function columnsOf(m: Matrix): Float64Array[] {
  return Array.from({ length: m.cols }, (_, j) => {
    const out = new Float64Array(m.rows);
    for (let i = 0; i < m.rows; i++) out[i] = m.data[i * m.cols + j] as number;
    return out;
  });
}
