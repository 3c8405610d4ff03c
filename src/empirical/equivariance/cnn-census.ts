import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import type { Activation } from '../../theory/equivariance/activations.js';
import { probeCircularCnn, randomCircularCnn } from '../models/eqv-circular-cnn.js';
import { DEFAULT_THRESHOLDS, separationCensus, type CensusThresholds, type SeparationCensus } from './separation-census.js';
import { tfActivation } from './tf-activations.js';

/** Random circular-CNN probes for one architecture. */
export interface CnnProbeSpec {
  activation: Activation;
  k: number;
  depth: number;
  width: number;
  /** Independent random networks; every pooled channel of each is one probe. */
  nets: number;
  gain?: number;
  biasStd?: number;
}

/**
 * Pooled features of `nets` random circular CNNs on every sequence, float32 on the active
 * tfjs backend: a row-major [sequences × (nets·width)] array.
 */
export function cnnProbeFeatures(seqs: readonly (readonly number[])[], spec: CnnProbeSpec, rng: Rng): Float32Array {
  const n = seqs[0]?.length ?? 0;
  const items = seqs.length;
  const probes = spec.nets * spec.width;
  const out = new Float32Array(items * probes);
  const act = tfActivation(spec.activation);
  const x = tf.tensor2d(seqs.flat(), [items, n]);
  try {
    for (let t = 0; t < spec.nets; t++) {
      const layers = randomCircularCnn({ k: spec.k, depth: spec.depth, width: spec.width, ...(spec.gain !== undefined ? { gain: spec.gain } : {}), ...(spec.biasStd !== undefined ? { biasStd: spec.biasStd } : {}) }, rng);
      const f = probeCircularCnn(x, layers, spec.k, act);
      const v = f.dataSync();
      f.dispose();
      for (let i = 0; i < items; i++) for (let c = 0; c < spec.width; c++) out[i * probes + t * spec.width + c] = v[i * spec.width + c]!;
    }
  } finally {
    x.dispose();
  }
  return out;
}

/** The separation census of random circular-CNN probes on the given sequences. */
export function cnnCensus(seqs: readonly (readonly number[])[], spec: CnnProbeSpec, rng: Rng, thr: CensusThresholds = DEFAULT_THRESHOLDS): SeparationCensus {
  return separationCensus(cnnProbeFeatures(seqs, spec, rng), seqs.length, spec.nets * spec.width, thr);
}
