import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { InputError } from '../../core/errors.js';

/**
 * Read and write tfjs LayersModels in the format `model.save('file://DIR')` produces with
 * tfjs-node (model.json with the topology and a weights manifest, plus binary weight
 * files next to it), without tfjs-node: a small file-system IOHandler.
 */

interface ModelJsonFile {
  modelTopology?: unknown;
  weightsManifest?: { paths?: unknown; weights?: unknown }[];
  format?: string;
  generatedBy?: string;
  convertedBy?: string | null;
  trainingConfig?: unknown;
  userDefinedMetadata?: Record<string, unknown>;
}

/** TC1041: a model file that cannot be read or is not a tfjs LayersModel. */
const modelError = (path: string, what: string) => new InputError('TC1041', `${path}: ${what}`);

/** An IOHandler that loads model.json and its weight files from disk. */
export function fileSystemModel(modelJsonPath: string): tf.io.IOHandler {
  const path = resolve(modelJsonPath);
  return {
    load: async () => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        throw modelError(path, `cannot read the model file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      let json: ModelJsonFile;
      try {
        json = JSON.parse(text) as ModelJsonFile;
      } catch (e) {
        throw modelError(path, `not valid JSON (${(e as Error).message})`);
      }
      if (typeof json !== 'object' || json === null || !json.modelTopology) throw modelError(path, 'no "modelTopology": expected the model.json of a tfjs LayersModel');
      const manifest = json.weightsManifest ?? [];
      if (!Array.isArray(manifest)) throw modelError(path, '"weightsManifest" is not an array');
      const specs: tf.io.WeightsManifestEntry[] = [];
      const buffers: ArrayBuffer[] = [];
      for (const [g, group] of manifest.entries()) {
        if (!Array.isArray(group.paths) || !Array.isArray(group.weights)) throw modelError(path, `weightsManifest[${g}] needs "paths" and "weights" arrays`);
        specs.push(...(group.weights as tf.io.WeightsManifestEntry[]));
        for (const p of group.paths as unknown[]) {
          const file = join(dirname(path), String(p));
          try {
            const b = await readFile(file);
            buffers.push(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
          } catch (e) {
            throw modelError(path, `cannot read the weight file ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
          }
        }
      }
      const weightData = tf.io.concatenateArrayBuffers(buffers);
      const expected = specs.reduce((s, w) => s + w.shape.reduce((a, b) => a * b, 1) * (w.dtype === 'float32' || w.dtype === 'int32' ? 4 : 1), 0);
      if (expected !== weightData.byteLength && specs.every((w) => !w.quantization)) {
        throw modelError(path, `the weight files hold ${weightData.byteLength} bytes; the manifest describes ${expected}`);
      }
      const artifacts: tf.io.ModelArtifacts = { modelTopology: json.modelTopology as tf.io.ModelArtifacts['modelTopology'], weightSpecs: specs, weightData, format: json.format ?? 'layers-model' };
      if (json.trainingConfig) artifacts.trainingConfig = json.trainingConfig as tf.io.TrainingConfig;
      if (json.generatedBy) artifacts.generatedBy = json.generatedBy;
      return artifacts;
    },
  };
}

/** Load a LayersModel from DIR/model.json; every failure is an InputError naming the file. */
export async function loadLayersModelFromFile(modelJsonPath: string): Promise<tf.LayersModel> {
  try {
    return await tf.loadLayersModel(fileSystemModel(modelJsonPath));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw modelError(resolve(modelJsonPath), `not a loadable tfjs LayersModel (${String((e as Error).message).split('\n')[0]})`);
  }
}

/** Save a LayersModel as DIR/model.json + DIR/weights.bin, as tfjs-node's file:// handler does. */
export async function saveLayersModelToDir(model: tf.LayersModel, dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, 'model.json');
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData === undefined ? new ArrayBuffer(0) : tf.io.concatenateArrayBuffers(artifacts.weightData as ArrayBuffer | ArrayBuffer[]);
      await writeFile(join(dir, 'weights.bin'), Buffer.from(data));
      const json: ModelJsonFile = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format ?? 'layers-model',
        generatedBy: artifacts.generatedBy ?? `TensorFlow.js tfjs-layers v${tf.version_layers}`,
        convertedBy: artifacts.convertedBy ?? null,
        weightsManifest: [{ paths: ['./weights.bin'], weights: artifacts.weightSpecs ?? [] }],
      };
      await writeFile(path, JSON.stringify(json));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON', weightDataBytes: data.byteLength } };
    }),
  );
  return path;
}
