import type { Rng } from '../../core/rng.js';

/**
 * Interleaved spirals in R^2, one arm per class: radius t ∈ [0.1, 1], angle
 * 3.5 t + 2πc/classes, with Gaussian noise. A small, non-linearly separable task for
 * training the MLPs that representation measures and stitching compare.
 */
export interface Labelled {
  x: Float32Array;
  labels: Int32Array;
  n: number;
}

export function spirals(perClass: number, classes: number, rng: Rng, noise = 0.04): Labelled {
  const n = perClass * classes;
  const x = new Float32Array(2 * n);
  const labels = new Int32Array(n);
  for (let c = 0; c < classes; c++) {
    for (let i = 0; i < perClass; i++) {
      const t = 0.1 + 0.9 * rng.next();
      const angle = 3.5 * t + (2 * Math.PI * c) / classes;
      const k = c * perClass + i;
      x[2 * k] = t * Math.cos(angle) + rng.normal(0, noise);
      x[2 * k + 1] = t * Math.sin(angle) + rng.normal(0, noise);
      labels[k] = c;
    }
  }
  return { x, labels, n };
}
