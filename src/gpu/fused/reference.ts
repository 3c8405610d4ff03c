import { fusedParamCount, type FusedArch, type FusedLoss } from './arch.js';

/**
 * The fused step written as plain scalar TypeScript, one model at a time, for testing the
 * kernel: the same forward (gcnnForward64's network), loss, backward and Adam update, none
 * of it shared with the C source. `precision: 'float64'` computes exactly in doubles;
 * 'float32' rounds every operation to float32 (Math.fround) in the kernel's order of
 * summation, which the kernel must then match to a few ulps: float32 sums of ±v can leave
 * a residue of ~1e-8 where float64 gives an exact 0, and Adam's first steps turn any nonzero
 * gradient into a step of ~lr, so only an order-faithful float32 reference can be compared
 * over several steps with a tight tolerance.
 */
export type ReferencePrecision = 'float32' | 'float64';
type Round = (x: number) => number;
const ident: Round = (x) => x;
const rounding = (p: ReferencePrecision | undefined): Round => (p === 'float32' ? Math.fround : ident);
export interface ReferenceState {
  theta: Float64Array;
  m: Float64Array;
  v: Float64Array;
  t: number;
}

/** Float64 score of one model (θ at `offset`) on one input. */
export function referenceScore(arch: FusedArch, theta: ArrayLike<number>, offset: number, x: ArrayLike<number>, precision?: ReferencePrecision): number {
  return forward(arch, theta, offset, x, rounding(precision)).score;
}

function pos(arch: FusedArch, g: number, t: number): number {
  const p = g + t;
  if (arch.padding === 'zero') return p >= 0 && p < arch.r ? p : -1;
  return ((p % arch.r) + arch.r) % arch.r;
}

function forward(arch: FusedArch, theta: ArrayLike<number>, offset: number, x: ArrayLike<number>, f: Round) {
  const { r, taps, channels } = arch;
  const s = taps.length;
  const acts: Float64Array[] = [Float64Array.from(x)];
  let off = offset;
  for (let l = 1; l < channels.length; l++) {
    const cin = channels[l - 1]!, cout = channels[l]!;
    const w = off, b = off + s * cin * cout;
    const h = new Float64Array(r * cout);
    const prev = acts[l - 1]!;
    for (let g = 0; g < r; g++) {
      for (let o = 0; o < cout; o++) {
        let a = theta[b + o]!;
        for (let u = 0; u < s; u++) {
          const p = pos(arch, g, taps[u]!);
          if (p < 0) continue;
          for (let c = 0; c < cin; c++) a = f(a + f(theta[w + (o * s + u) * cin + c]! * prev[p * cin + c]!));
        }
        h[g * cout + o] = Math.max(0, a);
      }
    }
    acts.push(h);
    off = b + cout;
  }
  const cL = channels[channels.length - 1]!;
  const hL = acts[acts.length - 1]!;
  let score = theta[off + cL]!;
  for (let c = 0; c < cL; c++) {
    let sum = hL[c]!;
    for (let g = 1; g < r; g++) sum = f(sum + hL[g * cL + c]!);
    score = f(score + f(theta[off + c]! * sum));
  }
  return { score, acts, readout: off - offset };
}

/** Gradient of the summed loss of one model over its points (labels 0 ignored). */
export function referenceGradient(
  arch: FusedArch,
  theta: ArrayLike<number>,
  offset: number,
  inputs: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  loss: FusedLoss,
  precision?: ReferencePrecision,
): Float64Array {
  const f = rounding(precision);
  const { r, taps, channels } = arch;
  const s = taps.length;
  const W = fusedParamCount(arch);
  const G = new Float64Array(W);
  inputs.forEach((x, i) => {
    const y = labels[i]!;
    if (y === 0) return;
    const { score, acts, readout } = forward(arch, theta, offset, x, f);
    const ys = f(y * score);
    const d = loss === 'hinge' ? (ys < 1 ? -y : 0) : f(-y / f(1 + f(Math.exp(ys))));
    if (d === 0) return;
    const L = channels.length - 1;
    const cL = channels[L]!;
    G[readout + cL] = f(G[readout + cL]! + d);
    let dh = new Float64Array(r * cL);
    for (let c = 0; c < cL; c++) {
      let sum = acts[L]![c]!;
      for (let g = 1; g < r; g++) sum = f(sum + acts[L]![g * cL + c]!);
      G[readout + c] = f(G[readout + c]! + f(d * sum));
      for (let g = 0; g < r; g++) dh[g * cL + c] = f(d * theta[offset + readout + c]!);
    }
    // parameter offsets per layer
    const wOff: number[] = [];
    let off = 0;
    for (let l = 1; l <= L; l++) {
      wOff.push(off);
      off += s * channels[l - 1]! * channels[l]! + channels[l]!;
    }
    for (let l = L; l >= 1; l--) {
      const cin = channels[l - 1]!, cout = channels[l]!;
      const w = wOff[l - 1]!, b = w + s * cin * cout;
      const h = acts[l]!, prev = acts[l - 1]!;
      const dprev = new Float64Array(r * cin);
      for (let g = 0; g < r; g++) {
        for (let o = 0; o < cout; o++) {
          const dp = h[g * cout + o]! > 0 ? dh[g * cout + o]! : 0;
          if (dp === 0) continue;
          G[b + o] = f(G[b + o]! + dp);
          for (let u = 0; u < s; u++) {
            const p = pos(arch, g, taps[u]!);
            if (p < 0) continue;
            for (let c = 0; c < cin; c++) {
              G[w + (o * s + u) * cin + c] = f(G[w + (o * s + u) * cin + c]! + f(dp * prev[p * cin + c]!));
              dprev[p * cin + c] = f(dprev[p * cin + c]! + f(dp * theta[offset + w + (o * s + u) * cin + c]!));
            }
          }
        }
      }
      dh = dprev;
    }
  });
  return G;
}

/**
 * One step for `count` models (θ, m, v row-major [count·W], updated in place): gradient of
 * the summed loss, then Adam as the engine's trainHinge writes it.
 */
export function referenceStep(
  arch: FusedArch,
  state: ReferenceState,
  inputs: readonly ArrayLike<number>[],
  labels: ArrayLike<number>,
  opts: { lr: number; beta1?: number; beta2?: number; epsilon?: number; loss?: FusedLoss; gradMask?: ArrayLike<number>; precision?: ReferencePrecision },
): void {
  const W = fusedParamCount(arch);
  const n = inputs.length;
  const count = state.theta.length / W;
  const b1 = opts.beta1 ?? 0.9, b2 = opts.beta2 ?? 0.999, eps = opts.epsilon ?? 1e-8;
  const f = rounding(opts.precision);
  state.t += 1;
  const step = f((opts.lr * Math.sqrt(1 - b2 ** state.t)) / (1 - b1 ** state.t));
  const [fb1, fomb1, fb2, fomb2, feps] = [b1, 1 - b1, b2, 1 - b2, eps].map(f) as [number, number, number, number, number];
  for (let k = 0; k < count; k++) {
    const G = referenceGradient(arch, state.theta, k * W, inputs, Array.from({ length: n }, (_, i) => labels[k * n + i]!), opts.loss ?? 'hinge', opts.precision);
    for (let q = 0; q < W; q++) {
      const g = f(G[q]! * (opts.gradMask ? opts.gradMask[q]! : 1));
      const j = k * W + q;
      state.m[j] = f(f(state.m[j]! * fb1) + f(g * fomb1));
      state.v[j] = f(f(state.v[j]! * fb2) + f(f(g * g) * fomb2));
      state.theta[j] = f(state.theta[j]! - f(f(state.m[j]! * step) / f(f(Math.sqrt(state.v[j]!)) + feps)));
    }
  }
}
