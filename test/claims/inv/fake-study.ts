import type { ShiftKind } from '../../../src/empirical/data/shift.js';
import type { ConditionMetrics, ModelType, StudyResult } from '../../../src/empirical/train/inv-regularisation-study.js';

/** A synthetic study result: per seed, per model, per condition overrides of the metrics. */
export function fakeStudy(rows: Partial<Record<ModelType, Partial<Record<ShiftKind, Partial<ConditionMetrics>>>>>[]): StudyResult {
  const metric = (m: Partial<ConditionMetrics>): ConditionMetrics => ({
    accuracy: 1,
    lie: 0.05,
    pdi: 1,
    jsd: 0,
    agreement: 1,
    sis: 0.8,
    gradNorm: 7,
    jacobianFrobenius: 14,
    jacobianTop: 12,
    spectrum: [12, 8, 3, 0],
    ...m,
  });
  return {
    config: {} as StudyResult['config'],
    seeds: rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([type, conds]) => [
          type,
          { finalLoss: 0.01, finalPenalty: 0, diverged: false, conditions: Object.fromEntries(Object.entries(conds!).map(([c, m]) => [c, metric(m!)])) },
        ]),
      ),
    ),
    saliency: {},
    trainMs: 0,
    measureMs: 0,
  };
}
