import type { Rng } from '../../core/rng.js';
import { trainHingeAuto } from '../train/train-hinge-auto.js';
import { signedMargin, labelOf, type ShatterFamily } from './family.js';

/**
 * The batched shattering engine (research/vc.md §4): train one model per target labeling,
 * all at once, then spend restarts only on the labelings not yet realised (failure-focused
 * restarts), taking the union over rounds. A labeling counts as realised only when the float64
 * forward pass with the trained parameters gives min_i y_i s_i >= γ; the loss is never used.
 * Where the class is closed under complement, one model per complementary pair is trained and
 * the pair's other member is checked with the negated parameters (also by the exact pass).
 * The result is a lower bound on the class's dichotomies on these points, nothing more.
 */
export interface RealiseOptions {
  rng: Rng;
  /** Labelings to try (bitmasks); default all 2^n. */
  labelings?: readonly number[];
  /** Training rounds: the first pass plus failure-focused restarts. */
  rounds: number;
  steps: number;
  lr: number;
  /** Acceptance margin γ of the exact forward pass. */
  gamma: number;
  checkEvery?: number;
  /** Models per pending labeling in each round (default 1). */
  copies?: number;
  /**
   * Fill late rounds up to this many models with extra copies of the pending labelings
   * (default 0): a small batch costs almost as much per step as a larger one, so the few
   * hard labelings left after the first rounds get several fresh starts at once.
   */
  minBatch?: number;
  /** Train one labeling per complementary pair (default: when the family can negate). */
  useComplement?: boolean;
}

export interface RoundStats {
  round: number;
  /** Models trained in this round. */
  trained: number;
  /** Realised labelings after the round. */
  realised: number;
}

export interface RealisedSet {
  n: number;
  /** Number of target labelings. */
  targets: number;
  realised: Set<number>;
  /** Exact margin min_i y_i s_i of the accepted witness, per realised labeling. */
  margins: Map<number, number>;
  /** The accepted parameters, per realised labeling. */
  witnesses: Map<number, Float32Array>;
  rounds: RoundStats[];
  /** Σ models × steps actually trained (early-stopped models count their own steps). */
  modelSteps: number;
}

export function realiseLabelings(family: ShatterFamily, opts: RealiseOptions): RealisedSet {
  const n = family.numPoints;
  const W = family.numParams;
  if (n > 30) throw new RangeError(`realiseLabelings: at most 30 points, got ${n}`);
  const full = n === 0 ? 0 : (2 ** n - 1) >>> 0;
  const targets = opts.labelings ? [...new Set(opts.labelings)] : Array.from({ length: 2 ** n }, (_, m) => m);
  const targetSet = new Set(targets);
  const negate = (opts.useComplement ?? true) ? family.negate : undefined;
  const canon = (m: number) => (negate ? Math.min(m, (full & ~m) >>> 0) : m);
  const reps = [...new Set(targets.map(canon))];
  const covered = (rep: number) => (negate ? [rep, (full & ~rep) >>> 0] : [rep]).filter((m) => targetSet.has(m));

  const realised = new Set<number>();
  const margins = new Map<number, number>();
  const witnesses = new Map<number, Float32Array>();
  const rounds: RoundStats[] = [];
  let modelSteps = 0;
  const copies = Math.max(1, opts.copies ?? 1);

  const accept = (mask: number, theta: Float32Array) => {
    const mg = signedMargin(family.exactScores(theta, 0), mask);
    if (mg >= opts.gamma && !(margins.get(mask)! >= mg)) {
      realised.add(mask);
      margins.set(mask, mg);
      witnesses.set(mask, theta);
    }
  };

  for (let round = 1; round <= opts.rounds; round++) {
    const pending = reps.filter((rep) => covered(rep).some((m) => !realised.has(m)));
    if (pending.length === 0) break;
    const k = Math.max(copies, Math.floor((opts.minBatch ?? 0) / pending.length));
    const jobs = pending.flatMap((rep) => Array.from({ length: k }, () => rep));
    const labels = new Float32Array(jobs.length * n);
    jobs.forEach((rep, k) => {
      for (let i = 0; i < n; i++) labels[k * n + i] = labelOf(rep, i);
    });
    const theta0 = family.init(jobs.length, opts.rng.fork('round', round));
    const res = trainHingeAuto(family, theta0, labels, {
      steps: opts.steps,
      lr: opts.lr,
      ...(opts.checkEvery !== undefined ? { checkEvery: opts.checkEvery } : {}),
      ...(family.gradMask ? { gradMask: family.gradMask } : {}),
    });
    modelSteps += res.modelSteps;
    jobs.forEach((rep, k) => {
      const theta = res.theta.slice(k * W, (k + 1) * W);
      for (const m of covered(rep)) accept(m, m === rep ? theta : negate!(theta, 0));
    });
    rounds.push({ round, trained: jobs.length, realised: realised.size });
  }
  return { n, targets: targets.length, realised, margins, witnesses, rounds, modelSteps };
}
