import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../../src/core/errors.js';
import { loadLayersModelFromFile, saveLayersModelToDir } from '../../../../src/empirical/symmetry/liegg-model-io.js';
import { useWasm } from '../../../helpers/run-claim.js';

beforeAll(useWasm);

describe('file-system LayersModel IO', () => {
  it('should save model.json + weights.bin and load the same function back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-io-'));
    const m = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 5, activation: 'tanh', kernelInitializer: tf.initializers.glorotNormal({ seed: 1 }) }), tf.layers.dense({ units: 2 })] });
    const path = await saveLayersModelToDir(m, dir);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json.weightsManifest[0].paths).toEqual(['./weights.bin']);
    expect(json.format).toBe('layers-model');
    const back = await loadLayersModelFromFile(path);
    const x = tf.tensor2d([[1, -2, 0.5], [0, 3, 1]]);
    const [a, b] = [m.predict(x) as tf.Tensor, back.predict(x) as tf.Tensor];
    expect(Array.from(b.dataSync())).toEqual(Array.from(a.dataSync()));
    tf.dispose([x, a, b]);
    m.dispose();
    back.dispose();
  });

  it('should reject truncated weights with an InputError naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tc-io-'));
    const m = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 2 })] });
    const path = await saveLayersModelToDir(m, dir);
    m.dispose();
    writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(4));
    const err = await loadLayersModelFromFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/model\.json: the weight files hold 4 bytes; the manifest describes 24/);
  });
});
