import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../../core/errors.js';
import { parsePointSet } from '../../empirical/shattering/point-file.js';
import { FAMILIES, shatterPoints, type FamilyName, type ShatterReport } from '../../empirical/shattering/shatter-report.js';
import { selectBackend } from '../../gpu/select.js';
import { parse, parseSeed } from '../args.js';
import { table, type Io } from '../io.js';

export const SHATTER_HELP = `theorycheck shatter --family NAME --points FILE [options]
  Realised dichotomies of a point set, the largest shattered subset, and the family's
  proven growth bound. FILE is JSON: an array of points, or {"points": [...]}; a point is a
  number or an array of numbers (a point of R^d, or a function on C_r as its r values).
  --family ${FAMILIES.join('|')}
      halfspace  points in R^d, exact LP for every labeling (Cover's count is the bound)
      threshold, interval   points on the line, exact
      sine       points on the line, [sin(wx) > 0], exact over a finite w range (lower bound)
      gcnn       functions on C_r, batched training accepted by an exact forward pass (lower bound)
      gcnn2      functions on C_r, the two-parameter class, exact oracle
  --kernel K|full       gcnn: kernel taps (default 3)
  --channels LIST       gcnn: hidden channels per layer, e.g. 2,2 (default 2,2)
  --kernel-values LIST  gcnn2: circulant kernel K, e.g. 1,2,0,-1 (default identity)
  --restarts R          gcnn: training rounds, first pass + failure-focused restarts (default 8)
  --steps S             gcnn: Adam steps per round (default 100)
  --seed N              training seed (default 42)
  --backend NAME        tfjs backend for gcnn training (default wasm)
  --json                print {family, n, realised, labelings, exact, missing, largestShattered,
                        upperBound, vcUpperBound, respectsBound, ...}
Exit: 0 the measurement respects the bound, 1 it does not (a bug), 2 bad usage or input.`;

export async function shatterCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse('shatter', argv, {
    family: { type: 'string' },
    points: { type: 'string' },
    kernel: { type: 'string' },
    channels: { type: 'string' },
    'kernel-values': { type: 'string' },
    restarts: { type: 'string' },
    steps: { type: 'string' },
    seed: { type: 'string' },
    backend: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) return io.out(SHATTER_HELP), 0;
  if (positionals.length) throw new UsageError('TC1075', `theorycheck shatter: unexpected argument '${positionals[0]}'; see 'theorycheck shatter --help'`);
  const family = values.family as string | undefined;
  if (!family || !(FAMILIES as readonly string[]).includes(family)) {
    throw new UsageError('TC1076', `--family: ${family ? `unknown family '${family}'` : 'missing'}; expected one of ${FAMILIES.join(', ')}`);
  }
  const file = values.points as string | undefined;
  if (!file) throw new UsageError('TC1076', '--points: missing; expected a JSON file of points');
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError('TC1077', `--points: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const oneD = family === 'threshold' || family === 'interval' || family === 'sine';
  const points = parsePointSet(text, file, oneD ? { dims: 1 } : {});
  const kernel = values.kernel === undefined || values.kernel === 'full' ? ((values.kernel as 'full' | undefined) ?? 3) : positiveInt('--kernel', values.kernel as string);
  const channels = intList('--channels', (values.channels as string | undefined) ?? '2,2', 1);
  const k2 = values['kernel-values'] === undefined ? undefined : numList('--kernel-values', values['kernel-values'] as string);
  if (k2 && k2.length !== points[0]!.length) throw new InputError('TC1078', `--kernel-values: ${k2.length} values, but the functions in ${file} live on C_${points[0]!.length}`);
  if (family === 'gcnn') {
    const backend = await selectBackend((values.backend as string | undefined) ?? 'wasm');
    if (backend.fallback) io.err(`theorycheck: backend fallback: ${backend.fallback}`);
  }
  const report = shatterPoints({
    family: family as FamilyName,
    points,
    seed: parseSeed(values.seed as string | undefined, 42),
    restarts: values.restarts === undefined ? 8 : positiveInt('--restarts', values.restarts as string),
    steps: values.steps === undefined ? 100 : positiveInt('--steps', values.steps as string),
    kernel,
    channels,
    ...(k2 ? { k2 } : {}),
  });
  io.out(values.json ? JSON.stringify(report, null, 2) : render(report));
  return report.respectsBound ? 0 : 1;
}

function render(r: ShatterReport): string {
  const rows = [
    ['family', `${r.family}: ${r.model}`],
    ['points n', String(r.n)],
    ['realised', `${r.realised} of ${r.labelings} labelings${r.exact ? ' (exact)' : ' (lower bound)'}`],
    ['largest shattered', `${r.largestShattered.size} points: {${r.largestShattered.members.join(', ')}}`],
    ['upper bound', r.upperBound === null ? `none (${r.boundSource})` : `${fmt(r.upperBound)} dichotomies, VC <= ${r.vcUpperBound} (${r.boundSource})`],
    ['respects bound', r.respectsBound ? 'yes' : 'NO'],
  ];
  const missing = r.missingCount === 0 ? [] : [`missing (${r.missingCount}${r.missingCount > r.missing.length ? `, first ${r.missing.length}` : ''}; + = label 1): ${r.missing.join(' ')}`];
  return [table(rows), ...missing].join('\n');
}

const fmt = (x: number) => (Number.isInteger(x) && x < 1e15 ? String(x) : x.toPrecision(4));

function positiveInt(flag: string, v: string): number {
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError('TC1079', `${flag}: '${v}' is not a positive integer`);
  return n;
}

function intList(flag: string, v: string, min: number): number[] {
  const xs = v.split(',').map((s) => s.trim());
  if (!xs.length || xs.some((s) => !/^\d+$/.test(s) || Number(s) < min)) throw new UsageError('TC1079', `${flag}: '${v}' is not a comma-separated list of positive integers`);
  return xs.map(Number);
}

function numList(flag: string, v: string): number[] {
  const xs = v.split(',').map((s) => Number(s.trim()));
  if (!xs.length || xs.some((x) => !Number.isFinite(x))) throw new UsageError('TC1079', `${flag}: '${v}' is not a comma-separated list of numbers`);
  return xs;
}
