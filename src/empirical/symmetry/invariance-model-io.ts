import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { InputError } from '../../core/errors.js';

/**
 * A file-system IOHandler for tfjs LayersModels in the layout model.save('file://DIR')
 * writes under tfjs-node: DIR/model.json (topology + weightsManifest) and the weight files
 * it names, relative to model.json. tfjs-node is not available here, so this replaces its
 * file:// handler: `tf.loadLayersModel(fileLoadHandler(path))`, `model.save(fileSaveHandler(dir))`.
 */
export function fileLoadHandler(modelJsonPath: string, where = '--model'): tf.io.IOHandler {
  const path = resolve(modelJsonPath);
  const bad = (what: string) => new InputError('TC1080', `${where}: ${modelJsonPath}: ${what}`);
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        throw bad(`cannot read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
      }
      let json: tf.io.ModelJSON;
      try {
        json = JSON.parse(text) as tf.io.ModelJSON;
      } catch (e) {
        throw bad(`not valid JSON (${String((e as Error).message).split('\n')[0]}); expected the model.json of model.save('file://DIR')`);
      }
      if (json === null || typeof json !== 'object' || !json.modelTopology) throw bad('no "modelTopology": not a tfjs model.json');
      if (!Array.isArray(json.weightsManifest)) throw bad('no "weightsManifest" array: not a tfjs LayersModel model.json');
      return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
        const buffers: ArrayBuffer[] = [];
        for (const group of manifest) {
          for (const p of group.paths) {
            const file = join(dirname(path), p);
            try {
              const b = await readFile(file);
              buffers.push(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
            } catch (e) {
              throw bad(`weight file ${p} cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
            }
          }
        }
        return [tf.io.getWeightSpecs(manifest), tf.io.concatenateArrayBuffers(buffers)];
      });
    },
  };
}

/** Save a model as DIR/model.json + DIR/weights.bin (the tfjs-node file:// layout). */
export function fileSaveHandler(dir: string): tf.io.IOHandler {
  return {
    async save(artifacts) {
      await mkdir(dir, { recursive: true });
      const data = artifacts.weightData;
      const bytes = data === undefined ? new ArrayBuffer(0) : Array.isArray(data) ? tf.io.concatenateArrayBuffers(data) : data;
      await writeFile(join(dir, 'weights.bin'), new Uint8Array(bytes));
      const modelJson = {
        modelTopology: artifacts.modelTopology,
        format: artifacts.format,
        generatedBy: artifacts.generatedBy,
        convertedBy: artifacts.convertedBy,
        weightsManifest: [{ paths: ['./weights.bin'], weights: artifacts.weightSpecs ?? [] }],
      };
      await writeFile(join(dir, 'model.json'), JSON.stringify(modelJson));
      return { modelArtifactsInfo: tf.io.getModelArtifactsInfoForJSON(modelJson as tf.io.ModelJSON) };
    },
  };
}

/** Load a LayersModel from DIR/model.json; malformed files are InputErrors naming the file. */
export async function loadLayersModelFile(modelJsonPath: string, where = '--model'): Promise<tf.LayersModel> {
  try {
    return await tf.loadLayersModel(fileLoadHandler(modelJsonPath, where));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('TC1080', `${where}: ${modelJsonPath}: not a loadable tfjs LayersModel (${String((e as Error).message).split('\n')[0]})`);
  }
}
