import * as tf from '@tensorflow/tfjs';
import { UsageError } from '../../core/errors.js';
import { Rng } from '../../core/rng.js';
import { readImageFile } from '../../empirical/symmetry/invariance-data-file.js';
import { createImageGroup, MAX_BILINEAR_SIZE, type GroupName } from '../../empirical/symmetry/invariance-group.js';
import { layersLogitFn, missingGradientKernels } from '../../empirical/symmetry/invariance-layers.js';
import { loadLayersModelFile } from '../../empirical/symmetry/invariance-model-io.js';
import { measureInvariance, type InvarianceReport } from '../../empirical/symmetry/invariance-probe.js';
import { selectBackend } from '../../gpu/select.js';
import { parse, parseSeed } from '../args.js';
import { table, type Io } from '../io.js';

export const INVARIANCE_HELP = `theorycheck invariance --model DIR/model.json --data FILE [--group c4|c8|so2] [options]
  Genuine-invariance metrics (after Moskalev et al. 2023) of a tfjs LayersModel saved with
  model.save('file://DIR'), over the rotation group acting on the input images:
    PDI = 1 − mean orbit Jensen–Shannon divergence / ln|G|, argmax agreement,
    logit invariance error (relative spread of the centred logits over the orbit),
    saliency invariance similarity (cosine of input gradients aligned back by g⁻¹),
    input-gradient norm and the singular values of the centred-logit input Jacobian.
  --data FILE     JSON array of square images (or {"images": [...]}): H x H numbers, or
                  H x H x C (channels last); the model input may be [H,W,C], [H,W] or flat
  --group G       c4 (default): rot90, an exact pixel permutation;
                  c8: multiples of 45°, so2: sampled angles — both by bilinear resampling
                  (zero fill), so their metrics include interpolation error; H <= ${MAX_BILINEAR_SIZE}
  --samples N     so2: number of angles, the identity included (default 16)
  --seed S        so2: seed of the sampled angles (default 0)
  --backend B     tfjs backend (default wasm)
  --json          machine-readable output
  Softmax outputs are read through log p. Formulas: docs and the inv.* claims of the report.`;

const GROUPS: readonly GroupName[] = ['c4', 'c8', 'so2'];

function positiveInt(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError('TC1011', `${flag}: '${value}' is not an integer from 1 to ${max}`);
  return n;
}

/** The numbers of a report, rounded for people; null where not measured. */
function row(label: string, value: number | null, digits = 4): string[] {
  if (value === null || !Number.isFinite(value)) return [label, '—'];
  const a = Math.abs(value);
  return [label, a !== 0 && (a < 1e-3 || a >= 1e5) ? value.toExponential(2) : value.toFixed(digits)];
}

export async function invarianceCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse('invariance', argv, {
    model: { type: 'string' },
    data: { type: 'string' },
    group: { type: 'string' },
    samples: { type: 'string' },
    seed: { type: 'string' },
    backend: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) return io.out(INVARIANCE_HELP), 0;
  const modelPath = values.model as string | undefined;
  const dataPath = values.data as string | undefined;
  if (!modelPath || !dataPath) {
    throw new UsageError('TC1085', `theorycheck invariance: ${!modelPath ? '--model DIR/model.json' : '--data FILE'} is required; see 'theorycheck invariance --help'`);
  }
  const group = (values.group as string | undefined) ?? 'c4';
  if (!(GROUPS as readonly string[]).includes(group)) throw new UsageError('TC1085', `--group: unknown group '${group}'; expected one of ${GROUPS.join(', ')}`);
  const samples = positiveInt('--samples', values.samples as string | undefined, 16, 360);
  const seed = parseSeed(values.seed as string | undefined, 0);

  // keep an already active backend (tests, a calling program); otherwise select like `run` does
  if (values.backend !== undefined || !tf.engine().backendName) await selectBackend((values.backend as string | undefined) ?? 'wasm');
  const batch = await readImageFile(dataPath);
  if (group !== 'c4' && batch.size > MAX_BILINEAR_SIZE) {
    throw new UsageError('TC1085', `--group ${group}: images are ${batch.size} x ${batch.size}; bilinear resampling supports at most ${MAX_BILINEAR_SIZE} (use --group c4 or smaller images)`);
  }
  const model = await loadLayersModelFile(modelPath);
  const G = createImageGroup(group as GroupName, batch.size, { samples, rng: new Rng(seed) });
  let report: InvarianceReport;
  let outputKind: string;
  const previous = tf.getBackend();
  // input gradients through tfjs-layers convolutions need their filter-gradient kernels (the
  // fused conv's gradient computes both), which wasm lacks: measure such models on cpu
  const missing = missingGradientKernels(model, previous);
  const backend = missing.length && previous !== 'cpu' ? 'cpu' : previous;
  try {
    if (backend !== previous) await tf.setBackend(backend);
    const adapted = layersLogitFn(model, batch);
    outputKind = adapted.outputKind;
    report = measureInvariance(adapted.f, batch, G, { keep: 0, tieGap: 1e-6 });
  } finally {
    if (backend !== previous) await tf.setBackend(previous);
    G.dispose();
    model.dispose();
  }
  const note = G.exact
    ? `${group}: exact pixel permutations (rot90)`
    : `${group}: bilinear resampling, not a pixel permutation: the metrics include interpolation error and the corners lost at non-right angles`;
  const { logits: _l, perInput: _p, saliency: _s, ...metrics } = report;
  if (values.json) {
    io.out(JSON.stringify({ model: modelPath, data: dataPath, images: { count: batch.count, size: batch.size, channels: batch.channels }, outputKind, backend, angles: G.angles, note, ...metrics }, null, 2));
    return 0;
  }
  io.out(`invariance of ${modelPath} on ${batch.count} images ${batch.size}x${batch.size}x${batch.channels}, ${report.classes} outputs (${outputKind})`);
  io.out(`group ${note}; ${report.order} elements; backend ${backend}${missing.length ? ` (${previous} lacks ${missing.join(', ')})` : ''}`);
  io.out(
    table([
      ['metric', 'value'],
      row('predictive-distribution invariance (PDI)', report.pdi, 6),
      row('orbit JSD, mean (nats)', report.meanJsd),
      row('orbit JSD, max (nats)', report.maxJsd),
      row('argmax agreement', report.agreement),
      row('logit invariance error, mean', report.meanLie),
      row('logit invariance error, max', report.maxLie),
      row('saliency invariance similarity, mean', report.sis),
      row('saliency invariance similarity, min', report.minSis),
      row('input-gradient norm |∇z_c|, mean', report.meanGradNorm),
      row('Jacobian σ₁, mean', report.jacobianTop),
      ['Jacobian spectrum, mean', report.spectrum.map((v) => v.toPrecision(3)).join(', ')],
    ]),
  );
  return 0;
}
