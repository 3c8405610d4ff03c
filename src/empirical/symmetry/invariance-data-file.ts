import { readFile } from 'node:fs/promises';
import { InputError } from '../../core/errors.js';
import type { ImageBatch } from './invariance-probe.js';

/**
 * The image file of `theorycheck invariance`: JSON, an array of square images (or
 * {"images": [...]}), each H rows of H pixels, a pixel being a number (one channel) or an
 * array of C numbers (channels last). Every image has the same shape; values are finite.
 */
const kind = (v: unknown) => (Array.isArray(v) ? `an array of ${v.length}` : v === null ? 'null' : typeof v === 'object' ? 'an object' : JSON.stringify(v));

/** Parse already-loaded JSON; `where` names the file in messages. */
export function parseImages(json: unknown, where: string): ImageBatch {
  const list = Array.isArray(json) ? json : (json as { images?: unknown } | null)?.images;
  const bad = (code: string, what: string) => new InputError(code, `${where}: ${what}`);
  if (!Array.isArray(list) || list.length === 0) {
    throw bad('TC1081', 'expected a non-empty array of images (or {"images": [...]}), each H x H or H x H x C nested arrays of numbers');
  }
  const first = list[0] as unknown;
  if (!Array.isArray(first) || first.length === 0) throw bad('TC1081', `image 0 must be an array of rows, got ${kind(first)}`);
  const size = first.length;
  const row0 = first[0] as unknown;
  if (!Array.isArray(row0)) throw bad('TC1081', `image 0, row 0 must be an array of ${size} pixels, got ${kind(row0)}`);
  const pixel0 = row0[0] as unknown;
  const channels = Array.isArray(pixel0) ? pixel0.length : 1;
  if (channels === 0) throw bad('TC1081', 'image 0, row 0, pixel 0 is an empty array; expected a number or C channel values');
  const D = size * size * channels;
  const data = new Float32Array(list.length * D);
  list.forEach((img: unknown, n) => {
    if (!Array.isArray(img) || img.length !== size) {
      throw bad('TC1082', `image ${n} has ${Array.isArray(img) ? img.length : 0} rows; expected ${size} like image 0 (images must be square and the same size)`);
    }
    img.forEach((row: unknown, i) => {
      if (!Array.isArray(row) || row.length !== size) {
        throw bad('TC1082', `image ${n}, row ${i} has ${Array.isArray(row) ? row.length : 0} pixels; expected ${size} (images must be square: H x H)`);
      }
      row.forEach((px: unknown, j) => {
        const values = channels === 1 && !Array.isArray(px) ? [px] : px;
        if (!Array.isArray(values) || values.length !== channels) {
          throw bad('TC1082', `image ${n}, row ${i}, column ${j}: ${kind(px)}; expected ${channels === 1 ? 'a number' : `${channels} channel values`} like image 0`);
        }
        values.forEach((v: unknown, c) => {
          if (typeof v !== 'number' || !Number.isFinite(v)) {
            throw bad('TC1083', `image ${n}, row ${i}, column ${j}${channels > 1 ? `, channel ${c}` : ''}: ${JSON.stringify(v)} is not a finite number`);
          }
          data[n * D + (i * size + j) * channels + c] = v;
        });
      });
    });
  });
  return { data, count: list.length, size, channels };
}

/** Read and parse an image file. */
export async function readImageFile(file: string, flag = '--data'): Promise<ImageBatch> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError('TC1081', `${flag}: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError('TC1081', `${flag}: ${file} is not valid JSON (${String((e as Error).message).split('\n')[0]})`);
  }
  return parseImages(json, `${flag}: ${file}`);
}
