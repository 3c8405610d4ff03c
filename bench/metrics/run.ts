/**
 * Benchmark: every disentanglement metric on 10000 samples × 10 codes × 5 factors, timed in
 * TypeScript (src/empirical/disentanglement) and, on the same arrays, in the numpy/sklearn
 * peer (bench/metrics/peer_sklearn.py, Debian's /usr/bin/python3). Prints a Markdown table of
 * times, their ratio and both values.
 *
 *   npx tsc -p bench/metrics/tsconfig.json && node dist/bench-metrics/bench/metrics/run.js [--samples N] [--repeat R] [--only mig,dci] [--no-peer]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { Rng } from '../../src/core/rng.js';
import { uniformFactors } from '../../src/empirical/data/ground-truth-sets.js';
import { allMetricsOnArrays, LIBRARY_SIZES, METRIC_NAMES, type MetricName, type MetricScores } from '../../src/empirical/disentanglement/all-metrics.js';
import { generateBatchFactorCode } from '../../src/empirical/disentanglement/sampling.js';
import { writeNpy } from '../../src/empirical/disentanglement/npy.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const N = flag('--samples', 10000);
const REPEAT = flag('--repeat', 1);
const onlyAt = args.indexOf('--only');
const ONLY = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',') : [...METRIC_NAMES];
const PEER = !args.includes('--no-peer');
const SIZES = [3, 6, 10, 8, 5];
const D = 10;

/** A "learned"-looking representation: 5 noisy, slightly mixed codes and 5 weak/nuisance codes. */
function benchData(seed: number) {
  const rng = new Rng(seed);
  const mix = Array.from({ length: D }, (_, j) => SIZES.map((_, i) => (j < 5 ? (i === j ? 1 : 0.15 * rng.normal()) : 0.3 * rng.normal())));
  const data = uniformFactors(SIZES);
  return generateBatchFactorCode(
    data,
    (factors, r) => {
      const n = factors[0]?.length ?? 0;
      return mix.map((w) => {
        const out = new Float64Array(n);
        for (let p = 0; p < n; p++) {
          let s = 0.1 * r.normal();
          w.forEach((wi, i) => (s += wi * (((factors[i] as Int32Array)[p] as number) - ((SIZES[i] as number) - 1) / 2)));
          out[p] = s;
        }
        return out;
      });
    },
    N,
    rng,
    16,
  );
}

const data = benchData(0);
const dir = join(process.cwd(), 'bench', '.tmp');
mkdirSync(dir, { recursive: true });
const toMatrix = (rows: Float64Array[]) => {
  const n = rows[0]?.length ?? 0;
  const out = new Float64Array(n * rows.length);
  rows.forEach((r, j) => r.forEach((v, p) => (out[p * rows.length + j] = v)));
  return { rows: n, cols: rows.length, data: out };
};
writeFileSync(join(dir, 'codes.npy'), writeNpy(toMatrix(data.codes)));
writeFileSync(join(dir, 'factors.npy'), writeNpy(toMatrix(data.factors), { int: true }));

const tsTimes: Partial<Record<MetricName, number>> = {};
const tsCpu: Partial<Record<MetricName, number>> = {};
const tsValues: MetricScores = {};
const selected = METRIC_NAMES.filter((m) => ONLY.includes(m));
for (const m of selected) {
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r < REPEAT; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    Object.assign(tsValues, allMetricsOnArrays(data, 0, LIBRARY_SIZES, [m], { shuffle: false }));
    const c = process.cpuUsage(c0);
    best = Math.min(best, (performance.now() - t0) / 1000);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6);
  }
  tsTimes[m] = best;
  tsCpu[m] = bestCpu;
}

type Peer = Record<string, unknown> & { seconds: Record<string, number>; cpu_seconds: Record<string, number>; versions: Record<string, string> };
const peer: Peer = PEER
  ? (JSON.parse(
      execFileSync('/usr/bin/python3', [join('bench', 'metrics', 'peer_sklearn.py'), '--codes', join(dir, 'codes.npy'), '--factors', join(dir, 'factors.npy'), '--metrics', selected.join(',')], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as Peer)
  : { seconds: {}, cpu_seconds: {}, versions: {} };

const show = (v: unknown): string => (typeof v === 'number' ? v.toFixed(4) : v && typeof v === 'object' ? Object.values(v as Record<string, number>).map((x) => x.toFixed(3)).join(' / ') : '—');
const rows = selected.map((m) => {
  const t = tsTimes[m] ?? NaN;
  const p = peer.seconds[m] ?? NaN;
  const tc = tsCpu[m] ?? NaN;
  const pc = peer.cpu_seconds[m] ?? NaN;
  return `| ${m} | ${t.toFixed(3)} | ${p.toFixed(3)} | ${(p / t).toFixed(2)} | ${tc.toFixed(3)} | ${pc.toFixed(3)} | ${(pc / tc).toFixed(2)} | ${show(tsValues[m])} | ${show(peer[m])} |`;
});
const sum = (o: Partial<Record<string, number>>) => Object.values(o).reduce((a: number, b) => a + (b ?? 0), 0);
const [tsTotal, peerTotal, tsCpuTotal, peerCpuTotal] = [sum(tsTimes), sum(peer.seconds), sum(tsCpu), sum(peer.cpu_seconds)];
console.log(`machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; peer ${JSON.stringify(peer.versions)}`);
console.log(`data: ${N} samples × ${D} codes × ${SIZES.length} factors (sizes [${SIZES.join(', ')}]); best of ${REPEAT}\n`);
console.log('| metric | TS wall s | peer wall s | peer/TS wall | TS CPU s | peer CPU s | peer/TS CPU | TS value | peer value |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`| **all** | ${tsTotal.toFixed(2)} | ${peerTotal.toFixed(2)} | ${(peerTotal / tsTotal).toFixed(2)} | ${tsCpuTotal.toFixed(2)} | ${peerCpuTotal.toFixed(2)} | ${(peerCpuTotal / tsCpuTotal).toFixed(2)} | | |`);
console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
