/**
 * Exact (rational, ReLU or LeakyReLU) invariant networks, to test orbit invariance with
 * zero tolerance: a shallow R^{G/H} block, DeepSets, and a sum-pooled circular CNN.
 */
import type { Rng } from '../../core/rng.js';
import { Rational } from '../exact/rational.js';
import { activationExact, type Activation } from './activations.js';
import { act, inverse, type PermGroup } from './perm-groups.js';
import { projectOntoFixed } from './window-oracle.js';

/** An invariant function on rational vectors. */
export type ExactNet = (x: readonly Rational[]) => Rational;

const q = (rng: Rng, std = 1, den = 8) => Rational.of(Math.round(rng.normal(0, std) * den), den);

function sigmaOf(a: Activation): (t: Rational) => Rational {
  const s = activationExact(a);
  if (!s) throw new RangeError(`exact invariant nets need a rational activation, got ${a.kind}`);
  return s;
}

/** f(x) = Σ_c a_c Σ_{g∈G} σ(⟨w_c, g^{-1}x⟩ + b_c), w_c = P_H u_c. */
export function exactShallowBlock(G: PermGroup, H: PermGroup, channels: number, a: Activation, rng: Rng): ExactNet {
  const sigma = sigmaOf(a);
  const n = G.degree;
  const chans = Array.from({ length: channels }, () => ({
    w: projectOntoFixed(H, Array.from({ length: n }, () => q(rng))),
    b: q(rng),
    out: q(rng),
  }));
  return (x) =>
    chans.reduce((acc, { w, b, out }) => {
      const s = G.elements.reduce((t, g) => {
        const gx = act(inverse(g), x);
        const z = w.reduce((u, wi, i) => u.add(wi.mul(gx[i]!)), b);
        return t.add(sigma(z));
      }, Rational.ZERO);
      return acc.add(out.mul(s));
    }, Rational.ZERO);
}

/** f(x) = Σ_c a_c Σ_i σ(w_c x_i + b_c). */
export function exactDeepSets(channels: number, a: Activation, rng: Rng): ExactNet {
  const sigma = sigmaOf(a);
  const chans = Array.from({ length: channels }, () => ({ w: q(rng), b: q(rng), out: q(rng) }));
  return (x) => chans.reduce((acc, { w, b, out }) => acc.add(out.mul(x.reduce((t, xi) => t.add(sigma(w.mul(xi).add(b))), Rational.ZERO))), Rational.ZERO);
}

/** A depth-L circular CNN (filter k, width c), sum-pooled, with a linear read-out. */
export function exactCircularCnn(k: number, depth: number, width: number, a: Activation, rng: Rng): ExactNet {
  const sigma = sigmaOf(a);
  const layers = Array.from({ length: depth }, (_, l) => {
    const cIn = l === 0 ? 1 : width;
    return {
      cIn,
      kernel: Array.from({ length: width }, () => Array.from({ length: k * cIn }, () => q(rng, 1 / Math.sqrt(k * cIn)))),
      bias: Array.from({ length: width }, () => q(rng)),
    };
  });
  const readout = Array.from({ length: width }, () => q(rng));
  return (x) => {
    const n = x.length;
    let h: Rational[][] = x.map((v) => [v]);
    for (const layer of layers) {
      h = Array.from({ length: n }, (_, i) =>
        layer.kernel.map((row, o) => {
          let z = layer.bias[o]!;
          for (let j = 0; j < k; j++) for (let c = 0; c < layer.cIn; c++) z = z.add(row[j * layer.cIn + c]!.mul(h[(i + j) % n]![c]!));
          return sigma(z);
        }),
      );
    }
    return readout.reduce((acc, r, o) => acc.add(r.mul(h.reduce((s, row) => s.add(row[o]!), Rational.ZERO))), Rational.ZERO);
  };
}
