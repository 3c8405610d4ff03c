import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { INVARIANCE_HELP, invarianceCommand } from '../../../src/cli/commands/invariance.js';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { Rng } from '../../../src/core/rng.js';
import { glyphDataset } from '../../../src/empirical/data/glyphs.js';
import { p4ToLayersModel } from '../../../src/empirical/models/inv-p4-export.js';
import { createP4Cnn } from '../../../src/empirical/models/inv-p4cnn.js';
import { fileSaveHandler } from '../../../src/empirical/symmetry/invariance-model-io.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { useWasm } from '../../helpers/run-claim.js';

const size = 9;
const dir = mkdtempSync(join(tmpdir(), 'tc-invariance-'));
const file = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};
const images = (() => {
  const g = glyphDataset(new Rng(1), { count: 6, size });
  return Array.from({ length: 6 }, (_, n) => Array.from({ length: size }, (_, i) => Array.from(g.images.subarray(n * size * size + i * size, n * size * size + (i + 1) * size))));
})();
let tiedModel = '';
let plainModel = '';
let dataFile = '';

const run = async (args: string[]) => {
  const io = fakeIo();
  const code = await invarianceCommand(args, io);
  return { code, out: io.stdout.join('\n') };
};

beforeAll(async () => {
  await useWasm();
  // the group-pooled p4 G-CNN, exported to standard tfjs layers and saved like model.save('file://…')
  const p4 = createP4Cnn(new Rng(2), { size, channels: 1, filters: [3, 2], kernel: 3, classes: 4 });
  const exported = p4ToLayersModel(p4, { size, channels: 1 });
  await exported.save(fileSaveHandler(join(dir, 'tied')));
  p4.dispose();
  exported.dispose();
  // a plain MLP with a softmax head (probabilities out)
  const mlp = tf.sequential({
    layers: [tf.layers.flatten({ inputShape: [size, size, 1] }), tf.layers.dense({ units: 12, activation: 'tanh', kernelInitializer: tf.initializers.glorotNormal({ seed: 3 }) }), tf.layers.dense({ units: 4, activation: 'softmax', kernelInitializer: tf.initializers.glorotNormal({ seed: 4 }) })],
  });
  await mlp.save(fileSaveHandler(join(dir, 'plain')));
  mlp.dispose();
  tiedModel = join(dir, 'tied', 'model.json');
  plainModel = join(dir, 'plain', 'model.json');
  dataFile = file('images.json', images);
});

describe('theorycheck invariance', () => {
  it('should report the exported group-pooled model invariant within tolerance', async () => {
    const before = tf.memory().numTensors;
    const { code, out } = await run(['--model', tiedModel, '--data', dataFile, '--group', 'c4', '--json']);
    expect(code).toBe(0);
    const r = JSON.parse(out);
    expect(r.images).toEqual({ count: 6, size, channels: 1 });
    expect(r.outputKind).toBe('logits');
    expect(r.maxLie).toBeLessThanOrEqual(1e-5);
    expect(r.maxJsd).toBeLessThanOrEqual(1e-6);
    expect(r.minSis).toBeGreaterThanOrEqual(0.999);
    expect(r.agreement).toBe(1);
    expect(r.exact).toBe(true);
    // wasm has no Conv2DBackpropFilter, which input gradients through tfjs-layers Conv2D need
    expect(r.backend).toBe('cpu');
    expect(tf.getBackend()).toBe('wasm');
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should report a visibly larger error for a plain MLP, reading its softmax through log p', async () => {
    const tied = JSON.parse((await run(['--model', tiedModel, '--data', dataFile, '--json'])).out);
    const plain = JSON.parse((await run(['--model', plainModel, '--data', dataFile, '--json'])).out);
    expect(plain.outputKind).toBe('probabilities');
    expect(plain.meanLie).toBeGreaterThan(1e-2);
    expect(plain.meanLie).toBeGreaterThan(1000 * Math.max(tied.meanLie, 1e-9));
    expect(plain.sis).toBeLessThan(0.99);
    expect(plain.spectrum.length).toBe(4);
  });

  it('should resample for c8 and so2 and say the metrics include interpolation error', async () => {
    const c8 = JSON.parse((await run(['--model', tiedModel, '--data', dataFile, '--group', 'c8', '--json'])).out);
    expect(c8.order).toBe(8);
    expect(c8.exact).toBe(false);
    expect(c8.note).toMatch(/interpolation error/);
    const so2 = JSON.parse((await run(['--model', tiedModel, '--data', dataFile, '--group', 'so2', '--samples', '5', '--seed', '7', '--json'])).out);
    expect(so2.angles.length).toBe(5);
    expect(so2.angles[0]).toBe(0);
    const text = (await run(['--model', plainModel, '--data', dataFile, '--group', 'c8'])).out;
    if (process.env.SHOW_CLI) console.log(text);
    expect(text).toMatch(/logit invariance error, mean/);
    expect(text).toMatch(/bilinear/);
  });

  it('should print help', async () => {
    expect((await run(['--help'])).out).toBe(INVARIANCE_HELP);
  });

  it('should reject bad usage and bad input with codes naming what and where', async () => {
    const rejects = async (args: string[], type: typeof UsageError | typeof InputError, code: string, msg: RegExp) => {
      const err = await invarianceCommand(args, fakeIo()).then(() => null, (e: unknown) => e);
      expect(err, args.join(' ')).toBeInstanceOf(type);
      expect((err as UsageError).code).toBe(code);
      expect((err as Error).message).toMatch(msg);
    };
    await rejects(['--model', tiedModel], UsageError, 'TC1085', /--data FILE is required/);
    await rejects(['--model', tiedModel, '--data', dataFile, '--group', 'c5'], UsageError, 'TC1085', /unknown group 'c5'/);
    await rejects(['--model', tiedModel, '--data', join(dir, 'missing.json')], InputError, 'TC1081', /cannot read/);
    await rejects(['--model', tiedModel, '--data', file('bad.json', '{oops')], InputError, 'TC1081', /not valid JSON/);
    await rejects(['--model', tiedModel, '--data', file('ragged.json', [[[1, 2], [3, 4]], [[1, 2, 3], [3, 4, 5]]])], InputError, 'TC1082', /image 1 has 2 rows|image 1, row 0 has 3 pixels/);
    await rejects(['--model', tiedModel, '--data', file('nonsquare.json', [[[1, 2, 3], [3, 4, 5]]])], InputError, 'TC1082', /square/);
    await rejects(['--model', tiedModel, '--data', file('nan.json', [[[1, 'x'], [3, 4]]])], InputError, 'TC1083', /image 0, row 0, column 1: "x" is not a finite number/);
    await rejects(['--model', tiedModel, '--data', file('small.json', [[[1, 2], [3, 4]]])], InputError, 'TC1084', /expects inputs of shape \[N, 9, 9, 1\]/);
    await rejects(['--model', file('model.json', '{"modelTopology": null}'), '--data', dataFile], InputError, 'TC1080', /not a tfjs model.json/);
    await rejects(['--model', join(dir, 'none', 'model.json'), '--data', dataFile], InputError, 'TC1080', /cannot read/);
  });
});
