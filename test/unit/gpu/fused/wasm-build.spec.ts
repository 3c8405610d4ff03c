import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KERNELS_WASM_SHA256 } from '../../../../src/gpu/fused/index.js';
import { kernelBytes } from '../../../../src/gpu/fused/module.js';

/**
 * The committed kernels (native/wasm/kernels.wasm and its base64 copy
 * src/gpu/fused/kernels-wasm.ts, which the package loads) are exactly what
 * scripts/build-wasm.sh builds from native/wasm/fused.c with the recorded compiler
 * (native/wasm/TOOLCHAIN, Debian 12's clang 14 + lld; .ci/run installs them).
 * Without that compiler the rebuild is skipped locally, never in CI (CI=true).
 */
const root = join(import.meta.dirname, '../../../..');
const toolchain = readFileSync(join(root, 'native/wasm/TOOLCHAIN'), 'utf8').trim();

function compilerVersion(): string | null {
  for (const cc of ['clang-14', 'clang']) {
    const r = spawnSync(cc, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) return r.stdout.split('\n')[0]!.trim();
  }
  return null;
}
const have = compilerVersion();
const wasmLd = spawnSync('wasm-ld', ['--version']).status === 0;
const canBuild = have === toolchain && wasmLd;

describe('committed WebAssembly kernels', () => {
  test('the embedded base64 module equals native/wasm/kernels.wasm and its recorded hash', () => {
    const file = readFileSync(join(root, 'native/wasm/kernels.wasm'));
    const embedded = Buffer.from(kernelBytes());
    expect(embedded.equals(file)).toBe(true);
    expect(createHash('sha256').update(file).digest('hex')).toBe(KERNELS_WASM_SHA256);
  });

  test.skipIf(!canBuild && !process.env.CI)(`a fresh build is byte-identical (needs ${toolchain} + wasm-ld; found ${have ?? 'no clang'}${wasmLd ? '' : ', no wasm-ld'})`, () => {
    const out = mkdtempSync(join(tmpdir(), 'tc-wasm-'));
    try {
      execFileSync('bash', [join(root, 'scripts/build-wasm.sh'), '--out', out], { stdio: 'pipe' });
      expect(readFileSync(join(out, 'kernels.wasm')).equals(readFileSync(join(root, 'native/wasm/kernels.wasm')))).toBe(true);
      expect(readFileSync(join(out, 'kernels-wasm.ts'), 'utf8')).toBe(readFileSync(join(root, 'src/gpu/fused/kernels-wasm.ts'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
