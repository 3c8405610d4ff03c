import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { InputError, UsageError } from '../../core/errors.js';
import { spanClosure } from '../../empirical/symmetry/liegg-closure.js';
import { imagePolarization } from '../../empirical/symmetry/liegg-images.js';
import { loadLayersModelFromFile } from '../../empirical/symmetry/liegg-model-io.js';
import { asMatrix, detectNullDim, lieggSpectrum, nullSpaceReport, symmetryBias, type LieggSpectrum } from '../../empirical/symmetry/liegg-spectrum.js';
import { principalCosines, referenceBasis } from '../../empirical/symmetry/liegg-subspace.js';
import { vectorPolarization, type ModelFn } from '../../empirical/symmetry/liegg.js';
import { selectBackend } from '../../gpu/select.js';
import { standardCandidates } from '../../theory/lie/standard.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export const LIEGG_HELP = `theorycheck liegg --model DIR/model.json --data FILE [options]
  LieGG (Moskalev et al. 2022) on a tfjs LayersModel saved with model.save('file://DIR'):
  the polarization spectrum σ²/N, the learned generators, symmetry variance and bias,
  and the nearest standard Lie algebra.
  --data FILE      JSON list of inputs (or {"inputs": [...]}): vectors of the model's input
                   size, or with --images, H x H images (nested or flat)
  --vectors M      the input is M vectors of R^n acted on diagonally (default 1)
  --images         image inputs: generators act on the pixel plane (central differences,
                   centred coordinates); --columns 4 (linear, default) or 6 (affine)
  --null-dim K     dimension of the learned algebra (default: the largest spectral gap)
  --sum            differentiate the sum of outputs (default: one row block per output)
  --l2             L2-normalise the outputs first (the LieGG classifier wrapper)
  --backend B      tfjs backend (default wasm)
  --json           machine-readable output`;

/** Read the data file: a list of inputs of `size` numbers each (nested arrays are flattened). */
export async function readInputs(file: string, size: number, shapeText: string): Promise<Float32Array> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new InputError('TC1040', `--data: ${err.code ? `cannot read ${file} (${err.code})` : `${file} is not valid JSON (${err.message})`}`);
  }
  const list = Array.isArray(json) ? json : (json as { inputs?: unknown } | null)?.inputs;
  if (!Array.isArray(list) || list.length === 0) throw new InputError('TC1040', `--data: ${file}: expected a non-empty list of inputs (or {"inputs": [...]})`);
  const out = new Float32Array(list.length * size);
  list.forEach((item, i) => {
    const flat = Array.isArray(item) ? (item as unknown[]).flat(3) : [item];
    if (flat.length !== size) throw new InputError('TC3002', `--data: input ${i} has ${flat.length} values; the model expects ${size} (input shape ${shapeText})`);
    flat.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new InputError('TC3001', `--data: input ${i}, value ${j}: ${JSON.stringify(x)} is not a finite number`);
      out[i * size + j] = x;
    });
  });
  return out;
}

/** Nearest standard algebra of the learned null space: same dimension, largest smallest principal cosine. */
function nearestAlgebra(s: LieggSpectrum, k: number) {
  const [r, c] = s.shape;
  const bottom = s.vectors.slice(s.vectors.length - k);
  const candidates = (c === 3 ? standardCandidates(3).filter((a) => ['aff(2)', 'sim(2)', 'se(2)'].includes(a.name)) : standardCandidates(r)).map((a) => ({
    name: a.name,
    // 2 x 3 generators: the top two rows of [[A, b], [0, 0]]
    basis: a.basis.map((B) => Float64Array.from(B.slice(0, r).flatMap((row) => row.map((x) => x.toNumber())))),
  }));
  let best: { name: string; dimension: number; minCosine: number } | null = null;
  for (const cand of candidates) {
    if (cand.basis.length !== k) continue;
    const cos = principalCosines(bottom, cand.basis);
    const minCosine = Math.min(...cos);
    if (!best || minCosine > best.minCosine) best = { name: cand.name, dimension: k, minCosine };
  }
  return best;
}

export async function lieggCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse('liegg', argv, {
    model: { type: 'string' }, data: { type: 'string' }, vectors: { type: 'string' }, images: { type: 'boolean' }, columns: { type: 'string' },
    'null-dim': { type: 'string' }, sum: { type: 'boolean' }, l2: { type: 'boolean' }, backend: { type: 'string' }, json: { type: 'boolean' },
  });
  if (values.help) return io.out(LIEGG_HELP), 0;
  const modelPath = values.model as string | undefined;
  const dataPath = values.data as string | undefined;
  if (!modelPath || !dataPath) throw new UsageError('TC1008', "theorycheck liegg: --model and --data are required; see 'theorycheck liegg --help'");
  const intOpt = (flag: string, fallback: number) => {
    const v = values[flag] as string | undefined;
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError('TC1011', `--${flag}: '${v}' is not a positive integer`);
    return Number(v);
  };
  const vectors = intOpt('vectors', 1);
  const columns = intOpt('columns', 4);
  if (columns !== 4 && columns !== 6) throw new UsageError('TC1011', `--columns: expected 4 or 6, got ${columns}`);
  // keep an already active backend (tests, a calling program); otherwise select like `run` does
  if (values.backend !== undefined || !tf.engine().backendName) await selectBackend((values.backend as string | undefined) ?? 'wasm');

  const model = await loadLayersModelFromFile(resolve(io.cwd, modelPath));
  try {
    const inShape = model.inputs[0]!.shape.slice(1);
    const size = inShape.reduce<number>((a, b) => a * (b ?? NaN), 1);
    const shapeText = JSON.stringify(model.inputs[0]!.shape);
    if (model.inputs.length !== 1 || !Number.isFinite(size)) throw new InputError('TC3002', `--model: expected one input with a fixed shape, got ${model.inputs.map((i) => JSON.stringify(i.shape)).join(', ')}`);
    const outShape = (model.outputs[0]!.shape as (number | null)[]).slice(1);
    if (model.outputs.length !== 1 || outShape.length !== 1) throw new InputError('TC3002', `--model: expected one output of shape [batch, K], got ${model.outputs.map((o) => JSON.stringify(o.shape)).join(', ')}`);
    const H = Math.round(Math.sqrt(size));
    if (values.images && (H * H !== size || H < 3)) throw new InputError('TC3002', `--images: the model input ${shapeText} does not hold a square image of at least 3 x 3 pixels`);
    if (!values.images && size % vectors !== 0) throw new InputError('TC3002', `--vectors ${vectors}: the model input size ${size} is not a multiple of ${vectors}`);
    const inputs = await readInputs(resolve(io.cwd, dataPath), size, shapeText);
    const fn: ModelFn = (x) => tf.tidy(() => model.apply(tf.reshape(x, [-1, ...(inShape as number[])]), { training: false }) as tf.Tensor2D);
    const opts = { perOutput: !values.sum, output: values.l2 ? ('l2' as const) : ('raw' as const) };
    const pol = values.images ? imagePolarization(fn, inputs, H, { ...opts, columns: columns as 4 | 6 }) : vectorPolarization(fn, inputs, size, vectors, opts);
    const s = lieggSpectrum(pol);
    const k = values['null-dim'] !== undefined ? intOpt('null-dim', 1) : detectNullDim(s.values);
    if (k >= s.values.length) throw new UsageError('TC1011', `--null-dim: ${k} must be below the number of generator entries ${s.values.length}`);
    const ref = referenceBasis(s.shape);
    const report = k > 0 ? nullSpaceReport(s, k, ref) : null;
    const top = s.values[0] || 1;
    const d = s.values.length;
    const result = {
      model: { path: resolve(io.cwd, modelPath), inputShape: model.inputs[0]!.shape, outputs: outShape[0], params: model.countParams() },
      inputs: inputs.length / size,
      rows: s.rows,
      generatorShape: s.shape,
      spectrum: s.values,
      relativeSpectrum: s.values.map((v) => v / top),
      nullDimension: k,
      gap: report?.gap ?? null,
      symmetryVariance: report ? s.values.slice(d - k) : [],
      relativeVariance: report?.relVarianceMax ?? null,
      symmetryBias: report?.maxBias ?? null,
      reference: { name: ref.name, principalCosines: report?.cosines ?? [] },
      generators: s.vectors.slice(d - k).map((v, i) => ({ matrix: asMatrix(v, s.shape), variance: s.values[d - k + i]!, bias: symmetryBias(v, s.shape, ref.basis) })),
      nearestAlgebra: k > 0 ? nearestAlgebra(s, k) : null,
      closureDefect: k >= 2 && s.shape[0] === s.shape[1] ? spanClosure(s.vectors.slice(d - k), s.shape[0]).aggregate : null,
    };
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else {
      io.out([
        `${result.inputs} inputs, ${result.rows} rows, generators ${s.shape[0]}x${s.shape[1]}`,
        `spectrum σ²/N: ${s.values.map((v) => v.toExponential(3)).join(' ')}`,
        `learned algebra: dimension ${k}${result.gap !== null ? `, gap ${result.gap.toPrecision(4)}` : ''}, max relative variance ${result.relativeVariance?.toExponential(3) ?? '—'}, max bias to ${ref.name} ${result.symmetryBias?.toExponential(3) ?? '—'}`,
        `nearest standard algebra: ${result.nearestAlgebra ? `${result.nearestAlgebra.name} (min principal cosine ${result.nearestAlgebra.minCosine.toFixed(6)})` : 'none of that dimension'}`,
        ...result.generators.map((g, i) => `H${i + 1} (σ²/N ${g.variance.toExponential(3)}, bias ${g.bias.toExponential(3)}): ${JSON.stringify(g.matrix.map((r) => r.map((x) => Number(x.toFixed(4)))))}`),
      ].join('\n'));
    }
    return 0;
  } finally {
    model.dispose();
  }
}
