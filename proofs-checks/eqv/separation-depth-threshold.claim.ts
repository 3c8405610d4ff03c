import fc from 'fast-check';
import { bySize } from '../../src/core/budget.js';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { holds, inconclusive, violated } from '../../src/core/verdict.js';
import { cnnCensus } from '../../src/empirical/equivariance/cnn-census.js';
import { probeGain } from '../../src/empirical/equivariance/probe-gain.js';
import type { SeparationCensus } from '../../src/empirical/equivariance/separation-census.js';
import type { Activation } from '../../src/theory/equivariance/activations.js';
import { classCount, partitionFromKeys } from '../../src/theory/equivariance/partition.js';
import { burnsideCount, cyclicGroup, necklaceCount, orbitRepresentatives } from '../../src/theory/equivariance/perm-groups.js';
import { receptiveField, windowMultisetKey } from '../../src/theory/equivariance/window-oracle.js';
import { compareWithOracle } from './census-compare.js';

/**
 * Pacini et al. (2025), S4: depth refines separation up to a finite threshold, beyond which
 * more layers change nothing; for circular CNNs the limit is the orbit partition, whose size
 * is Burnside's count N(n, a) = n^{-1} Σ_{d|n} φ(d) a^{n/d}. Random-probe censuses at every
 * depth up to one past the oracle's threshold L* must match the window oracle.
 */
interface Params {
  alphabet: number;
  n: number;
  k: number;
}
interface Theory {
  necklaces: number;
  reps: number[][];
  oracle: number[][];
  counts: number[];
  orbits: number;
  threshold: number;
}

const TANH: Activation = { kind: 'tanh' };

export const separationDepthThreshold = defineClaim<Params, Theory, SeparationCensus[]>({
  id: 'eqv.separation.depth-threshold',
  title: 'Class counts grow with depth and stabilise at the Burnside orbit count',
  source: { paper: 'Pacini, Dong, Lepri, Santin, Separation Power of Equivariant Neural Networks (ICLR 2025)', locator: 'S4 (abstract: depth up to a threshold); counts from oracle D2 and Burnside, research/equivariance.md §1.3–1.4', confidence: 'reconstructed', url: 'https://arxiv.org/abs/2406.08966' },
  statement: '\\rho(\\mathcal{N}_{L+1}) \\subseteq \\rho(\\mathcal{N}_L),\\quad \\rho(\\mathcal{N}_L) = \\text{orbits for } L \\ge L^*,\\quad \\#\\text{orbits} = \\frac{1}{n}\\sum_{d \\mid n} \\varphi(d)\\, a^{n/d}',
  hypotheses: ['\\text{sequences } \\{0,\\dots,a-1\\}^n \\text{ under } \\mathbb{Z}_n,\\ \\text{circular CNNs with filter } k,\\ \\tanh', 'L^* = \\min\\{L : L(k-1)+1 \\ge n - 1\\} \\text{ suffices (windows of length } n-1 \\text{ determine the rotation)}'],
  quantifier: 'forall',
  tolerance: { abs: 1e-4, rel: 0, reason: 'identified: probe gap ≤ 1e-4, separated: ≥ 1e-2, two decades apart (research notes §0)' },
  params: (budget) =>
    fc.constantFrom(2, 3).chain((alphabet) =>
      fc.record({ alphabet: fc.constant(alphabet), n: fc.integer({ min: 3, max: alphabet === 3 ? bySize(budget, { quick: 6, standard: 7, full: 8 }) : bySize(budget, { quick: 9, standard: 11, full: 12 }) }), k: fc.constantFrom(2, 3) }),
    ),
  cases: [
    { name: '{0,1,2}^6, k = 2', params: { alphabet: 3, n: 6, k: 2 } },
    { name: '{0,1}^8, k = 2', params: { alphabet: 2, n: 8, k: 2 } },
    { name: '{0,1}^7, k = 2', params: { alphabet: 2, n: 7, k: 2 } },
    { name: '{0,1}^8, k = 3', params: { alphabet: 2, n: 8, k: 3 } },
    { name: '{0,1}^10, k = 2', params: { alphabet: 2, n: 10, k: 2 } },
  ],
  runs: { quick: 4, standard: 20, full: 60 },
  theory({ alphabet, n, k }) {
    const { reps, oracle, counts, orbits } = oracleByDepth(alphabet, n, k);
    const threshold = counts.indexOf(orbits) + 1;
    const necklaces = Number(necklaceCount(n, alphabet));
    return {
      value: { necklaces, reps, oracle, counts, orbits, threshold },
      steps: [
        { label: 'Burnside (cycle index of Z_n)', latex: `N(${n}, ${alphabet}) = \\tfrac{1}{${n}}\\sum_{d \\mid ${n}} \\varphi(d)\\, ${alphabet}^{${n}/d} = ${necklaceCount(n, alphabet)}` },
        { label: 'oracle classes by depth', latex: `(${counts.join(',\\ ')})_{L = 1, \\dots, ${counts.length}}` },
        { label: 'threshold depth', latex: `L^* = ${threshold}` },
      ],
    };
  },
  experiment({ alphabet, n, k }, ctx) {
    const { reps, counts } = oracleByDepth(alphabet, n, k);
    const depths = counts.length;
    return Array.from({ length: depths }, (_, i) => cnnCensus(reps, { activation: TANH, k, depth: i + 1, width: 8, nets: 10, gain: probeGain(TANH) }, ctx.rng.fork('L', i + 1)));
  },
  check(t, censuses) {
    if (t.necklaces !== t.orbits) return violated(-1, 'Burnside by cycle index and the necklace formula disagree');
    if (t.reps.length !== t.orbits) return violated(-1, `${t.reps.length} orbit representatives enumerated, Burnside gives ${t.orbits}`);
    let margin = Infinity;
    for (let L = 0; L < censuses.length; L++) {
      const c = censuses[L]!;
      if (c.classes > t.orbits) return violated(t.orbits - c.classes, `depth ${L + 1}: ${c.classes} classes > ${t.orbits} orbits (an invariant net split an orbit)`);
      const cmp = compareWithOracle(t.oracle[L]!, c);
      if (cmp.verdict) return cmp.verdict.status === 'violated' ? violated(cmp.verdict.margin, `depth ${L + 1}: ${cmp.verdict.reason}`) : inconclusive(`depth ${L + 1}: ${cmp.verdict.reason}`);
      margin = Math.min(margin, cmp.margin);
      if (L > 0 && c.classes < censuses[L - 1]!.classes) return inconclusive(`census count fell from ${censuses[L - 1]!.classes} to ${c.classes}`);
    }
    return holds(margin, `census counts ${censuses.map((c) => c.classes).join(', ')} = oracle, reaching ${t.orbits} orbits at L* = ${t.threshold}`);
  },
  summarize: ({ alphabet, n, k }, t, cs) => ({
    sequences: `{0..${alphabet - 1}}^${n}`,
    k,
    orbits: t.orbits,
    'threshold L*': t.threshold,
    'oracle counts': t.counts.join(', '),
    'census counts': cs.map((c) => c.classes).join(', '),
  }),
  describe: ({ alphabet, n, k }) => `{0..${alphabet - 1}}^${n}, k = ${k}`,
  plots: (records: CaseRecord[]) => [depthPlot(records)],
});

/** Orbit representatives and the oracle partition at L = 1, 2, … until two depths give the orbits. */
function oracleByDepth(alphabet: number, n: number, k: number) {
  const G = cyclicGroup(n);
  const reps = orbitRepresentatives(G, alphabet);
  const orbits = Number(burnsideCount(G, alphabet));
  const oracle: number[][] = [];
  const counts: number[] = [];
  for (let L = 1; L <= n + 1; L++) {
    const labels = partitionFromKeys(reps.map((x) => windowMultisetKey(x, receptiveField(k, L))));
    oracle.push(labels);
    counts.push(classCount(labels));
    if (counts.length >= 2 && counts.at(-1) === orbits && counts.at(-2) === orbits) break;
  }
  return { reps, oracle, counts, orbits };
}

function depthPlot(records: CaseRecord[]) {
  const named = records.filter((r) => r.name !== undefined);
  const parse = (v: unknown) => String(v).split(', ').map(Number);
  return {
    id: 'classes-vs-depth',
    title: 'Classes vs depth against the orbit count',
    x: { label: 'depth L' },
    y: { label: 'classes' },
    series: named.flatMap((r) => {
      const census = parse(r.summary['census counts']);
      const orbits = Number(r.summary.orbits);
      return [
        { name: `${r.name}: census`, style: 'line' as const, points: census.map((y, i) => ({ x: i + 1, y })) },
        { name: `${r.name}: orbits`, style: 'dashed' as const, points: [{ x: 1, y: orbits }, { x: census.length, y: orbits }] },
      ];
    }),
    caption: 'Each census (solid) climbs with depth and stops at its Burnside orbit count (dashed): 95, 127, 130 for {0,1,2}^6 and 27, 53, 86, 102, 108 for {0,1}^10.',
  };
}
