import fc from 'fast-check';
import type { BudgetName } from '../../src/core/budget.js';
import type { CaseRecord, Scalar } from '../../src/core/claim.js';
import type { PlotSeries } from '../../src/core/plot.js';
import type { Rng } from '../../src/core/rng.js';
import type { ShiftKind } from '../../src/empirical/data/shift.js';
import { runRegularisationStudy, type ModelType, type StudyResult } from '../../src/empirical/train/inv-regularisation-study.js';
import { ratioInterval, studentTQuantile, type MeanInterval } from '../../src/theory/invariance/statistics.js';

/**
 * Shared set-up of the inv.* study claims: the protocol parameters (a point of the
 * hypothesis space) and how the budget sizes the run (seeds and test inputs).
 */
export interface StudyParams {
  /** Regulariser weight λ. */
  lambda: number;
  /** Width of the MLP's hidden layer. */
  hidden: number;
  epochs: number;
  trainCount: number;
}

/** The protocol of the named cases (16px glyphs, Adam 0.015 with cosine decay, batch 100). */
export const PAPER_PROTOCOL: StudyParams = { lambda: 1, hidden: 32, epochs: 12, trainCount: 800 };

/** What the three statistical claims (closer, spectral decay, survives shift) share. */
export const STATISTICAL_CLAIM = {
  tolerance: { abs: 0, rel: 0, reason: 'a statistical claim: the decision is the one-sided 95% Student-t bound over seeds, not a float tolerance' },
  params: studyParams,
  cases: [{ name: 'λ = 1, MLP 256-32-4, 800 glyphs, 12 epochs', params: PAPER_PROTOCOL }],
  runs: { quick: 0, standard: 2, full: 6 },
};

/** λ ∈ [0.3, 3]: beyond it the penalty dominates cross-entropy and the logits shrink. */
export function studyParams(budget: BudgetName): fc.Arbitrary<StudyParams> {
  return fc.record({
    lambda: fc.constantFrom(0.3, 1, 3),
    hidden: fc.constantFrom(32, 64),
    epochs: fc.integer({ min: 12, max: budget === 'full' ? 25 : 16 }),
    trainCount: fc.constantFrom(800, 1200, 2000),
  });
}

/** The seed counts of the budgets with their one-sided t quantiles (for derivation steps). */
export function budgetQuantiles(level: number): { seeds: number; t: number }[] {
  return (['quick', 'standard', 'full'] as const).map((b) => studySize(b).seeds).map((seeds) => ({ seeds, t: studentTQuantile(level, seeds - 1) }));
}

/** Seeds, test inputs and gradient inputs per budget. */
export function studySize(budget: BudgetName): { seeds: number; testCount: number; gradientCount: number } {
  return { quick: { seeds: 3, testCount: 300, gradientCount: 100 }, standard: { seeds: 5, testCount: 500, gradientCount: 200 }, full: { seeds: 10, testCount: 1000, gradientCount: 300 } }[budget];
}

export const describeStudy = (p: StudyParams): string => `λ = ${p.lambda}, MLP 256-${p.hidden}-4, ${p.trainCount} training glyphs, ${p.epochs} epochs`;

/** Run the study for one parameter point. */
export function runStudy(
  rng: Rng,
  budget: BudgetName,
  p: StudyParams,
  models: readonly ModelType[],
  conditions: readonly ShiftKind[],
  gradientConditions: readonly ShiftKind[],
  override: { seeds?: number; gradientCount?: number } = {},
): StudyResult {
  const size = { ...studySize(budget), ...override };
  return runRegularisationStudy(rng, {
    ...size,
    size: 16,
    trainCount: p.trainCount,
    hidden: [p.hidden],
    epochs: p.epochs,
    batchSize: 100,
    learningRate: 0.015,
    schedule: 'cosine',
    lambda: p.lambda,
    models,
    conditions,
    gradientConditions,
  });
}

/** Training failed for a seed: a model that does not fit its clean test data proves nothing. */
export function failedTraining(study: StudyResult, minAccuracy = 0.9): string | null {
  for (const [s, row] of study.seeds.entries()) {
    for (const [type, m] of Object.entries(row)) {
      if (!m) continue;
      if (m.diverged) return `seed ${s}: ${type} model diverged`;
      const acc = m.conditions.clean?.accuracy ?? null;
      if (acc !== null && acc < minAccuracy) return `seed ${s}: ${type} model reached only ${acc.toFixed(3)} clean test accuracy (< ${minAccuracy})`;
    }
  }
  return null;
}

/** Per-seed ratio a/b of a metric, with its one-sided 95% t interval on the geometric mean. */
export function seedRatio(study: StudyResult, value: (row: StudyResult['seeds'][number]) => [number, number]): { ratios: number[]; ci: MeanInterval } {
  const ratios = study.seeds.map((row) => {
    const [a, b] = value(row);
    return a / Math.max(b, 1e-30);
  });
  return { ratios, ci: ratioInterval(ratios, 0.95, 'one') };
}

/** Bars with 95% CI error bars from case summaries: one series per model, x = condition index. */
export function barsWithErrors(records: CaseRecord[], models: readonly string[], conditions: readonly string[], key: (model: string, condition: string, part: 'mean' | 'low' | 'high') => string): PlotSeries[] {
  const r = records[0];
  if (!r) return [];
  const num = (v: Scalar | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  const series: PlotSeries[] = [];
  for (const model of models) {
    const points = conditions.flatMap((c, i) => {
      const y = num(r.summary[key(model, c, 'mean')]);
      const yLow = num(r.summary[key(model, c, 'low')]);
      const yHigh = num(r.summary[key(model, c, 'high')]);
      if (y === null) return [];
      return [{ x: i, y, label: `${model} · ${c}`, ...(yLow !== null && yHigh !== null ? { yLow, yHigh } : {}) }];
    });
    series.push({ name: `${model} (bars: 95% CI)`, style: 'bars', points });
  }
  return series;
}
