/**
 * Shared machinery of `npm run bench`: timing (wall and process CPU time), the PyTorch / numpy
 * peers run as Debian's system python3 side by side with ours, and the machine description
 * written into bench/RESULTS.md.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

/** One measured variant of a workload. */
export interface Timing {
  /** Median over rounds of the per-round median, milliseconds per step. */
  wallMs: number;
  cpuMs: number;
  /** Steps timed in total. */
  steps: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Time `step` (one training step) `steps` times after at least `warmup` steps and `warmupMs`
 * milliseconds (V8 first runs WebAssembly as baseline Liftoff code and swaps in optimised
 * TurboFan code after a while), in chunks of `chunk` steps so that process CPU time is read
 * over a few milliseconds at least.
 * Returns the median per-step wall and CPU milliseconds over the chunks.
 */
export function timeSteps(step: () => void, warmup: number, steps: number, chunk = 1, warmupMs = 0): { wall: number; cpu: number } {
  const until = performance.now() + warmupMs;
  for (let i = 0; i < warmup || performance.now() < until; i++) step();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let done = 0; done < steps; done += chunk) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < chunk; i++) step();
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    wall.push(t / chunk);
    cpu.push((c.user + c.system) / 1e3 / chunk);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** Combine rounds: the median of the per-round medians. */
export function combine(rounds: { wall: number; cpu: number }[], steps: number): Timing {
  return { wallMs: median(rounds.map((r) => r.wall)), cpuMs: median(rounds.map((r) => r.cpu)), steps };
}

export const PYTHON = process.env.THEORYCHECK_PYTHON ?? '/usr/bin/python3';
const peersDir = fileURLToPath(new URL('../../bench/peers/', import.meta.url));

/**
 * Run a peer script on `threads` threads; its last stdout line is JSON. OMP_NUM_THREADS and
 * MKL_NUM_THREADS are set as well as torch.set_num_threads: with the latter alone, Debian's
 * PyTorch still ran some ops (roll/cat backward) on a second OpenMP thread (process CPU time
 * twice the wall time). Returns the reason when it cannot run.
 */
export function runPeer(script: string, args: (string | number)[], threads = 1): { ok: true; out: Record<string, unknown> } | { ok: false; why: string } {
  const env = { ...process.env, OMP_NUM_THREADS: String(threads), MKL_NUM_THREADS: String(threads) };
  const r = spawnSync(PYTHON, [peersDir + script, ...args.map(String), String(threads)], { encoding: 'utf8', maxBuffer: 64 << 20, env });
  if (r.error) return { ok: false, why: `${PYTHON}: ${r.error.message}` };
  if (r.status !== 0) return { ok: false, why: (r.stderr || r.stdout).trim().split('\n').slice(-1)[0] ?? `exit ${r.status}` };
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return { ok: true, out: JSON.parse(line) as Record<string, unknown> };
  } catch {
    return { ok: false, why: `unparsable peer output: ${line.slice(0, 200)}` };
  }
}

/** Per-step medians of a peer's `wall_ms` / `cpu_ms` arrays. */
export function peerTiming(out: Record<string, unknown>): { wall: number; cpu: number } {
  return { wall: median(out.wall_ms as number[]), cpu: median(out.cpu_ms as number[]) };
}

/** Versions of the peer stack (null when python3 or torch is missing). */
export function peerVersions(): string | null {
  const code = [
    'import sys, torch, numpy',
    "cap = [l.strip().lstrip('- ') for l in torch.__config__.show().splitlines() if 'CPU capability' in l]",
    'print(f"Python {sys.version.split()[0]}, PyTorch {torch.__version__} ({cap[0] if cap else \'CPU capability unknown\'}), numpy {numpy.__version__}")',
  ].join('\n');
  const r = spawnSync(PYTHON, ['-c', code], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The machine, as written into RESULTS.md. */
export function machine(): Record<string, string> {
  const cpu = cpus();
  let flags = '';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const f = info.match(/^flags\s*:\s*(.*)$/m)?.[1]?.split(/\s+/) ?? [];
    flags = ['sse2', 'avx2', 'fma', 'avx512f'].filter((x) => f.includes(x)).join(' ');
  } catch {
    flags = 'unknown';
  }
  let os: string = process.platform;
  try {
    os = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m)?.[1] ?? os;
  } catch {
    /* not Linux */
  }
  return {
    cpu: `${cpu[0]?.model ?? 'unknown'} x ${cpu.length} logical CPUs (${flags})`,
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    os,
    node: process.version,
    load: `load average at start ${loadavg().map((x) => x.toFixed(2)).join(' / ')} (1/5/15 min)`,
  };
}

/** Markdown table. */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export const fmt = (x: number, digits = 3): string => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toPrecision(digits)) : 'n/a');
