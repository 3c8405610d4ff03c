import * as tf from '@tensorflow/tfjs';
import type { BackendDescriptor } from '../backend.js';

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
      throw new Error(`package 'webgpu': ${firstLine(e)}`);
    }
    const g = globalThis as unknown as { navigator?: { gpu?: unknown } };
    if (!g.navigator?.gpu) {
      Object.assign(globalThis, dawn.globals);
      Object.defineProperty(globalThis, 'navigator', { value: { gpu: dawn.create([]) }, configurable: true });
    }
    const gpu = (globalThis as unknown as { navigator: { gpu: { requestAdapter(): Promise<unknown> } } }).navigator.gpu;
    const adapter = (await gpu.requestAdapter()) as { info?: { description?: string; vendor?: string } } | null;
    if (!adapter) throw new Error('Dawn found no GPU adapter');
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
      throw new Error(`@tensorflow/tfjs-node-gpu: ${firstLine(e)}`);
    }
    if (!tf.findBackendFactory('tensorflow')) throw new Error('tfjs-node-gpu loaded but registered no backend');
    return 'libtensorflow loaded (GPU use is confirmed only by a timing probe)';
  },
};

/** The backend list, in one place. */
export const BACKENDS: readonly BackendDescriptor[] = [tensorflowGpuBackend, webgpuBackend, wasmBackend, cpuBackend];
