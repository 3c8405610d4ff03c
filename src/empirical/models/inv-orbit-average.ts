import * as tf from '@tensorflow/tfjs';
import { orderFreeMean4, rot90Tensor } from '../symmetry/invariance-group.js';
import type { InvModel } from './inv-model.js';

/**
 * The C4 orbit average of any model: z̄(x) = ¼ Σ_k z(rot90^k x). For g ∈ C4 the orbit of
 * g·x is the orbit of x, so z̄(g·x) = z̄(x) exactly in real arithmetic; the four terms are
 * averaged order-free (orderFreeMean4), so a rotation that permutes them changes nothing
 * but the round-off of the terms themselves. Shares (and disposes) the base's variables.
 */
export function orbitAveraged(base: InvModel): InvModel {
  return {
    kind: `orbit-avg(${base.kind})`,
    invariant: true,
    variables: base.variables,
    apply(x) {
      return tf.tidy(() => {
        const n = x.shape[0];
        const z = base.apply(tf.concat([0, 1, 2, 3].map((k) => rot90Tensor(x, k)), 0));
        const part = (k: number) => tf.slice(z, [k * n, 0], [n, -1]);
        return orderFreeMean4(part(0), part(1), part(2), part(3)) as tf.Tensor2D;
      });
    },
    dispose: () => base.dispose(),
  };
}
