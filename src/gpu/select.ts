import * as tf from '@tensorflow/tfjs';
import { BackendError, UsageError } from '../core/errors.js';
import type { BackendReport } from '../core/results.js';
import type { ProbeResult } from './backend.js';
import { BACKENDS } from './backends/index.js';

export const DEFAULT_BACKEND = 'wasm';
export const BACKEND_CHOICES = ['auto', ...BACKENDS.map((b) => b.name)] as const;

let quiet = false;
function quietTf(): void {
  if (!quiet) {
    tf.enableProdMode(); // also silences the "running TensorFlow.js in Node" banner
    quiet = true;
  }
}

/** Probe every known backend (loads optional packages if present). */
export async function probeBackends(): Promise<ProbeResult[]> {
  quietTf();
  const out: ProbeResult[] = [];
  for (const b of BACKENDS) {
    try {
      out.push({ name: b.name, available: true, detail: await b.probe() });
    } catch (e) {
      out.push({ name: b.name, available: false, detail: String((e as Error).message ?? e).split('\n')[0] ?? '' });
    }
  }
  return out;
}

/**
 * Select and activate a tfjs backend. 'auto' takes the highest-priority usable one.
 * A named backend that cannot be used falls back to wasm, then cpu; the fallback and
 * its reason are returned (and recorded in results), never silent.
 */
export async function selectBackend(requested: string = DEFAULT_BACKEND): Promise<BackendReport> {
  if (!(BACKEND_CHOICES as readonly string[]).includes(requested)) {
    throw new UsageError('TC1003', `--backend: unknown backend '${requested}'; expected one of ${BACKEND_CHOICES.join(', ')}`);
  }
  const probes = await probeBackends();
  const usable = (name: string) => probes.find((p) => p.name === name && p.available);
  const order =
    requested === 'auto'
      ? [...BACKENDS].sort((a, b) => b.priority - a.priority).map((b) => b.name)
      : [requested, 'wasm', 'cpu'];
  let fallback: string | null = null;
  for (const name of order) {
    const probe = usable(name);
    const desc = BACKENDS.find((b) => b.name === name)!;
    if (probe && (await tf.setBackend(desc.tfjsName).catch(() => false))) {
      await tf.ready();
      if (requested !== 'auto' && name !== requested) {
        const why = probes.find((p) => p.name === requested)?.detail ?? 'failed to initialise';
        fallback = `requested '${requested}' is not usable (${why}); fell back to '${name}'`;
      }
      return { requested, selected: name, fallback, probes };
    }
    if (requested !== 'auto' && name === requested && probe) {
      fallback = `'${requested}' probed ok but failed to initialise`;
    }
  }
  throw new BackendError('TC5001', `no usable tfjs backend: ${probes.map((p) => `${p.name}: ${p.detail}`).join('; ')}`);
}
