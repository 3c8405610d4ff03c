/**
 * A group-convolutional network over the cyclic group C_r (research/vc.md §1.1, §3.6):
 * L layers of circular G-correlation with a kernel supported on a set of taps (offsets),
 * ReLU, then sum pooling over the group and a linear read-out with a bias.
 *
 *   h_0(g, c) = f(g, c),
 *   h_ℓ(g, o) = ReLU( Σ_{u ∈ taps} Σ_c W_ℓ[o][u][c] · h_{ℓ−1}(g + taps[u] mod r, c) + b_ℓ[o] ),
 *   out(f)    = Σ_g Σ_c v[c] · h_L(g, c) + b_0,     label = [out > 0]  (sign(0) = −1).
 *
 * Pure description and parameter layout; no tensors here.
 */
export interface GcnnArch {
  /** Order of the cyclic group C_r (the resolution). */
  r: number;
  /** Kernel support: offsets u with K(u) trainable (k-tap: e.g. [-1, 0, 1]; full: 0..r-1). */
  taps: number[];
  /** Channels [c_0 (input), c_1, …, c_L]; L = channels.length − 1 >= 1. */
  channels: number[];
}

/** k-tap kernel centred at the identity (k odd: −(k−1)/2..(k−1)/2), or the full kernel. */
export function kernelTaps(r: number, kernel: number | 'full'): number[] {
  if (kernel === 'full' || kernel >= r) return Array.from({ length: r }, (_, u) => u);
  if (!Number.isInteger(kernel) || kernel < 1) throw new RangeError(`kernelTaps: kernel must be a positive integer or 'full', got ${kernel}`);
  const lo = -Math.floor((kernel - 1) / 2);
  return Array.from({ length: kernel }, (_, i) => lo + i);
}

/** Build and validate an architecture. */
export function gcnnArch(r: number, kernel: number | 'full', channels: number[]): GcnnArch {
  if (!Number.isInteger(r) || r < 1) throw new RangeError(`gcnnArch: r must be a positive integer, got ${r}`);
  if (channels.length < 2 || channels.some((c) => !Number.isInteger(c) || c < 1)) {
    throw new RangeError(`gcnnArch: channels must list c_0..c_L (L >= 1) positive integers, got [${channels.join(', ')}]`);
  }
  return { r, taps: kernelTaps(r, kernel), channels: [...channels] };
}

/** Depth L (number of G-conv layers). */
export function depth(arch: GcnnArch): number {
  return arch.channels.length - 1;
}

/** Offsets into a model's parameter vector θ (length W). */
export interface LayerLayout {
  /** θ[weights + (o·s + u)·c_in + c] = W_ℓ[o][u][c]. */
  weights: number;
  /** θ[biases + o] = b_ℓ[o]. */
  biases: number;
  cin: number;
  cout: number;
}

export interface GcnnLayout {
  layers: LayerLayout[];
  /** θ[readout + c] = v[c]. */
  readout: number;
  /** θ[bias0] = b_0. */
  bias0: number;
  /** Total parameter count W. */
  size: number;
}

export function gcnnLayout(arch: GcnnArch): GcnnLayout {
  const s = arch.taps.length;
  const layers: LayerLayout[] = [];
  let off = 0;
  for (let l = 1; l < arch.channels.length; l++) {
    const cin = arch.channels[l - 1]!;
    const cout = arch.channels[l]!;
    layers.push({ weights: off, biases: off + s * cin * cout, cin, cout });
    off += s * cin * cout + cout;
  }
  const cL = arch.channels[arch.channels.length - 1]!;
  return { layers, readout: off, bias0: off + cL, size: off + cL + 1 };
}

/** Parameter count W. */
export function paramCount(arch: GcnnArch): number {
  return gcnnLayout(arch).size;
}

/** W_ℓ: parameters of layers 1..ℓ (ℓ = 1..L), as in BHLM and Warren's layerwise bound. */
export function cumulativeParams(arch: GcnnArch): number[] {
  const lay = gcnnLayout(arch);
  return lay.layers.map((l) => l.biases + l.cout);
}

/** Multiply-adds per input function: Σ_ℓ r·s·c_{ℓ−1}·c_ℓ + r·c_L (research/vc.md §5). */
export function macsPerInput(arch: GcnnArch): number {
  const s = arch.taps.length;
  let m = 0;
  for (let l = 1; l < arch.channels.length; l++) m += arch.r * s * arch.channels[l - 1]! * arch.channels[l]!;
  return m + arch.r * arch.channels[arch.channels.length - 1]!;
}

/** Short text: "C_8, 3-tap, channels 1-2-2 (W = 25)". */
export function describeArch(arch: GcnnArch): string {
  const s = arch.taps.length;
  const k = s === arch.r && arch.taps[0] === 0 ? 'full kernel' : `${s}-tap`;
  return `C_${arch.r}, ${k}, channels ${arch.channels.join('-')} (W = ${paramCount(arch)})`;
}

/** Model A of research/vc.md §3.6: C_8, 3-tap kernel, 2 channels, L = 2, W = 25. */
export const MODEL_A: GcnnArch = Object.freeze({ r: 8, taps: [-1, 0, 1], channels: [1, 2, 2] }) as GcnnArch;
