import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { twoParamPhi } from '../../theory/vc/two-param.js';
import type { ShatterFamily } from '../shattering/family.js';

/**
 * Paper 1's two-parameter class h_{w,b}(f) = [mean_g ReLU(w·(K⋆f)(g) + b) > 1] on fixed
 * functions, given by their values a_i = K⋆f_i on the group (research/vc.md §2.2).
 * Score = κ·(Φ_{w,b}(f) − 1) with a fixed κ > 0 (same sign as Φ − 1): the hinge target
 * |score| >= 1 then asks for |Φ − 1| >= 1/κ, which the class can meet (the level 1 is fixed,
 * so |Φ − 1| >= 1 would demand Φ = 0 on every negative). θ = (w, b). The class is not closed under complement (the level 1
 * is fixed), so there is no `negate`.
 */
export class TwoParamFamily implements ShatterFamily {
  readonly name = 'gcnn2';
  readonly numParams = 2;
  readonly numPoints: number;
  private readonly values: tf.Tensor3D;
  private readonly scale: number;

  constructor(
    readonly a: readonly (readonly number[])[],
    readonly kappa = 20,
  ) {
    this.numPoints = a.length;
    const r = a[0]?.length ?? 0;
    if (r === 0 || a.some((f) => f.length !== r)) throw new RangeError('TwoParamFamily: every function needs the same positive number of values');
    this.values = tf.tensor3d(a.flat() as number[], [1, a.length, r]);
    const flat = a.flat();
    const mean = flat.reduce((s, v) => s + v, 0) / flat.length;
    this.scale = Math.sqrt(flat.reduce((s, v) => s + (v - mean) ** 2, 0) / flat.length) || 1;
  }

  scores(theta: tf.Tensor2D): tf.Tensor2D {
    return tf.tidy(() => {
      const B = theta.shape[0];
      const [w, b] = tf.unstack(theta, 1).map((c) => c.reshape([B, 1, 1]));
      return tf.mul(tf.sub(tf.mean(tf.relu(tf.add(tf.mul(w!, this.values), b!)), 2), 1), this.kappa) as tf.Tensor2D;
    });
  }

  /** w ~ N(0, 1/σ_a) · a few, b ~ N(0, 1): slopes s = −b/w spread over the values' range. */
  init(count: number, rng: Rng): Float32Array {
    const out = new Float32Array(2 * count);
    for (let k = 0; k < count; k++) {
      out[2 * k] = rng.normal(0, 2 / this.scale);
      out[2 * k + 1] = rng.normal(0, 1);
    }
    return out;
  }

  exactScores(theta: ArrayLike<number>, offset: number): number[] {
    const w = theta[offset]!;
    const b = theta[offset + 1]!;
    // moved towards 0 by 1e-12 × the magnitude of the sum (far above float64 rounding), so
    // an accepted margin is a margin of the exact Φ
    return this.a.map((f) => {
      const d = twoParamPhi(w, b, f) - 1;
      const magnitude = 1 + f.reduce((acc, v) => acc + Math.abs(w * v) + Math.abs(b), 0) / f.length;
      return this.kappa * Math.sign(d) * Math.max(0, Math.abs(d) - 1e-12 * magnitude);
    });
  }

  dispose(): void {
    this.values.dispose();
  }
}
