import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { glyphDataset } from '../data/glyphs.js';
import { createCnn } from '../models/inv-cnn.js';
import { createMlp } from '../models/inv-mlp.js';
import type { InvModel } from '../models/inv-model.js';
import { orbitAveraged } from '../models/inv-orbit-average.js';
import { createP4Cnn } from '../models/inv-p4cnn.js';
import { createImageGroup } from './invariance-group.js';
import { measureInvariance, type InvarianceReport } from './invariance-probe.js';

/**
 * Genuine invariance by construction, probed on random weights and arbitrary inputs: every
 * model here is C4-invariant whatever its parameters (weight tying, group pooling or orbit
 * averaging), so its C4 invariance metrics must sit at the float32 floor on any input —
 * glyphs, noise, or inputs far from any training distribution.
 */
export const INVARIANT_MODELS = ['tied-mlp', 'p4-cnn', 'orbit-mlp', 'orbit-cnn'] as const;
export type InvariantModelKind = (typeof INVARIANT_MODELS)[number];
export const PROBE_INPUTS = ['glyphs', 'gaussian', 'uniform', 'sparse'] as const;
export type ProbeInput = (typeof PROBE_INPUTS)[number];

export interface ExactProbeParams {
  model: InvariantModelKind;
  input: ProbeInput;
  size: number;
  channels: number;
  count: number;
  /** Inputs are multiplied by this (glyphs) or drawn at this scale (noise). */
  inputScale: number;
  /**
   * Every free parameter (weights and biases) becomes weightScale · (θ₀ + ξ), θ₀ the
   * initialisation and ξ ~ N(0, 0.3²): random weights with non-zero biases.
   */
  weightScale: number;
}

export interface ExactProbeResult {
  report: Omit<InvarianceReport, 'logits' | 'perInput' | 'saliency'>;
  /** Largest |logit| seen: the scale of the float32 round-off. */
  logitScale: number;
  tieGap: number;
}

/** A random model of the given kind, 4 classes, weights from `rng`. */
export function randomInvariantModel(rng: Rng, p: Pick<ExactProbeParams, 'model' | 'size' | 'channels'>): InvModel {
  const common = { size: p.size, channels: p.channels, classes: 4 };
  switch (p.model) {
    case 'tied-mlp':
      return createMlp(rng, { ...common, hidden: [24, 16], tied: true });
    case 'orbit-mlp':
      return orbitAveraged(createMlp(rng, { ...common, hidden: [24] }));
    case 'p4-cnn':
      return createP4Cnn(rng, { ...common, filters: [3, 3], kernel: 3 });
    case 'orbit-cnn':
      return orbitAveraged(createCnn(rng, { ...common, filters: [6, 6], kernel: 3 }));
  }
}

/** N x H x W x C inputs of the given kind. */
export function probeInputs(rng: Rng, p: Pick<ExactProbeParams, 'input' | 'size' | 'channels' | 'count' | 'inputScale'>): Float32Array {
  const { size, channels, count, inputScale } = p;
  const D = size * size * channels;
  const out = new Float32Array(count * D);
  if (p.input === 'glyphs') {
    const g = glyphDataset(rng, { count: count * channels, size });
    for (let n = 0; n < count; n++) {
      for (let px = 0; px < size * size; px++) {
        for (let c = 0; c < channels; c++) out[n * D + px * channels + c] = inputScale * g.images[(n * channels + c) * size * size + px]!;
      }
    }
    return out;
  }
  for (let i = 0; i < out.length; i++) {
    if (p.input === 'gaussian') out[i] = rng.normal(0, inputScale);
    else if (p.input === 'uniform') out[i] = rng.uniform(-inputScale, inputScale);
    else out[i] = rng.next() < 0.05 ? rng.normal(0, 4 * inputScale) : 0;
  }
  return out;
}

/** Build a random invariant model, probe it on random inputs over C4, dispose everything. */
export function probeExactInvariance(rng: Rng, p: ExactProbeParams): ExactProbeResult {
  const model = randomInvariantModel(rng.fork('model'), p);
  try {
    const jitter = rng.fork('jitter');
    for (const v of model.variables) {
      const next = tf.tidy(() => tf.mul(tf.add(v, tf.tensor(jitter.normals(v.size, 0.3), v.shape)), p.weightScale));
      v.assign(next);
      next.dispose();
    }
    const data = probeInputs(rng.fork('inputs'), p);
    const batch = { data, count: p.count, size: p.size, channels: p.channels };
    const f = (x: tf.Tensor4D) => model.apply(x);
    const logits = tf.tidy(() => f(tf.tensor4d(data, [p.count, p.size, p.size, p.channels])));
    const zs = logits.dataSync();
    logits.dispose();
    let logitScale = 0;
    for (const z of zs) logitScale = Math.max(logitScale, Math.abs(z));
    // argmax flips between logits closer than float32 round-off are ties, not violations
    const tieGap = 1e-5 * (1 + logitScale);
    const group = createImageGroup('c4', p.size);
    const { logits: _l, perInput: _p, saliency: _s, ...report } = measureInvariance(f, batch, group, { tieGap, keep: 0 });
    return { report, logitScale, tieGap };
  } finally {
    model.dispose();
  }
}
