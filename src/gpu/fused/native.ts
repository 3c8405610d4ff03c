import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FusedExports } from './module.js';

/**
 * The optional native accelerator (native/addon, built by `npm run build:native`): the same
 * kernels as the WebAssembly module, compiled for SSE2 / AVX2 / AVX-512 and dispatched at
 * load time. Used only when it was built and loads; THEORYCHECK_NATIVE=0 turns it off,
 * THEORYCHECK_NATIVE_ADDON=path points at another build.
 */
interface Addon {
  path(buf: ArrayBuffer, arch: number): number;
  params(buf: ArrayBuffer, arch: number): number;
  train(buf: ArrayBuffer, ...offsets: number[]): number;
  scores(buf: ArrayBuffer, ...offsets: number[]): number;
  info(): { isa: string; lanes: number; abi: number };
}

let addon: Addon | null = null;
let why: string | null = null;

function candidates(): string[] {
  if (process.env.THEORYCHECK_NATIVE_ADDON) return [process.env.THEORYCHECK_NATIVE_ADDON];
  const here = fileURLToPath(new URL('.', import.meta.url));
  // src/gpu/fused (tests) or dist/src/gpu/fused (built package) → the repository root
  return ['../../../', '../../../../'].map((up) => `${here}${up}native/addon/build/theorycheck_fused.node`);
}

/** The loaded addon, or null with `nativeUnavailable()` saying why. */
function load(): Addon | null {
  if (addon || why) return addon;
  if (process.env.THEORYCHECK_NATIVE === '0') {
    why = 'disabled (THEORYCHECK_NATIVE=0)';
    return null;
  }
  const file = candidates().find((f) => existsSync(f));
  if (!file) {
    why = 'not built (npm run build:native needs a C compiler and node_api.h)';
    return null;
  }
  try {
    addon = createRequire(import.meta.url)(file) as Addon;
  } catch (e) {
    why = `${file} did not load: ${String((e as Error).message).split('\n')[0]}`;
  }
  return addon;
}

/** Why the native accelerator is not used, or null when it is available. */
export function nativeUnavailable(): string | null {
  load();
  return why;
}

/** Its ISA ('sse2' | 'avx2' | 'avx512') when available. */
export function nativeIsa(): string | null {
  return load()?.info().isa ?? null;
}

/**
 * FusedExports backed by the addon: a plain ArrayBuffer plays the module's linear memory
 * (grown by copying; offset 0 stays unused so that 0 means null, as in the wasm ABI).
 */
export function nativeExports(): FusedExports | null {
  const a = load();
  if (!a) return null;
  const info = a.info();
  let buffer = new ArrayBuffer(1 << 16);
  const memory = {
    get buffer() {
      return buffer;
    },
    grow(pages: number) {
      const old = buffer.byteLength / 65536;
      const next = new ArrayBuffer(buffer.byteLength + pages * 65536);
      new Uint8Array(next).set(new Uint8Array(buffer));
      buffer = next;
      return old;
    },
  };
  return {
    memory,
    fused_lanes: () => info.lanes,
    fused_abi: () => info.abi,
    fused_heap_base: () => 64,
    fused_path: (arch) => a.path(buffer, arch),
    fused_params: (arch) => a.params(buffer, arch),
    fused_train: (...o) => a.train(buffer, ...o),
    fused_scores: (...o) => a.scores(buffer, ...o),
  };
}
