import type { GcnnArch } from '../../theory/vc/gcnn-arch.js';

/**
 * The model families the fused kernels train: group-convolutional networks over C_r
 * (src/theory/vc/gcnn-arch.ts: L layers of G-correlation with a kernel on `taps`, ReLU, sum
 * pooling over the group, linear read-out with a bias), and ReLU MLPs d-h_1-…-h_k-1 as the
 * special case r = 1, taps = [0] (then θ is W_1 [h_1][d], b_1, …, v [h_k], b_0: the usual
 * MLP layout). Parameters of one model are in gcnnLayout order.
 */
export interface FusedArch extends GcnnArch {
  /** 'zero' drops taps that fall outside 0..r−1 (not equivariant; a test variant). */
  padding?: 'circular' | 'zero';
}

/** Loss summed over a model's points: hinge max(0, 1 − y s) (the engine's) or logistic log(1 + e^{−y s}). */
export type FusedLoss = 'hinge' | 'logistic';

/** Kernel limits (native/wasm/fused.c): depth, taps, parameters and activations per model. */
export const FUSED_LIMITS = { maxDepth: 8, maxTaps: 64, maxParams: 16384, maxActivations: 16384, maxLayerActivations: 8192 } as const;

/** The MLP d-h_1-…-h_k-1 (ReLU hidden layers, linear scalar output) as a fused architecture. */
export function mlpArch(inputDim: number, hidden: readonly number[]): FusedArch {
  return { r: 1, taps: [0], channels: [inputDim, ...hidden], padding: 'circular' };
}

/** The kernel's integer encoding: [r, s, L, zero, taps…, channels…]. */
export function encodeArch(arch: FusedArch): Int32Array {
  const L = arch.channels.length - 1;
  return Int32Array.from([arch.r, arch.taps.length, L, arch.padding === 'zero' ? 1 : 0, ...arch.taps, ...arch.channels]);
}

/** Parameter count W (gcnnLayout order). */
export function fusedParamCount(arch: FusedArch): number {
  const s = arch.taps.length;
  let w = 0;
  for (let l = 1; l < arch.channels.length; l++) w += s * arch.channels[l - 1]! * arch.channels[l]! + arch.channels[l]!;
  return w + arch.channels[arch.channels.length - 1]! + 1;
}

/** Why the fused kernel cannot train this architecture, or null when it can. */
export function fusedUnsupported(arch: FusedArch): string | null {
  const L = arch.channels.length - 1;
  if (!Number.isInteger(arch.r) || arch.r < 1) return `r must be a positive integer, got ${arch.r}`;
  if (L < 1 || L > FUSED_LIMITS.maxDepth) return `depth ${L} outside 1..${FUSED_LIMITS.maxDepth}`;
  if (arch.taps.length < 1 || arch.taps.length > FUSED_LIMITS.maxTaps) return `${arch.taps.length} taps outside 1..${FUSED_LIMITS.maxTaps}`;
  if (arch.taps.some((t) => !Number.isInteger(t) || Math.abs(t) > 1 << 20)) return 'taps must be integers';
  if (arch.channels.some((c) => !Number.isInteger(c) || c < 1)) return 'channels must be positive integers';
  const W = fusedParamCount(arch);
  if (W > FUSED_LIMITS.maxParams) return `${W} parameters per model > ${FUSED_LIMITS.maxParams}`;
  const act = arch.channels.slice(1).reduce((a, c) => a + arch.r * c, 0);
  if (act > FUSED_LIMITS.maxActivations) return `${act} activations per point > ${FUSED_LIMITS.maxActivations}`;
  const widest = Math.max(...arch.channels.slice(1).map((c) => arch.r * c));
  if (widest > FUSED_LIMITS.maxLayerActivations) return `a layer with ${widest} activations per point > ${FUSED_LIMITS.maxLayerActivations}`;
  return null;
}

/** Multiply-adds per input point, forward: Σ_ℓ r·s·c_{ℓ−1}·c_ℓ + r·c_L (research/vc.md §5). */
export function fusedMacsPerPoint(arch: FusedArch): number {
  const s = arch.taps.length;
  let m = 0;
  for (let l = 1; l < arch.channels.length; l++) m += arch.r * s * arch.channels[l - 1]! * arch.channels[l]!;
  return m + arch.r * arch.channels[arch.channels.length - 1]!;
}
