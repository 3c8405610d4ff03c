import fc from 'fast-check';
import { bySize } from '../../src/core/budget.js';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { Rng } from '../../src/core/rng.js';
import { holds, violated } from '../../src/core/verdict.js';
import { cnnProbeFeatures } from '../../src/empirical/equivariance/cnn-census.js';
import { deepSetsFeatures, shallowBlockFeatures } from '../../src/empirical/equivariance/invariant-probes.js';
import { probeGain } from '../../src/empirical/equivariance/probe-gain.js';
import { Rational } from '../../src/theory/exact/rational.js';
import { activationName, type Activation } from '../../src/theory/equivariance/activations.js';
import { groupOf, subgroupOf, type GroupFamily } from '../../src/theory/equivariance/group-families.js';
import { exactCircularCnn, exactDeepSets, exactShallowBlock, type ExactNet } from '../../src/theory/equivariance/invariant-nets.js';
import { act } from '../../src/theory/equivariance/perm-groups.js';
import { NON_POLYNOMIAL } from './arbitraries.js';

/**
 * Pacini et al. (2025), S1: a G-invariant network never separates two inputs of one G-orbit.
 * Exact (rational ReLU nets, zero difference over the whole orbit) and float32 (random probes
 * with any activation, |f(gx) − f(x)| ≤ 1e-5(1 + |f(x)|)), for circular CNNs (Z_n), DeepSets
 * and shallow R^{G/H} blocks over cyclic, dihedral and symmetric groups.
 */
type NetKind = 'cnn' | 'deepsets' | 'shallow';
interface Params {
  family: GroupFamily;
  n: number;
  x: number[];
  net: NetKind;
  /** Generators of H (indices into G's elements) for the shallow block. */
  hGens: number[];
  activation: Activation;
  seed: number;
}

/** CNNs are only Z_n-invariant: for D_n and S_n the shallow block stands in. */
const netFor = (p: Params): NetKind => (p.net === 'cnn' && p.family !== 'cyclic' ? 'shallow' : p.net);

const RATIONAL: Activation = { kind: 'relu' };

export const separationOrbit = defineClaim<Params, { maxDiff: number; orbitSize: number }, { maxRel: number }>({
  id: 'eqv.separation.orbit',
  title: 'Invariant networks never separate inputs in one orbit',
  source: { paper: 'Pacini, Dong, Lepri, Santin, Separation Power of Equivariant Neural Networks (ICLR 2025)', locator: 'S1 in research/equivariance.md §1.2 (abstract and reviews)', confidence: 'stated', url: 'https://arxiv.org/abs/2406.08966' },
  statement: 'f \\text{ G-invariant} \\implies f(g\\cdot x) = f(x)\\quad \\forall g \\in G,\\ x \\in \\mathbb{R}^n',
  hypotheses: ['G \\in \\{\\mathbb{Z}_n, D_n, S_n\\} \\text{ acting by permuting coordinates}', 'f: \\text{circular CNN (}\\mathbb{Z}_n\\text{), DeepSets, or shallow } \\mathbb{R}^{G/H} \\text{ block, point-wise } \\sigma'],
  quantifier: 'forall',
  tolerance: { abs: 1e-5, rel: 1e-5, reason: 'float32 sum-pooling reorders a sum under g, which is not bit-exact: |f(gx) − f(x)| ≤ 1e-5(1 + |f(x)|) (research notes §0); exact rationals use zero' },
  params: (budget) =>
    fc
      .record({ family: fc.constantFrom<GroupFamily>('cyclic', 'dihedral', 'symmetric'), n: fc.integer({ min: 3, max: bySize(budget, { quick: 6, standard: 8, full: 10 }) }) })
      .chain(({ family, n }) =>
        fc.record({
          family: fc.constant(family),
          n: fc.constant(family === 'symmetric' ? Math.min(n, 5) : n),
          x: fc.array(fc.integer({ min: -5, max: 5 }), { minLength: family === 'symmetric' ? Math.min(n, 5) : n, maxLength: family === 'symmetric' ? Math.min(n, 5) : n }),
          net: fc.constantFrom<NetKind>('cnn', 'deepsets', 'shallow'),
          hGens: fc.array(fc.nat({ max: 200 }), { maxLength: 2 }),
          activation: fc.constantFrom(...NON_POLYNOMIAL),
          seed: fc.nat(),
        }),
      ),
  cases: [
    { name: 'Z6, circular CNN, x = (0,1,2,0,0,1)', params: { family: 'cyclic', n: 6, x: [0, 1, 2, 0, 0, 1], net: 'cnn', hGens: [], activation: { kind: 'tanh' }, seed: 1 } },
    { name: 'D5, shallow block over a reflection', params: { family: 'dihedral', n: 5, x: [3, -1, 0, 2, 5], net: 'shallow', hGens: [5], activation: { kind: 'relu' }, seed: 2 } },
    { name: 'S4, DeepSets', params: { family: 'symmetric', n: 4, x: [1, -2, 4, 4], net: 'deepsets', hGens: [], activation: { kind: 'sigmoid' }, seed: 3 } },
  ],
  runs: { quick: 10, standard: 50, full: 200 },
  theory(p) {
    const G = groupOf(p.family, p.n);
    const H = subgroupOf(G, p.hGens);
    const rng = new Rng(p.seed);
    const kind = netFor(p);
    const net: ExactNet = kind === 'cnn' ? exactCircularCnn(2, 2, 3, RATIONAL, rng) : kind === 'deepsets' ? exactDeepSets(4, RATIONAL, rng) : exactShallowBlock(G, H, 3, RATIONAL, rng);
    const xr = p.x.map((v) => Rational.of(v));
    const fx = net(xr);
    let maxDiff = Rational.ZERO;
    for (const g of G.elements) {
      const d = net(act(g, xr)).sub(fx).abs();
      if (d.cmp(maxDiff) > 0) maxDiff = d;
    }
    return {
      value: { maxDiff: maxDiff.toNumber(), orbitSize: new Set(G.elements.map((g) => act(g, p.x).join(','))).size },
      steps: [
        { label: 'invariance by construction', latex: kind === 'cnn' ? 'f(x) = \\sum_{i \\in \\mathbb{Z}_n} \\phi(x_i, \\dots, x_{i+m-1}) \\text{ (a sum over all shifts)}' : kind === 'deepsets' ? 'f(x) = \\sum_i \\phi(x_i)' : 'f(x) = \\sum_{g \\in G} \\sigma(\\langle w, g^{-1}x\\rangle + b),\\ \\ g\\mapsto gh \\text{ permutes the sum}' },
        { label: `exact ReLU net (rationals), all ${G.elements.length} group elements`, latex: `\\max_{g \\in ${G.name.replace(/(\d+)/, '_{$1}')}} \\lvert f(g\\cdot x) - f(x)\\rvert = ${maxDiff.toTeX()}` },
      ],
    };
  },
  experiment(p, ctx) {
    const G = groupOf(p.family, p.n);
    const H = subgroupOf(G, p.hGens);
    const orbit = G.elements.map((g) => act(g, p.x));
    const opts = { channels: 16, activation: p.activation, gain: probeGain(p.activation) };
    const kind = netFor(p);
    const width = 16; // channels per orbit point (2 CNNs × 8, or 16 channels)
    const f =
      kind === 'cnn'
        ? cnnProbeFeatures(orbit, { activation: p.activation, k: 2, depth: 2, width: 8, nets: 2, gain: probeGain(p.activation) }, ctx.rng)
        : kind === 'deepsets'
          ? deepSetsFeatures(orbit, opts, ctx.rng)
          : shallowBlockFeatures(orbit, G, H, opts, ctx.rng);
    let maxRel = 0;
    for (let g = 1; g < orbit.length; g++) for (let c = 0; c < width; c++) maxRel = Math.max(maxRel, Math.abs(f[g * width + c]! - f[c]!) / (1 + Math.abs(f[c]!)));
    return { maxRel };
  },
  check(t, m, tol) {
    if (t.maxDiff !== 0) return violated(-t.maxDiff, `the exact ReLU net separates two points of the orbit (difference ${t.maxDiff})`);
    const margin = tol.rel - m.maxRel;
    if (margin < 0) return violated(margin, `float32 probes separate the orbit: |f(gx) − f(x)|/(1 + |f(x)|) = ${m.maxRel.toExponential(2)}`);
    return holds(margin, `exact difference 0 over the orbit (${t.orbitSize} points); float32 ${m.maxRel.toExponential(1)}`);
  },
  summarize: (p, t, m) => ({ group: groupOf(p.family, p.n).name, net: netFor(p), activation: activationName(p.activation), 'orbit size': t.orbitSize, 'exact max diff': t.maxDiff, 'float32 max rel diff': m.maxRel }),
  describe: (p) => `${groupOf(p.family, p.n).name}, ${netFor(p)}, ${activationName(p.activation)}, x = (${p.x.join(',')})`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'orbit-gaps',
      title: 'Largest float32 gap |f(gx) − f(x)|/(1 + |f(x)|) over the orbit',
      x: { label: 'orbit size' },
      y: { label: 'relative gap (floored at 1e-10)', log: true },
      series: [
        { name: 'probes', style: 'points', points: records.map((r) => ({ x: Number(r.summary['orbit size']), y: Math.max(1e-10, Number(r.summary['float32 max rel diff'])), label: `${r.summary.group} ${r.summary.net}` })) },
        { name: 'tolerance 1e-5', style: 'dashed', points: [{ x: 1, y: 1e-5 }, { x: Math.max(2, ...records.map((r) => Number(r.summary['orbit size']))), y: 1e-5 }] },
      ],
      caption: 'Orbit points are never separated: the only differences are float32 rounding of reordered sums (exactly zero with rationals).',
    },
  ],
});
