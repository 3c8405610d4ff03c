import { Rng } from '../../../../src/core/rng.js';
import { fusedParamCount, type FusedArch } from '../../../../src/gpu/fused/index.js';

/** A random problem: n Gaussian inputs, B models with N(0, std²) parameters, ±1 labels. */
export function randomProblem(arch: FusedArch, B: number, n: number, seed: number, std = 0.7) {
  const rng = new Rng(seed);
  const W = fusedParamCount(arch);
  const inputs = Array.from({ length: n }, () => rng.normals(arch.r * arch.channels[0]!, 1));
  const theta = Float32Array.from(rng.normals(B * W, std));
  const labels = Float32Array.from({ length: B * n }, () => (rng.next() < 0.5 ? -1 : 1));
  return { W, inputs, theta, labels };
}

/** max over models of ‖a_k − b_k‖ / ‖b_k‖ (rows of W values). */
export function worstRelative(a: ArrayLike<number>, b: ArrayLike<number>, W: number): number {
  let worst = 0;
  for (let k = 0; k < a.length / W; k++) {
    let d = 0;
    let nb = 0;
    for (let q = 0; q < W; q++) {
      d += (a[k * W + q]! - b[k * W + q]!) ** 2;
      nb += b[k * W + q]! ** 2;
    }
    worst = Math.max(worst, Math.sqrt(d / Math.max(nb, 1e-30)));
  }
  return worst;
}

/** The architectures under test: both compiled fast paths and generic shapes (zero padding, depth 3, MLP 3-5-4-1). */
export const ARCHS: { name: string; arch: FusedArch; n: number; path: string }[] = [
  { name: 'MLP 2-16-1', arch: { r: 1, taps: [0], channels: [2, 16] }, n: 12, path: 'mlp-2-16-1' },
  { name: 'model A (C_8, 3-tap, 1-2-2)', arch: { r: 8, taps: [-1, 0, 1], channels: [1, 2, 2] }, n: 10, path: 'gcnn-a' },
  { name: 'C_5, taps {0,2}, 2-3-1-2, zero padding', arch: { r: 5, taps: [0, 2], channels: [2, 3, 1, 2], padding: 'zero' }, n: 7, path: 'generic' },
  { name: 'MLP 3-5-4-1', arch: { r: 1, taps: [0], channels: [3, 5, 4] }, n: 9, path: 'generic' },
];
