import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/errors.js';
import { checkFinite, columnsOf, parseJsonMatrix, parseMatrixFile } from '../../../../src/empirical/disentanglement/matrix-input.js';
import { parseNpy, writeNpy } from '../../../../src/empirical/disentanglement/npy.js';

/** A hand-built .npy file (version 1) with the given header dict and payload. */
function npy(descr: string, shape: string, payload: ArrayBuffer, fortran = false): Uint8Array {
  let header = `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${shape}, }`;
  header += ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + payload.byteLength);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(out.buffer).setUint16(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[10 + i] = header.charCodeAt(i);
  out.set(new Uint8Array(payload), 10 + header.length);
  return out;
}

describe('.npy reader', () => {
  it('should read float32, float64, int and big-endian arrays in C order', () => {
    expect(parseNpy(npy('<f4', '(2, 2)', Float32Array.from([1.5, 2, 3, 4]).buffer), 'a.npy')).toEqual({ rows: 2, cols: 2, data: Float64Array.from([1.5, 2, 3, 4]) });
    expect(parseNpy(npy('<i8', '(3,)', BigInt64Array.from([1n, -2n, 3n]).buffer), 'b.npy')).toEqual({ rows: 3, cols: 1, data: Float64Array.from([1, -2, 3]) });
    expect(parseNpy(npy('|u1', '(1, 2)', Uint8Array.from([7, 255]).buffer), 'c.npy').data).toEqual(Float64Array.from([7, 255]));
    const be = new ArrayBuffer(8);
    new DataView(be).setFloat64(0, 6.25, false);
    expect(parseNpy(npy('>f8', '(1,)', be), 'd.npy').data[0]).toBe(6.25);
  });

  it('should round-trip what writeNpy writes', () => {
    const m = { rows: 2, cols: 3, data: Float64Array.from([1, 2, 3, 4, 5, 6.5]) };
    expect(parseNpy(writeNpy(m), 'x.npy')).toEqual(m);
    expect(parseNpy(writeNpy({ rows: 1, cols: 2, data: Float64Array.from([3, 4]) }, { int: true }), 'y.npy').data).toEqual(Float64Array.from([3, 4]));
  });

  it('should reject what it cannot read with an InputError naming the file', () => {
    expect(() => parseNpy(new Uint8Array(20), 'junk.npy')).toThrow(/junk\.npy.*magic/);
    expect(() => parseNpy(npy('<c16', '(1,)', new ArrayBuffer(16)), 'c.npy')).toThrow(InputError);
    expect(() => parseNpy(npy('<f8', '(2, 2)', new ArrayBuffer(32), true), 'f.npy')).toThrow(/Fortran/);
    expect(() => parseNpy(npy('<f8', '(2, 2, 2)', new ArrayBuffer(64)), 'g.npy')).toThrow(/1-D or 2-D/);
    expect(() => parseNpy(npy('<f8', '(4, 2)', new ArrayBuffer(16)), 'h.npy')).toThrow(/needs 64/);
  });
});

describe('JSON matrices', () => {
  it('should read rows and single columns', () => {
    expect(parseJsonMatrix('[[1, 2], [3, 4]]', 'a.json')).toEqual({ rows: 2, cols: 2, data: Float64Array.from([1, 2, 3, 4]) });
    expect(parseJsonMatrix('[1, 2, 3]', 'b.json')).toMatchObject({ rows: 3, cols: 1 });
    expect(columnsOf({ rows: 2, cols: 2, data: Float64Array.from([1, 2, 3, 4]) })).toEqual([Float64Array.from([1, 3]), Float64Array.from([2, 4])]);
  });

  it('should name the file and the first bad row', () => {
    expect(() => parseJsonMatrix('[[1, 2], [3]]', 'codes.json')).toThrow(/codes\.json: row 1 has 1 values, expected 2/);
    expect(() => parseJsonMatrix('[[1, 2], [3, null]]', 'codes.json')).toThrow(/codes\.json: row 1, column 1: null is not a number/);
    expect(() => parseJsonMatrix('{"a": 1}', 'codes.json')).toThrow(/codes\.json: expected a non-empty array/);
    expect(() => parseJsonMatrix('[[1,', 'codes.json')).toThrow(/codes\.json: not valid JSON/);
    expect(() => checkFinite({ rows: 3, cols: 1, data: Float64Array.from([1, NaN, 2]) }, 'f.npy')).toThrow(/f\.npy: row 1, column 0: NaN/);
    expect(() => parseMatrixFile(new TextEncoder().encode('[]'), 'e.json')).toThrow(InputError);
  });
});
