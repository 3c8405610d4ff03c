import type { Rng } from '../../core/rng.js';
import { glyphDataset } from '../data/glyphs.js';
import { shiftedGlyphs, type ShiftKind } from '../data/shift.js';
import { createMlpEnsemble, type MlpEnsemble } from '../models/inv-mlp.js';
import { createImageGroup } from '../symmetry/invariance-group.js';
import { measureInvariance, type SaliencyOrbit } from '../symmetry/invariance-probe.js';
import { trainEnsemble } from './inv-train-ensemble.js';
import type { LabelledImages } from './inv-train.js';

/**
 * The genuine-vs-learned invariance study behind the inv.* claims (research/invariance.md
 * §3.3): for each seed, on rotated glyphs, train a plain MLP (augmentation only: the data
 * are rotated by continuous random angles), the same MLP with the invariance regulariser
 * (same data, initialisation and batch order; only λ differs), and a weight-tied MLP; then
 * measure every C4 invariance metric on clean and shifted test inputs.
 */
export type ModelType = 'tied' | 'plain' | 'regularised';
export const MODEL_TYPES: readonly ModelType[] = ['tied', 'plain', 'regularised'];

export interface StudyConfig {
  seeds: number;
  size: number;
  trainCount: number;
  testCount: number;
  /** Test inputs on which gradient metrics (SIS, gradient norms, spectrum) are measured. */
  gradientCount: number;
  /** Conditions that get gradient metrics (default: all). */
  gradientConditions?: readonly ShiftKind[];
  hidden: readonly number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  schedule?: 'constant' | 'cosine';
  /** Regulariser weight of the regularised model. */
  lambda: number;
  /** Which models to train. */
  models: readonly ModelType[];
  /** Input conditions to measure on ('clean' is in-distribution). */
  conditions: readonly ShiftKind[];
}

export interface ConditionMetrics {
  /** Test accuracy, null where the condition has no labels. */
  accuracy: number | null;
  lie: number;
  pdi: number;
  jsd: number;
  agreement: number;
  /** Gradient metrics: null where not measured (see StudyConfig.gradientConditions). */
  sis: number | null;
  gradNorm: number | null;
  jacobianFrobenius: number | null;
  jacobianTop: number | null;
  spectrum: number[];
}

export interface TrainedModelResult {
  finalLoss: number;
  finalPenalty: number;
  diverged: boolean;
  conditions: Partial<Record<ShiftKind, ConditionMetrics>>;
}

export interface StudyResult {
  config: StudyConfig;
  seeds: Partial<Record<ModelType, TrainedModelResult>>[];
  /** Saliency maps on the first clean test input of seed 0, per model (for the report). */
  saliency: Partial<Record<ModelType, SaliencyOrbit['examples'][number]>>;
  trainMs: number;
  measureMs: number;
}

/** Fraction of inputs whose argmax logit (N x K row-major) is the label. */
function accuracyOf(logits: Float32Array, labels: Int32Array, K: number): number {
  let correct = 0;
  for (let n = 0; n < labels.length; n++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (logits[n * K + k]! > logits[n * K + best]!) best = k;
    if (best === labels[n]) correct++;
  }
  return correct / labels.length;
}

/** Run the study; every random choice comes from `rng`. */
export function runRegularisationStudy(rng: Rng, config: StudyConfig): StudyResult {
  const { size, seeds } = config;
  const classes = 4;
  const train: LabelledImages[] = Array.from({ length: seeds }, (_, s) => {
    const d = glyphDataset(rng.fork('train', s), { count: config.trainCount, size });
    return { images: d.images, labels: d.labels, count: d.count, size, channels: 1, classes };
  });
  const t0 = performance.now();
  const common = { epochs: config.epochs, batchSize: config.batchSize, learningRate: config.learningRate, schedule: config.schedule ?? 'constant' };
  const mlp = { size, channels: 1, hidden: config.hidden, classes };
  // one model at a time: on wasm, splitting stacked tensors costs more than it saves
  const trained: { s: number; type: ModelType; ens: MlpEnsemble; result: ReturnType<typeof trainEnsemble> }[] = [];
  try {
    for (let s = 0; s < seeds; s++) {
      for (const type of config.models) {
        // plain and regularised share data, initialisation and batch order: only λ differs
        const ens = createMlpEnsemble([rng.fork('init', s)], { ...mlp, tied: type === 'tied' });
        trained.push({ s, type, ens, result: trainEnsemble(ens, [train[s]!], { ...common, lambdas: [type === 'regularised' ? config.lambda : 0], orders: [rng.fork('order', s)] }) });
      }
    }
  } catch (e) {
    for (const t of trained) t.ens.dispose();
    throw e;
  }
  const t1 = performance.now();
  const group = createImageGroup('c4', size);
  const out: StudyResult['seeds'] = [];
  const saliency: StudyResult['saliency'] = {};
  try {
    for (let s = 0; s < seeds; s++) {
      const sets = config.conditions.map((kind) => shiftedGlyphs(rng.fork('test', s), { kind, count: config.testCount, size }));
      const row: StudyResult['seeds'][number] = {};
      for (const { type, ens, result } of trained.filter((t) => t.s === s)) {
        const m = 0;
        const model = ens.member(m);
        const conditions: TrainedModelResult['conditions'] = {};
        for (const set of sets) {
          const keep = s === 0 && set.kind === 'clean' ? 1 : 0;
          const rep = measureInvariance((x) => model.apply(x), { data: set.images, count: set.count, size, channels: 1 }, group, {
            keep,
            gradientInputs: !config.gradientConditions || config.gradientConditions.includes(set.kind) ? config.gradientCount : 0,
          });
          if (keep && rep.saliency[0]) saliency[type] = rep.saliency[0];
          conditions[set.kind] = {
            accuracy: set.labels ? accuracyOf(rep.logits, set.labels, rep.classes) : null,
            lie: rep.meanLie,
            pdi: rep.pdi,
            jsd: rep.meanJsd,
            agreement: rep.agreement,
            sis: rep.sis,
            gradNorm: rep.meanGradNorm,
            jacobianFrobenius: rep.jacobianFrobenius,
            jacobianTop: rep.jacobianTop,
            spectrum: rep.spectrum,
          };
        }
        row[type] = { finalLoss: result.finalLoss[m]!, finalPenalty: result.finalPenalty[m]!, diverged: result.diverged[m]!, conditions };
      }
      out.push(row);
    }
  } finally {
    group.dispose();
    for (const t of trained) t.ens.dispose();
  }
  return { config, seeds: out, saliency, trainMs: Math.round(t1 - t0), measureMs: Math.round(performance.now() - t1) };
}
