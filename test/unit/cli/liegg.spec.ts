import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lieggCommand } from '../../../src/cli/commands/liegg.js';
import { InputError } from '../../../src/core/errors.js';
import { Rng } from '../../../src/core/rng.js';
import { saveLayersModelToDir } from '../../../src/empirical/symmetry/liegg-model-io.js';
import { fakeIo } from '../../helpers/fake-io.js';
import { useWasm } from '../../helpers/run-claim.js';

const dir = mkdtempSync(join(tmpdir(), 'tc-liegg-'));
const rng = new Rng(7);
const write = (name: string, content: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

/** F(x) = MLP(‖x‖²) as a functional LayersModel: x ⊙ x, a frozen all-ones dense layer, then an MLP. */
function radialModel(n: number): tf.LayersModel {
  const x = tf.input({ shape: [n] });
  const sq = tf.layers.multiply().apply([x, x]) as tf.SymbolicTensor;
  const r2 = tf.layers.dense({ units: 1, useBias: false, kernelInitializer: 'ones', trainable: false }).apply(sq) as tf.SymbolicTensor;
  const h = tf.layers.dense({ units: 8, activation: 'tanh', kernelInitializer: tf.initializers.glorotNormal({ seed: 1 }) }).apply(r2) as tf.SymbolicTensor;
  const out = tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.glorotNormal({ seed: 2 }) }).apply(h) as tf.SymbolicTensor;
  return tf.model({ inputs: x, outputs: out });
}

let radialPath = '';
let imagePath = '';

beforeAll(async () => {
  await useWasm();
  const m = radialModel(4);
  radialPath = await saveLayersModelToDir(m, join(dir, 'radial'));
  m.dispose();
  const img = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [8, 8] }), tf.layers.dense({ units: 6, activation: 'tanh', kernelInitializer: tf.initializers.glorotNormal({ seed: 3 }) }), tf.layers.dense({ units: 3 })] });
  imagePath = await saveLayersModelToDir(img, join(dir, 'image'));
  img.dispose();
});

const vectors = (count: number, n: number) => Array.from({ length: count }, () => Array.from({ length: n }, () => rng.normal()));

async function runJson(argv: string[]) {
  const io = fakeIo(dir);
  expect(await lieggCommand([...argv, '--json'], io)).toBe(0);
  return JSON.parse(io.stdout.join('')) as Record<string, any>;
}

describe('theorycheck liegg', () => {
  it('should find so(n) as the null space of an exactly invariant model (relative variance <= 1e-6)', async () => {
    const before = tf.memory().numTensors;
    const r = await runJson(['--model', radialPath, '--data', write('x.json', vectors(200, 4))]);
    expect(tf.memory().numTensors).toBe(before);
    expect(r.generatorShape).toEqual([4, 4]);
    expect(r.rows).toBe(400); // 200 inputs x 2 output blocks
    expect(r.nullDimension).toBe(6);
    expect(r.relativeVariance).toBeLessThanOrEqual(1e-6);
    expect(r.symmetryBias).toBeLessThan(1e-6);
    expect(r.nearestAlgebra).toMatchObject({ name: 'so(4)', dimension: 6 });
    expect(r.nearestAlgebra.minCosine).toBeGreaterThan(1 - 1e-6);
    expect(r.generators).toHaveLength(6);
    expect(r.closureDefect).toBeLessThan(1e-5);
    expect(r.spectrum).toHaveLength(16);
  });

  it('should accept {"inputs": [...]}, --sum, --null-dim and print text', async () => {
    const data = write('wrapped.json', { inputs: vectors(50, 4) });
    const r = await runJson(['--model', radialPath, '--data', data, '--sum', '--null-dim', '6']);
    expect(r.rows).toBe(50);
    expect(r.nullDimension).toBe(6);
    const io = fakeIo(dir);
    expect(await lieggCommand(['--model', radialPath, '--data', data], io)).toBe(0);
    expect(io.stdout.join('\n')).toMatch(/nearest standard algebra: so\(4\)/);
  });

  it('should run on image models with 4 and 6 columns', async () => {
    const imgs = Array.from({ length: 20 }, () => Array.from({ length: 8 }, () => Array.from({ length: 8 }, () => rng.uniform())));
    const data = write('img.json', imgs);
    const r4 = await runJson(['--model', imagePath, '--data', data, '--images', '--l2']);
    expect(r4.generatorShape).toEqual([2, 2]);
    expect(r4.spectrum).toHaveLength(4);
    expect(r4.reference.name).toBe('so(2)');
    const r6 = await runJson(['--model', imagePath, '--data', data, '--images', '--columns', '6', '--null-dim', '3']);
    expect(r6.generatorShape).toEqual([2, 3]);
    expect(r6.nearestAlgebra.name).toBe('se(2)');
  });

  it.each([
    ['a wrong input length', () => write('short.json', [[1, 2, 3, 4], [1, 2, 3]]), /input 1 has 3 values; the model expects 4 \(input shape \[null,4\]\)/, 'TC3002'],
    ['a non-finite value', () => write('nan.json', [[1, 2, 3, 4], [1, 'NaN', 3, 4]]), /input 1, value 1: "NaN" is not a finite number/, 'TC3001'],
    ['a null value', () => write('null.json', [[1, null, 3, 4]]), /input 0, value 1: null is not a finite number/, 'TC3001'],
    ['malformed JSON', () => write('bad.json', '[[1,2'), /is not valid JSON/, 'TC1040'],
    ['an empty list', () => write('empty.json', []), /expected a non-empty list of inputs/, 'TC1040'],
  ])('should reject %s in --data with an InputError', async (_what, make, message, code) => {
    const err = await lieggCommand(['--model', radialPath, '--data', make()], fakeIo(dir)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe(code);
    expect((err as Error).message).toMatch(message);
  });

  it('should reject a missing or broken model with TC1041 naming the file', async () => {
    const data = write('ok.json', vectors(3, 4));
    const missing = await lieggCommand(['--model', join(dir, 'none', 'model.json'), '--data', data], fakeIo(dir)).catch((e: unknown) => e);
    expect((missing as InputError).code).toBe('TC1041');
    expect((missing as Error).message).toMatch(/none\/model\.json: cannot read the model file \(ENOENT\)/);
    const broken = await lieggCommand(['--model', write('model-broken.json', { format: 'layers-model' }), '--data', data], fakeIo(dir)).catch((e: unknown) => e);
    expect((broken as Error).message).toMatch(/no "modelTopology"/);
    const noImage = await lieggCommand(['--model', radialPath, '--data', data, '--images'], fakeIo(dir)).catch((e: unknown) => e);
    expect((noImage as Error).message).toMatch(/does not hold a square image of at least 3 x 3 pixels/);
  });
});
