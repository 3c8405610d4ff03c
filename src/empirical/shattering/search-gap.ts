import type { Rng } from '../../core/rng.js';
import { gcnnLayout } from '../../theory/vc/gcnn-arch.js';
import { floorLog2, INDICATOR_EPS, indicatorArch, indicatorInputs, indicatorInterval, indicatorTheta } from '../../theory/vc/indicator.js';
import { GcnnFamily } from '../models/gcnn-family.js';
import type { ShatterFamily } from './family.js';
import { realiseLabelings } from './realise.js';

/**
 * The search gap of the interval-indicator construction (E2.1): train only the 4 biases of
 * the indicator network (weights, output weights ±1/ε and the threshold fixed as in the
 * construction) on the E2.1 functions, for every labeling, and count the labelings the
 * construction realises that training did not find. Biases start as a random interval
 * [a, a + w] ⊂ [0, 2^m + 1]. A gap is a fact about the optimiser, not the class.
 */
export interface SearchGap {
  labelings: number;
  found: number;
  gap: number;
  /** Labelings (bitmasks) the construction realises and training missed. */
  missed: number[];
}

export function searchIndicatorBiases(r: number, rng: Rng, rounds: number, steps = 150): SearchGap {
  const m = floorLog2(r);
  const arch = indicatorArch(r);
  const fixed = indicatorTheta(r, [indicatorInterval(0)]);
  const biases = gcnnLayout(arch).layers[0]!.biases;
  const base = new GcnnFamily(arch, indicatorInputs(m, r), {
    gradMask: Float32Array.from(fixed, (_, q) => (q >= biases && q < biases + 4 ? 1 : 0)),
    fixed,
    name: 'indicator biases',
  });
  const span = 2 ** m + 1;
  const family: ShatterFamily = {
    name: base.name,
    numParams: base.numParams,
    numPoints: base.numPoints,
    gradMask: base.gradMask!,
    scores: (theta) => base.scores(theta),
    exactScores: (theta, offset) => base.exactScores(theta, offset),
    dispose: () => base.dispose(),
    init(count, g) {
      const out = base.init(count, g);
      for (let k = 0; k < count; k++) {
        const a = g.uniform(0, span);
        const b = a + g.uniform(0, 1.5);
        out.set([-(a - INDICATOR_EPS), -a, -b, -(b + INDICATOR_EPS)], k * base.numParams + biases);
      }
      return out;
    },
  };
  try {
    const res = realiseLabelings(family, { rng, rounds, steps, lr: 0.05, gamma: 1e-3, checkEvery: 10, minBatch: 32 });
    const missed = Array.from({ length: 2 ** m }, (_, j) => j).filter((j) => !res.realised.has(j));
    return { labelings: 2 ** m, found: res.realised.size, gap: missed.length, missed };
  } finally {
    family.dispose();
  }
}
