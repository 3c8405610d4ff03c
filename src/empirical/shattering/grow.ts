import type { ShatterFamily } from './family.js';
import { realiseLabelings, type RealiseOptions } from './realise.js';

/**
 * A VC lower bound by growing a shattered set (research/vc.md §4): add one candidate point at
 * a time and keep it if training (accepted by the exact pass) still realises every labeling
 * of the grown set. Each kept size is witnessed, so the final size is a lower bound on the
 * VC dimension; a rejected candidate proves nothing.
 */
export interface GrowOptions extends Omit<RealiseOptions, 'labelings'> {
  /** Stop once the set has this many points. */
  target: number;
  /** Candidates tried in all. */
  maxCandidates: number;
}

export interface GrowResult<P> {
  points: P[];
  /** Per candidate: the set size tried and whether it was shattered. */
  history: { size: number; shattered: boolean; realised: number }[];
}

export function growShatteredSet<P>(makeFamily: (points: P[]) => ShatterFamily, candidate: () => P, opts: GrowOptions): GrowResult<P> {
  const points: P[] = [];
  const history: GrowResult<P>['history'] = [];
  for (let c = 0; c < opts.maxCandidates && points.length < opts.target; c++) {
    const trial = [...points, candidate()];
    const family = makeFamily(trial);
    try {
      const res = realiseLabelings(family, { ...opts, rng: opts.rng.fork('grow', c) });
      const shattered = res.realised.size === 2 ** trial.length;
      history.push({ size: trial.length, shattered, realised: res.realised.size });
      if (shattered) points.push(trial[trial.length - 1]!);
    } finally {
      family.dispose();
    }
  }
  return { points, history };
}
