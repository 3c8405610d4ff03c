import { Rng } from '../../core/rng.js';
import { halfspaceDichotomies, intervalDichotomies, signsOf, thresholdDichotomies } from '../../theory/vc/dichotomies.js';
import { describeArch, gcnnArch } from '../../theory/vc/gcnn-arch.js';
import { binomial, coverCount } from '../../theory/vc/growth.js';
import { shatterCensus, subsetIndices } from '../../theory/vc/shatter.js';
import { sineDichotomies } from '../../theory/vc/sine-dichotomies.js';
import { circularCorrelate, twoParamDichotomies, twoParamGrowthBound, twoParamVcBound } from '../../theory/vc/two-param.js';
import { warrenGrowthBound, warrenVcBound } from '../../theory/vc/warren.js';
import { GcnnFamily } from '../models/gcnn-family.js';
import { realiseLabelings } from './realise.js';

/**
 * `theorycheck shatter` without the I/O: realise the labelings of a user's point set in one
 * family, exactly where an oracle exists (halfspace: exact LP; threshold, interval; gcnn2:
 * the exact two-parameter oracle), by a finite ω scan (sine) or by batched training accepted
 * by the float64 forward pass (gcnn: a lower bound), and compare with the family's growth bound.
 */
export const FAMILIES = ['halfspace', 'threshold', 'interval', 'sine', 'gcnn', 'gcnn2'] as const;
export type FamilyName = (typeof FAMILIES)[number];

export interface ShatterRequest {
  family: FamilyName;
  points: number[][];
  seed: number;
  restarts: number;
  steps: number;
  /** gcnn: kernel taps (or 'full') and hidden channels. */
  kernel: number | 'full';
  channels: number[];
  /** gcnn2: a circulant kernel K (default: identity). */
  k2?: number[];
}

export interface ShatterReport {
  family: FamilyName;
  /** The model, e.g. the GCNN architecture. */
  model: string;
  n: number;
  labelings: number;
  realised: number;
  /** True when `realised` is the exact count; false for a lower bound (training, ω scan). */
  exact: boolean;
  /** Labelings not realised, as sign strings (+ = label 1), at most 64 listed. */
  missing: string[];
  missingCount: number;
  largestShattered: { size: number; members: number[] };
  /** Proven bound on the growth function at n (null: none, e.g. sine). */
  upperBound: number | null;
  vcUpperBound: number | null;
  boundSource: string;
  respectsBound: boolean;
}

export function shatterPoints(req: ShatterRequest): ShatterReport {
  const n = req.points.length;
  const xs = req.points.map((p) => p[0]!);
  let set: Set<number>;
  let exact = true;
  let model: string = req.family;
  let upperBound: number | null;
  let vcUpperBound: number | null;
  let boundSource: string;
  switch (req.family) {
    case 'halfspace': {
      const d = req.points[0]!.length;
      set = halfspaceDichotomies(req.points);
      model = `affine halfspaces in R^${d}`;
      upperBound = Number(coverCount(n, d));
      vcUpperBound = d + 1;
      boundSource = "Cover's count 2 Σ_{k<=d} C(n−1, k) (the growth function of halfspaces)";
      break;
    }
    case 'threshold':
      set = thresholdDichotomies(xs);
      model = 'one-sided thresholds [x >= t]';
      upperBound = n + 1;
      vcUpperBound = 1;
      boundSource = 'growth function n + 1';
      break;
    case 'interval':
      set = intervalDichotomies(xs);
      model = 'closed intervals [a <= x <= b]';
      upperBound = Number(1n + BigInt(n) + binomial(n, 2));
      vcUpperBound = 2;
      boundSource = 'growth function 1 + n + C(n, 2)';
      break;
    case 'sine': {
      const scan = sineDichotomies(xs, Math.PI * 2 ** (n + 2) / Math.max(1e-12, Math.min(...xs.filter((x) => x !== 0).map(Math.abs), 1)));
      set = scan.labelings;
      exact = false;
      model = `[sin(ωx) > 0], |ω| <= ${scan.omegaMax.toPrecision(4)}`;
      upperBound = null;
      vcUpperBound = null;
      boundSource = 'none: the class has infinite VC dimension';
      break;
    }
    case 'gcnn2': {
      const r = req.points[0]!.length;
      set = twoParamDichotomies(req.points.map((f) => circularCorrelate(req.k2 ?? [1], f)));
      model = `two-parameter GCNN class on C_${r}${req.k2 ? ` with kernel (${req.k2.join(', ')})` : ''}`;
      upperBound = Number(twoParamGrowthBound(n, r));
      vcUpperBound = twoParamVcBound(r);
      boundSource = 'P1-b: 2(n + 1 + (2r+1) C(n, 2)) + 2';
      break;
    }
    case 'gcnn': {
      const arch = gcnnArch(req.points[0]!.length, req.kernel, [1, ...req.channels]);
      const family = new GcnnFamily(arch, req.points);
      try {
        set = realiseLabelings(family, { rng: new Rng(req.seed), rounds: req.restarts, steps: req.steps, lr: 0.05, gamma: 1e-3, minBatch: 64 }).realised;
      } finally {
        family.dispose();
      }
      exact = false;
      model = describeArch(arch);
      upperBound = warrenGrowthBound(arch, n);
      vcUpperBound = warrenVcBound(arch);
      boundSource = 'Warren-layerwise growth bound (research/vc.md §3.6)';
      break;
    }
  }
  const labelings = 2 ** n;
  const missingAll = Array.from({ length: labelings }, (_, m) => m).filter((m) => !set.has(m));
  const census = shatterCensus(set, n);
  return {
    family: req.family,
    model,
    n,
    labelings,
    realised: set.size,
    exact,
    missing: missingAll.slice(0, 64).map((m) => signsOf(m, n)),
    missingCount: missingAll.length,
    largestShattered: { size: Math.max(0, census.largestSize), members: subsetIndices(census.largest) },
    upperBound,
    vcUpperBound,
    boundSource,
    respectsBound: (upperBound === null || set.size <= upperBound) && (vcUpperBound === null || census.largestSize <= vcUpperBound),
  };
}
