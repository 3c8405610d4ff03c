import * as tf from '@tensorflow/tfjs';
import { existsSync, readdirSync } from 'node:fs';
import type { BackendDescriptor } from '../backend.js';

function list(dir: string, match: RegExp): string[] {
  try {
    return readdirSync(dir).filter((f) => match.test(f));
  } catch {
    return [];
  }
}

/**
 * What this machine offers a GPU backend, in words: GPU device nodes and Vulkan drivers
 * (Dawn needs a Vulkan driver with a real GPU; it rejects Mesa's software lavapipe, which
 * lacks shaderUniform*ArrayDynamicIndexing). Used to explain a failed probe.
 */
export function gpuEnvironment(): string {
  const nvidia = list('/dev', /^nvidia\d+$/);
  const render = list('/dev/dri', /^renderD\d+$/);
  const icds = ['/usr/share/vulkan/icd.d', '/etc/vulkan/icd.d'].flatMap((d) => list(d, /\.json$/));
  const parts = [
    nvidia.length ? `NVIDIA devices ${nvidia.join(', ')}` : 'no /dev/nvidia* device',
    render.length ? `DRI render nodes ${render.join(', ')}` : 'no /dev/dri render node',
    icds.length ? `Vulkan drivers ${icds.join(', ')}${icds.every((f) => /lvp/.test(f)) ? ' (software lavapipe only: Dawn rejects it)' : ''}` : 'no Vulkan driver (ICD) installed',
  ];
  if (existsSync('/proc/driver/nvidia/version')) parts.push('NVIDIA kernel driver loaded');
  return parts.join('; ');
}

/** What this machine offers tfjs-node-gpu: NVIDIA devices, driver, and a CUDA 11 runtime in the usual places. */
export function cudaEnvironment(): string {
  const nvidia = list('/dev', /^nvidia\d+$/);
  const dirs = ['/usr/local/cuda/lib64', '/usr/lib/x86_64-linux-gnu', ...(process.env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean)];
  const cudart = dirs.some((d) => existsSync(`${d}/libcudart.so.11.0`));
  return [
    nvidia.length ? `NVIDIA devices ${nvidia.join(', ')}` : 'no /dev/nvidia* device',
    existsSync('/proc/driver/nvidia/version') ? 'NVIDIA driver loaded' : 'no NVIDIA driver loaded',
    cudart ? 'libcudart.so.11.0 found' : 'no libcudart.so.11.0 (CUDA 11) found',
  ].join('; ');
}

/** Import an optional package by a variable specifier (no compile-time dependency). */
async function importOptional(spec: string): Promise<unknown> {
  return import(spec);
}

function firstLine(e: unknown): string {
  const err = e as { code?: string; message?: string };
  if (err.code === 'ERR_MODULE_NOT_FOUND') return 'not installed';
  const msg = String(err.message ?? e).split('\n')[0] ?? '';
  return err.code ? `${err.code}: ${msg}` : msg;
}

/** Embedded default: WebAssembly with SIMD, shipped in the npm package. */
export const wasmBackend: BackendDescriptor = {
  name: 'wasm',
  tfjsName: 'wasm',
  priority: 2,
  precision: 32,
  description: 'WebAssembly (SIMD, 1 thread); embedded, works everywhere Node runs',
  async probe() {
    await importOptional('@tensorflow/tfjs-backend-wasm');
    if (!tf.findBackendFactory('wasm')) throw new Error('@tensorflow/tfjs-backend-wasm loaded but registered no backend');
    const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    return `SIMD ${simd ? 'on' : 'off'}, 1 thread (wasm threads are disabled in Node)`;
  },
};

/** Pure JavaScript reference backend: slow, always there. */
export const cpuBackend: BackendDescriptor = {
  name: 'cpu',
  tfjsName: 'cpu',
  priority: 1,
  precision: 32,
  description: 'pure JavaScript reference; slow (7-20x below wasm) but always available',
  async probe() {
    if (!tf.findBackendFactory('cpu')) throw new Error('tfjs cpu backend is not registered');
    return 'always available';
  },
};

/** WebGPU through Dawn (optional packages `webgpu` + `@tensorflow/tfjs-backend-webgpu`). */
export const webgpuBackend: BackendDescriptor = {
  name: 'webgpu',
  tfjsName: 'webgpu',
  priority: 3,
  precision: 32,
  description: 'WebGPU via Dawn (optional: npm install webgpu @tensorflow/tfjs-backend-webgpu@4.22.0)',
  async probe() {
    let dawn: { create: (opts: string[]) => unknown; globals: Record<string, unknown> };
    try {
      dawn = (await importOptional('webgpu')) as typeof dawn;
    } catch (e) {
      const why = firstLine(e);
      throw new Error(`package 'webgpu': ${why}${why === 'not installed' ? ` (${gpuEnvironment()})` : ''}`);
    }
    const g = globalThis as unknown as { navigator?: { gpu?: unknown } };
    if (!g.navigator?.gpu) {
      Object.assign(globalThis, dawn.globals);
      Object.defineProperty(globalThis, 'navigator', { value: { gpu: dawn.create([]) }, configurable: true });
    }
    const gpu = (globalThis as unknown as { navigator: { gpu: { requestAdapter(): Promise<unknown> } } }).navigator.gpu;
    const adapter = (await gpu.requestAdapter()) as { info?: { description?: string; vendor?: string } } | null;
    if (!adapter) throw new Error(`Dawn found no GPU adapter (${gpuEnvironment()})`);
    try {
      await importOptional('@tensorflow/tfjs-backend-webgpu');
    } catch (e) {
      throw new Error(`package '@tensorflow/tfjs-backend-webgpu': ${firstLine(e)}`);
    }
    return adapter.info?.description || adapter.info?.vendor || 'adapter found';
  },
};

/** TensorFlow C library with CUDA (optional dependency @tensorflow/tfjs-node-gpu). */
export const tensorflowGpuBackend: BackendDescriptor = {
  name: 'tensorflow',
  tfjsName: 'tensorflow',
  priority: 4,
  precision: 32,
  description: 'libtensorflow + CUDA 11.2/cuDNN 8.1 via @tensorflow/tfjs-node-gpu (optional dependency)',
  async probe() {
    try {
      await importOptional('@tensorflow/tfjs-node-gpu');
    } catch (e) {
      const why = firstLine(e);
      // not installed is the normal case off GPU machines: say what the machine has
      throw new Error(`@tensorflow/tfjs-node-gpu: ${why}${why === 'not installed' ? ` (optional dependency; needs CUDA 11.2 + cuDNN 8.1; ${cudaEnvironment()})` : ''}`);
    }
    if (!tf.findBackendFactory('tensorflow')) throw new Error('tfjs-node-gpu loaded but registered no backend');
    return `libtensorflow loaded (${cudaEnvironment()}; missing CUDA libraries only warn and run on the CPU: GPU use is confirmed only by a timing probe)`;
  },
};

/** The backend list, in one place. */
export const BACKENDS: readonly BackendDescriptor[] = [tensorflowGpuBackend, webgpuBackend, wasmBackend, cpuBackend];
