import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../../../src/core/rng.js';
import { deepSetsFeatures, shallowBlockFeatures } from '../../../../src/empirical/equivariance/invariant-probes.js';
import { probeGain } from '../../../../src/empirical/equivariance/probe-gain.js';
import { act, alternatingGroup, symmetricGroup } from '../../../../src/theory/equivariance/perm-groups.js';
import { useWasm } from '../../../helpers/run-claim.js';

describe('invariant probes', () => {
  it('should be G-invariant and leak nothing', async () => {
    await useWasm();
    const before = tf.memory().numTensors;
    const S3 = symmetricGroup(3);
    const xs = S3.elements.map((g) => act(g, [0, 1, 2]));
    const opts = { channels: 6, activation: { kind: 'tanh' as const } };
    for (const f of [shallowBlockFeatures(xs, S3, alternatingGroup(3), opts, new Rng(1)), deepSetsFeatures(xs, opts, new Rng(2))]) {
      for (let i = 1; i < xs.length; i++) for (let c = 0; c < 6; c++) expect(Math.abs(f[i * 6 + c]! - f[c]!)).toBeLessThan(1e-5);
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  it('should identify (0,1,2) and (1,1,1) with A3 but not with the trivial subgroup', async () => {
    await useWasm();
    const S3 = symmetricGroup(3);
    const xs = [[0, 1, 2], [1, 1, 1]];
    const opts = { channels: 16, activation: { kind: 'tanh' as const }, gain: probeGain({ kind: 'tanh' }) };
    const a3 = shallowBlockFeatures(xs, S3, alternatingGroup(3), opts, new Rng(3));
    const e = shallowBlockFeatures(xs, S3, { name: 'e', degree: 3, elements: [[0, 1, 2]] }, opts, new Rng(3));
    const gap = (f: Float32Array) => Math.max(...Array.from({ length: 16 }, (_, c) => Math.abs(f[c]! - f[16 + c]!)));
    expect(gap(a3)).toBeLessThan(1e-5);
    expect(gap(e)).toBeGreaterThan(1e-2);
  });
});
