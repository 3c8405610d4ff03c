/**
 * `npm run bench`: theorycheck's fused kernels, its generic tfjs path and the PyTorch peers
 * (Debian's /usr/bin/python3, 1 thread) on the same workloads, side by side in one
 * invocation; writes bench/RESULTS.md (machine, versions, command, tables, ratios, GFLOP/s).
 *
 *   npm run bench [-- --quick] [-- --no-peer] [-- --no-generic] [-- --rounds N] [-- --only shattering,conv] [-- --B 1024,8192] [-- --out FILE]
 *
 * Times are per training step: the median over rounds of each round's median. Rounds
 * alternate peer and fused runs so both see the same machine load. The ratio uses process
 * CPU time (what a step costs the machine; on a shared, loaded machine wall time also counts
 * waiting for a core); wall-time ratios are reported next to it.
 */
import * as tf from '@tensorflow/tfjs';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { probeBackends, selectBackend } from '../src/gpu/select.js';
import { KERNELS_WASM_SHA256, nativeIsa, nativeUnavailable } from '../src/gpu/fused/index.js';
import { fmt, machine, peerVersions, table, type Timing } from './common.js';
import { runConv, type ConvResult } from './conv.js';
import { runShattering, shatterWorkloads, type ShatterResult } from './shattering.js';

const args = process.argv.slice(2);
const has = (f: string) => args.includes(f);
const value = (f: string) => {
  const i = args.indexOf(f);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = has('--quick');
const opts = { rounds: Number(value('--rounds') ?? (quick ? 1 : 3)), quick, peer: !has('--no-peer'), generic: !has('--no-generic') };
const only = (value('--only') ?? 'shattering,conv').split(',');
const Bs = (value('--B') ?? '1024,8192').split(',').map(Number);
const out = value('--out') ?? 'bench/RESULTS.md';
const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;

const isTiming = (t: Timing | { error: string }): t is Timing => 'cpuMs' in t;
const gflops = (flops: number, ms: number) => fmt(flops / (ms * 1e6), 3);
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? (a / b).toFixed(3) : 'n/a');

async function main() {
  const started = new Date();
  const m = machine();
  const peers = opts.peer ? peerVersions() : null;
  const report = await selectBackend('wasm');
  tf.enableProdMode();
  const probes = await probeBackends();
  const tfjsVersion = (createRequire(import.meta.url)('@tensorflow/tfjs/package.json') as { version: string }).version;
  console.log(`bench: ${command}\n${Object.values(m).join('\n')}\npeers: ${peers ?? 'none'}`);

  const shatter: ShatterResult[] = [];
  if (only.includes('shattering')) {
    for (const w of shatterWorkloads(Bs)) {
      const r = runShattering(w, opts);
      shatter.push(r);
      const p = isTiming(r.peer) ? `${fmt(r.peer.cpuMs)} ms` : r.peer.error;
      console.log(`${w.label}, B=${w.B}: fused ${fmt(r.fused.cpuMs)} ms (${r.fusedPath}), native ${r.native ? fmt(r.native.cpuMs) + ' ms' : '-'}, PyTorch ${p}, generic ${r.generic ? fmt(r.generic.cpuMs) + ' ms' : '-'}`);
    }
  }
  let conv: ConvResult | null = null;
  if (only.includes('conv')) {
    conv = runConv(opts);
    console.log(`conv step: fused ${fmt(conv.fused.cpuMs)} ms, PyTorch ${isTiming(conv.peer) ? fmt(conv.peer.cpuMs) + ' ms' : conv.peer.error}, generic ${conv.generic ? fmt(conv.generic.cpuMs) + ' ms' : '-'}`);
  }

  const lines: string[] = [];
  lines.push('# Benchmarks', '');
  lines.push(`Written by \`${command}\` (bench/run.ts) on ${started.toISOString()}. Rerun the same command to reproduce; \`--quick\` gives a fast, noisier run.`, '');
  lines.push('## Machine and versions', '');
  for (const [k, v] of Object.entries(m)) lines.push(`- ${k}: ${v}`);
  lines.push(`- TensorFlow.js ${tfjsVersion}, generic path on backend '${report.selected}'`);
  lines.push(`- fused kernels: native/wasm/*.c, WebAssembly SIMD128, module sha256 ${KERNELS_WASM_SHA256.slice(0, 16)}…`);
  lines.push(`- native accelerator (optional, npm run build:native): ${nativeUnavailable() ? `not used: ${nativeUnavailable()}` : `native/addon/build/theorycheck_fused.node, ISA ${nativeIsa()} chosen at run time (same C source, float32 without FMA contraction: results equal the wasm kernel bit for bit)`}`);
  lines.push(`- peers: ${peers ?? 'not run'} (Debian's /usr/bin/python3; one thread: torch.set_num_threads(1), OMP_NUM_THREADS=1, MKL_NUM_THREADS=1)`);
  lines.push('- GPU: no GPU machine was lent to this task, so no GPU figures exist; the GPU routes were probed only:');
  for (const p of probes.filter((p) => p.name === 'webgpu' || p.name === 'tensorflow')) lines.push(`  - ${p.name}: ${p.available ? 'usable' : 'not usable'} (${p.detail})`);
  lines.push('');
  lines.push('Method: per-step time is the median over rounds of each round\'s median; rounds alternate the PyTorch peer and the fused kernel, so both see the same load. Ratios use process CPU time (a step\'s cost to the machine; wall time on a shared machine includes waiting for a core); wall-clock figures are given too. The fused state is re-initialised every round (converged models\' Adam moments would otherwise decay into denormals).', '');

  if (shatter.length) {
    lines.push('## Shattering step', '');
    lines.push('B independent models on the same n points, each with its own ±1 labels; one step = forward on all points, summed loss, backward, Adam (lr 0.05). FLOPs per step = 6·MACs·n·B (research/vc.md §5; 3,456 per MLP 2-16-1 and 9,600 per model A at these n), Adam not counted. Generic = the engine\'s trainHinge on GcnnProgram (tfjs, wasm backend); for the MLP, the GCNN with r = 1, GcnnProgram runs one matMul per hidden unit, so that column is the engine\'s generic path, not the fastest possible tfjs MLP (research/backends-and-tooling.md measured a bmm-style tfjs MLP at 3.3 ms for B = 1024). The research\'s fused C→wasm prototype (logistic loss, 4 nets per vector) ran the MLP step in 0.17 ms at B = 1024 on an idle machine. Acceptance: fused / PyTorch ≤ 0.25, and ≤ 0.1 with the native accelerator. Native = the optional N-API build of the same kernels (1 thread).', '');
    lines.push(
      table(
        ['workload', 'B', 'fused wasm ms (cpu)', 'fused wasm ms (wall)', 'fused wasm GFLOP/s', 'PyTorch 1 thr ms (cpu)', 'PyTorch ms (wall)', 'PyTorch GFLOP/s', '**fused wasm / PyTorch** (cpu)', 'fused wasm / PyTorch (wall)', 'native ms (cpu)', 'native GFLOP/s', '**native / PyTorch** (cpu)', 'generic tfjs ms (cpu)', 'generic / PyTorch'],
        shatter.map((r) => {
          const p = r.peer;
          const ok = isTiming(p);
          return [
            `${r.workload.label} [${r.fusedPath}]`,
            r.workload.B,
            fmt(r.fused.cpuMs),
            fmt(r.fused.wallMs),
            gflops(r.flopsPerStep, r.fused.cpuMs),
            ok ? fmt(p.cpuMs) : `n/a: ${p.error}`,
            ok ? fmt(p.wallMs) : 'n/a',
            ok ? gflops(r.flopsPerStep, p.cpuMs) : 'n/a',
            ok ? `**${ratio(r.fused.cpuMs, p.cpuMs)}**` : 'n/a',
            ok ? ratio(r.fused.wallMs, p.wallMs) : 'n/a',
            r.native ? fmt(r.native.cpuMs) : '-',
            r.native ? gflops(r.flopsPerStep, r.native.cpuMs) : '-',
            r.native && ok ? `**${ratio(r.native.cpuMs, p.cpuMs)}**` : '-',
            r.generic ? fmt(r.generic.cpuMs) : '-',
            r.generic && ok ? ratio(r.generic.cpuMs, p.cpuMs) : '-',
          ];
        }),
      ),
      '',
    );
  }
  if (conv) {
    const p = conv.peer;
    const ok = isTiming(p);
    const s = conv.shape;
    lines.push('## Conv training step', '');
    lines.push(`Batch ${s.N} x ${s.H}x${s.W}x${s.C}, conv ${s.F}@3x3 'same' + bias + ReLU, flatten, dense ${s.classes}, softmax cross-entropy, Adam (research/backends-and-tooling.md §1). ${fmt(conv.flopsPerStep / 1e6)} MFLOP per step. Generic = conv2dIm2col on the wasm backend (wasm cannot train tf.conv2d). Target: fused / PyTorch ≤ 2.`, '');
    lines.push(
      table(
        ['variant', 'ms (cpu)', 'ms (wall)', 'GFLOP/s', 'vs PyTorch (cpu)', 'vs PyTorch (wall)'],
        [
          ['theorycheck fused (wasm SIMD)', fmt(conv.fused.cpuMs), fmt(conv.fused.wallMs), gflops(conv.flopsPerStep, conv.fused.cpuMs), ok ? `**${ratio(conv.fused.cpuMs, p.cpuMs)}**` : 'n/a', ok ? ratio(conv.fused.wallMs, p.wallMs) : 'n/a'],
          ...(conv.generic ? [['theorycheck generic (tfjs wasm, im2col)', fmt(conv.generic.cpuMs), fmt(conv.generic.wallMs), gflops(conv.flopsPerStep, conv.generic.cpuMs), ok ? ratio(conv.generic.cpuMs, p.cpuMs) : 'n/a', ok ? ratio(conv.generic.wallMs, p.wallMs) : 'n/a']] : []),
          ok ? ['PyTorch, 1 thread', fmt(p.cpuMs), fmt(p.wallMs), gflops(conv.flopsPerStep, p.cpuMs), '1', '1'] : ['PyTorch', `n/a: ${p.error}`, '', '', '', ''],
        ],
      ),
      '',
    );
  }
  lines.push('## Not yet measured', '');
  lines.push('- LieGG on 1000 samples and all disentanglement metrics on 10000 samples: no fused kernels exist for them; the disentanglement metrics have their own numpy/sklearn comparison in bench/metrics/run.ts (`npx tsc -p bench/metrics/tsconfig.json && node dist/bench-metrics/bench/metrics/run.js`), not run by this command.');
  lines.push('- GPU (webgpu, tfjs-node-gpu): no GPU machine was lent to this task, so nothing GPU-side was measured; see the probe lines above. The conformance suite (test/backends) runs on those backends automatically where they probe usable.');
  lines.push('- The conv step has no native build (the addon carries the shattering kernels only).');
  lines.push('');
  writeFileSync(out, lines.join('\n'));
  console.log(`bench: wrote ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
