import type { Activation } from '../../theory/equivariance/activations.js';

/**
 * Weight gain for random probes, per activation: enough to use the non-linear range of
 * saturating activations (sigmoid's slope is 1/4 at 0), small enough that polynomial
 * activations keep their values (and float32 rounding) far below the census thresholds.
 */
export function probeGain(a: Activation): number {
  switch (a.kind) {
    case 'sigmoid':
      return 4;
    case 'softplus':
      return 2;
    case 'power':
      return 0.5;
    default:
      return 1.5;
  }
}
