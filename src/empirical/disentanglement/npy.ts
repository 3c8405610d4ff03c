import { InputError } from '../../core/errors.js';

/**
 * A small reader and writer for NumPy .npy files (format versions 1–3): 1-D or 2-D arrays in
 * C order of float32/float64, signed/unsigned integers of 1–8 bytes, or bool, either
 * endianness. A 1-D array of N values is read as N rows of one column. Malformed files throw
 * InputError naming the file.
 */
export interface Matrix {
  rows: number;
  cols: number;
  /** Row-major values. */
  data: Float64Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

/** Parse .npy bytes. `name` is used in error messages. */
export function parseNpy(bytes: Uint8Array, name: string): Matrix {
  const bad = (what: string): never => {
    throw new InputError('TC1060', `${name}: not a readable .npy file: ${what}`);
  };
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) bad('missing the \\x93NUMPY magic string');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6] as number;
  if (major < 1 || major > 3) bad(`unsupported format version ${major}`);
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = major === 1 ? 10 : 12;
  if (start + headerLen > bytes.length) bad('header runs past the end of the file');
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(start, start + headerLen));
  const descr = /'descr'\s*:\s*'([<>|=]?)([fiub])(\d+)'/.exec(header);
  if (!descr) bad(`unsupported dtype in header ${header.trim()}; expected float32/float64/int/uint/bool`);
  const [, order, kind, sizeText] = descr as RegExpExecArray;
  const size = Number(sizeText);
  const valid = (kind === 'f' && (size === 4 || size === 8)) || ((kind === 'i' || kind === 'u') && [1, 2, 4, 8].includes(size)) || (kind === 'b' && size === 1);
  if (!valid) bad(`unsupported dtype '${kind}${size}'; expected float32/float64/int/uint/bool`);
  if (/'fortran_order'\s*:\s*True/.test(header)) bad('Fortran (column-major) order is not supported; save with np.ascontiguousarray');
  const shapeMatch = /'shape'\s*:\s*\(([^)]*)\)/.exec(header);
  if (!shapeMatch) bad('no shape in header');
  const dims = (shapeMatch as RegExpExecArray)[1]!.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (dims.length < 1 || dims.length > 2 || dims.some((d) => !Number.isInteger(d) || d < 0)) bad(`shape (${(shapeMatch as RegExpExecArray)[1]}) is not 1-D or 2-D`);
  const rows = dims[0] as number;
  const cols = dims.length === 2 ? (dims[1] as number) : 1;
  const little = order !== '>';
  const offset = start + headerLen;
  if (offset + rows * cols * size > bytes.length) bad(`data holds ${bytes.length - offset} bytes, shape needs ${rows * cols * size}`);
  const data = new Float64Array(rows * cols);
  for (let k = 0; k < rows * cols; k++) {
    const at = offset + k * size;
    data[k] = readValue(view, at, kind as string, size, little);
  }
  return { rows, cols, data };
}

function readValue(view: DataView, at: number, kind: string, size: number, little: boolean): number {
  if (kind === 'f') return size === 4 ? view.getFloat32(at, little) : view.getFloat64(at, little);
  if (kind === 'b') return view.getUint8(at) ? 1 : 0;
  const signed = kind === 'i';
  switch (size) {
    case 1:
      return signed ? view.getInt8(at) : view.getUint8(at);
    case 2:
      return signed ? view.getInt16(at, little) : view.getUint16(at, little);
    case 4:
      return signed ? view.getInt32(at, little) : view.getUint32(at, little);
    default:
      return Number(signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little));
  }
}

/** Write a 2-D float64 (or int64 when every value is an integer and `int` is set) .npy file, version 1, C order. */
export function writeNpy(m: Matrix, opts: { int?: boolean } = {}): Uint8Array {
  const descr = opts.int ? '<i8' : '<f8';
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${m.rows}, ${m.cols}), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + m.rows * m.cols * 8);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  const view = new DataView(out.buffer);
  view.setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  const base = 10 + header.length;
  for (let k = 0; k < m.data.length; k++) {
    if (opts.int) view.setBigInt64(base + k * 8, BigInt(Math.round(m.data[k] as number)), true);
    else view.setFloat64(base + k * 8, m.data[k] as number, true);
  }
  return out;
}
