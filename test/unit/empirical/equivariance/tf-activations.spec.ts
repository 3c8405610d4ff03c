import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { tfActivation } from '../../../../src/empirical/equivariance/tf-activations.js';
import { probeGain } from '../../../../src/empirical/equivariance/probe-gain.js';
import { activationFloat, type Activation } from '../../../../src/theory/equivariance/activations.js';
import { useWasm } from '../../../helpers/run-claim.js';

const ALL: Activation[] = [{ kind: 'relu' }, { kind: 'leaky-relu', slope: 0.1 }, { kind: 'tanh' }, { kind: 'sigmoid' }, { kind: 'gelu' }, { kind: 'rbf' }, { kind: 'softplus' }, { kind: 'elu' }, { kind: 'power', degree: 3 }];

describe('tfActivation', () => {
  it('should agree with the float64 forms to float32 precision', async () => {
    await useWasm();
    const xs = [-3, -1.5, -0.2, 0, 0.4, 1, 2.5];
    for (const a of ALL) {
      const got = tf.tidy(() => tfActivation(a)(tf.tensor1d(xs)).dataSync());
      const want = xs.map(activationFloat(a));
      want.forEach((w, i) => expect(Math.abs(got[i]! - w), `${a.kind} at ${xs[i]}`).toBeLessThan(1e-5 * Math.max(1, Math.abs(w))));
    }
  });

  it('should have gradients on wasm (x^d by repeated products)', async () => {
    await useWasm();
    const g = tf.tidy(() => tf.grad((x: tf.Tensor) => tf.sum(tfActivation({ kind: 'power', degree: 3 })(x)))(tf.tensor1d([-2, 1])).dataSync());
    expect(Array.from(g)).toEqual([12, 3]);
    expect(probeGain({ kind: 'sigmoid' })).toBeGreaterThan(probeGain({ kind: 'tanh' }));
  });
});
