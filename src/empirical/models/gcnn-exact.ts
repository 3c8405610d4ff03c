import { gcnnLayout, type GcnnArch } from '../../theory/vc/gcnn-arch.js';

/**
 * The GCNN of gcnn-arch.ts evaluated in plain float64 (no tensors): the "exact forward pass"
 * that decides whether a trained parameter vector realises a labeling, independently of the
 * tfjs graph used for training. `padding: 'zero'` replaces the wrap-around by zeros (not
 * equivariant: a deliberately broken variant for tests of the invariance checks).
 */
export type Padding = 'circular' | 'zero';

/** A function on C_r with c_0 channels, flattened: value of channel c at g is f[g·c_0 + c]. */
export type GroupFunction = readonly number[];

export function gcnnForward64(
  arch: GcnnArch,
  theta: ArrayLike<number>,
  f: GroupFunction,
  padding: Padding = 'circular',
  offset = 0,
): number {
  return gcnnForward64WithMagnitude(arch, theta, f, padding, offset).value;
}

/**
 * The forward pass together with its magnitude: the same network run on |θ| and |f|, which
 * bounds every intermediate |value| (ReLU is 1-Lipschitz and |ReLU(z)| <= |z|). Float64
 * rounding of the pass is below (ops per output)·2^-53·magnitude, so a margin larger than
 * 1e-12·magnitude is a margin of the exact network too.
 */
export function gcnnForward64WithMagnitude(
  arch: GcnnArch,
  theta: ArrayLike<number>,
  f: GroupFunction,
  padding: Padding = 'circular',
  offset = 0,
): { value: number; magnitude: number } {
  const { r, taps } = arch;
  const lay = gcnnLayout(arch);
  const s = taps.length;
  let h = Float64Array.from(f);
  let a = Float64Array.from(f, Math.abs);
  if (h.length !== r * arch.channels[0]!) throw new RangeError(`gcnnForward64: input has ${h.length} values, expected r·c0 = ${r * arch.channels[0]!}`);
  for (const layer of lay.layers) {
    const { cin, cout } = layer;
    const next = new Float64Array(r * cout);
    const nextA = new Float64Array(r * cout);
    for (let g = 0; g < r; g++) {
      for (let o = 0; o < cout; o++) {
        let acc = theta[offset + layer.biases + o]!;
        let mag = Math.abs(acc);
        for (let u = 0; u < s; u++) {
          let p = g + taps[u]!;
          if (padding === 'circular') p = ((p % r) + r) % r;
          else if (p < 0 || p >= r) continue;
          for (let c = 0; c < cin; c++) {
            const w = theta[offset + layer.weights + (o * s + u) * cin + c]!;
            acc += w * h[p * cin + c]!;
            mag += Math.abs(w) * a[p * cin + c]!;
          }
        }
        next[g * cout + o] = acc > 0 ? acc : 0;
        nextA[g * cout + o] = mag;
      }
    }
    h = next;
    a = nextA;
  }
  const cL = arch.channels[arch.channels.length - 1]!;
  let out = theta[offset + lay.bias0]!;
  let magnitude = Math.abs(out);
  for (let g = 0; g < r; g++) {
    for (let c = 0; c < cL; c++) {
      out += theta[offset + lay.readout + c]! * h[g * cL + c]!;
      magnitude += Math.abs(theta[offset + lay.readout + c]!) * a[g * cL + c]!;
    }
  }
  return { value: out, magnitude };
}

/** Scores of one model on every input function. */
export function gcnnScores64(arch: GcnnArch, theta: ArrayLike<number>, fs: readonly GroupFunction[], padding: Padding = 'circular', offset = 0): number[] {
  return fs.map((f) => gcnnForward64(arch, theta, f, padding, offset));
}

/** f rolled by t: (t·f)(g) = f(g + t mod r), all channels. */
export function rollFunction(f: GroupFunction, r: number, t: number): number[] {
  const c0 = f.length / r;
  return Array.from({ length: f.length }, (_, k) => {
    const g = Math.floor(k / c0);
    const c = k % c0;
    return f[((((g + t) % r) + r) % r) * c0 + c]!;
  });
}
