import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.js';
import { allMetricsOnArrays, LIBRARY_SIZES, METRIC_NAMES, type MetricName, type MetricScores } from '../../empirical/disentanglement/all-metrics.js';
import { columnsOf, parseMatrixFile } from '../../empirical/disentanglement/matrix-input.js';
import type { Matrix } from '../../empirical/disentanglement/npy.js';
import { parse, parsePositiveNumber, parseSeed } from '../args.js';
import { table, type Io } from '../io.js';

export const METRICS_HELP = `theorycheck metrics --codes FILE --factors FILE [--metric NAME]... [--json] [--seed S] [--intervention-points N]
  Disentanglement metrics of your codes against ground-truth factors, as disentanglement_lib
  defines them (20-bin histograms, MI in nats, sklearn-equivalent classifiers).
  FILE: JSON (an array of rows, one per sample, or an array of numbers for one column) or
  .npy (float32/float64/int/bool, C order, 1-D or 2-D). Codes: N x D; factors: N x K labels.
  --metric NAME   repeatable; one of ${METRIC_NAMES.join(', ')} (default: all)
  --json          print {"mig": ..., "dci": {"disentanglement", "completeness", "informativeness"}, ...}
  --seed S        seed of the train/test shuffle and of BetaVAE/FactorVAE sampling (default 0)
  --intervention-points N  BetaVAE/FactorVAE training points (default 10000; evaluation N/2)
  MIG, DCIMIG, Modularity, IRS and SAP-continuous use every row; SAP, Explicitness and DCI train
  on 2/3 of the rows (seeded shuffle) and test on the rest; BetaVAE and FactorVAE hold a factor
  fixed by drawing rows that share its value. Bad input exits 2 naming the file and the row.`;

async function load(file: string, io: Io): Promise<Matrix> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (e) {
    throw new InputError('TC1065', `cannot read '${file}': ${String((e as Error).message).split('\n')[0]}`);
  }
  return parseMatrixFile(bytes, file);
}

function formatRows(scores: MetricScores): string[][] {
  const rows: string[][] = [['metric', 'score']];
  for (const name of METRIC_NAMES) {
    if (name === 'dci') {
      if (scores.dci) for (const [k, v] of Object.entries(scores.dci)) rows.push([`dci.${k}`, v.toFixed(4)]);
    } else if (scores[name] !== undefined) rows.push([name, (scores[name] as number).toFixed(4)]);
  }
  return rows;
}

/** `theorycheck metrics`: every (or the named) disentanglement metric of given codes and factors. */
export async function metricsCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse('metrics', argv, {
    codes: { type: 'string' },
    factors: { type: 'string' },
    metric: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    seed: { type: 'string' },
    'intervention-points': { type: 'string' },
  });
  if (values.help) return io.out(METRICS_HELP), 0;
  const codesFile = values.codes as string | undefined;
  const factorsFile = values.factors as string | undefined;
  if (!codesFile || !factorsFile) throw new UsageError('TC1008', `theorycheck metrics: --codes FILE and --factors FILE are both required; see 'theorycheck metrics --help'`);
  const requested = ((values.metric as unknown as string[] | undefined) ?? []).map((m) => m.toLowerCase());
  for (const m of requested) {
    if (!(METRIC_NAMES as readonly string[]).includes(m)) throw new UsageError('TC1064', `--metric: unknown metric '${m}'; expected one of ${METRIC_NAMES.join(', ')}`);
  }
  const seed = parseSeed(values.seed as string | undefined, 0);
  const points = parsePositiveNumber('--intervention-points', values['intervention-points'] as string | undefined);
  const codes = await load(codesFile, io);
  const factors = await load(factorsFile, io);
  if (codes.rows !== factors.rows) {
    const [longer, first] = codes.rows > factors.rows ? [codesFile, factors.rows] : [factorsFile, codes.rows];
    throw new InputError('TC1063', `${longer}: row ${first} has no matching row in the other file (${codesFile} has ${codes.rows} rows, ${factorsFile} has ${factors.rows}); expected one row per sample in both`);
  }
  if (codes.rows < 2) throw new InputError('TC1063', `${codesFile}: ${codes.rows} row; at least 2 samples are needed`);
  const n = points === undefined ? LIBRARY_SIZES.interventionTrain : Math.max(1, Math.round(points));
  const sizes = { ...LIBRARY_SIZES, interventionTrain: n, interventionEval: Math.max(1, Math.round(n / 2)) };
  const which = (requested.length ? requested : METRIC_NAMES) as readonly MetricName[];
  const scores = allMetricsOnArrays({ codes: columnsOf(codes), factors: columnsOf(factors) }, seed, sizes, which);
  if (values.json) io.out(JSON.stringify(scores, null, 2));
  else io.out(`${codes.rows} samples, ${codes.cols} codes, ${factors.cols} factors\n${table(formatRows(scores))}`);
  return 0;
}
