import * as tf from '@tensorflow/tfjs';
import { InputError } from '../../core/errors.js';
import type { ImageBatch, LogitFn } from './invariance-probe.js';

/**
 * A user's tfjs LayersModel as a logit function over images [N, H, W, C]: the images are
 * reshaped to the model's input ([H, W, C], [H, W] or flat [H·W·C], channels last), and a
 * model whose outputs are probabilities (non-negative rows summing to 1, e.g. a softmax
 * head) is read through log p, which are logits up to a per-row constant that every
 * invariance metric here ignores.
 */
export interface LayersLogits {
  f: LogitFn;
  outputs: number;
  outputKind: 'logits' | 'probabilities';
  inputShape: (number | null)[];
}

export function layersLogitFn(model: tf.LayersModel, batch: ImageBatch, where = '--model'): LayersLogits {
  const input = model.inputs[0]?.shape ?? [];
  const { size, channels } = batch;
  const D = size * size * channels;
  const shapeText = `[${input.map((d) => d ?? 'N').join(', ')}]`;
  const mismatch = () =>
    new InputError('TC1084', `${where}: the model expects inputs of shape ${shapeText}; the data are ${size} x ${size} x ${channels} images (${D} values each)`);
  if (model.inputs.length !== 1 || model.outputs.length !== 1) {
    throw new InputError('TC1084', `${where}: the model has ${model.inputs.length} inputs and ${model.outputs.length} outputs; expected one of each`);
  }
  const rest = input.slice(1);
  const fits = (dims: (number | null)[]) => rest.length === dims.length && rest.every((d, i) => d === null || d === dims[i]);
  let reshape: (x: tf.Tensor4D) => tf.Tensor;
  if (fits([size, size, channels])) reshape = (x) => x;
  else if (channels === 1 && fits([size, size])) reshape = (x) => tf.reshape(x, [x.shape[0], size, size]);
  else if (fits([D])) reshape = (x) => tf.reshape(x, [x.shape[0], D]);
  else throw mismatch();
  const out = model.outputs[0]!.shape;
  if (out.length !== 2) throw new InputError('TC1084', `${where}: the model's output has shape [${out.map((d) => d ?? 'N').join(', ')}]; expected [N, K] (one vector of K outputs per image)`);
  const raw = (x: tf.Tensor4D) => model.apply(reshape(x), { training: false }) as tf.Tensor2D;

  // probabilities? look at the outputs on (up to) the first 64 images
  const n = Math.min(batch.count, 64);
  const probe = tf.tidy(() => raw(tf.tensor4d(batch.data.subarray(0, n * D), [n, size, size, channels])));
  const K = probe.shape[1];
  const values = probe.dataSync();
  probe.dispose();
  let probabilities = K > 1;
  for (let i = 0; i < n && probabilities; i++) {
    let s = 0;
    for (let k = 0; k < K; k++) {
      const v = values[i * K + k]!;
      if (!(v >= 0)) probabilities = false;
      s += v;
    }
    if (Math.abs(s - 1) > 1e-3) probabilities = false;
  }
  const f: LogitFn = probabilities ? (x) => tf.tidy(() => tf.log(tf.maximum(raw(x), 1e-30))) as tf.Tensor2D : (x) => tf.tidy(() => raw(x));
  return { f, outputs: K, outputKind: probabilities ? 'probabilities' : 'logits', inputShape: input };
}

/** Backward kernels an input gradient through each layer class needs (the fused convolutions compute the filter gradient too). */
const GRADIENT_KERNELS: Readonly<Record<string, readonly string[]>> = {
  Conv1D: ['Conv2DBackpropFilter'],
  Conv2D: ['Conv2DBackpropFilter'],
  Conv2DTranspose: ['Conv2DBackpropFilter'],
  Conv3D: ['Conv3DBackpropFilterV2'],
  DepthwiseConv2D: ['DepthwiseConv2dNativeBackpropFilter'],
  SeparableConv2D: ['DepthwiseConv2dNativeBackpropFilter', 'Conv2DBackpropFilter'],
};

/** The backward kernels the model's layers need that `backend` does not register. */
export function missingGradientKernels(model: tf.LayersModel, backend: string): string[] {
  const missing = new Set<string>();
  for (const layer of model.layers) {
    for (const k of GRADIENT_KERNELS[layer.getClassName()] ?? []) if (!tf.getKernel(k, backend)) missing.add(k);
  }
  return [...missing];
}
