import fc from 'fast-check';
import { bySize } from '../../src/core/budget.js';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { holds, inconclusive, violated } from '../../src/core/verdict.js';
import { shallowBlockFeatures } from '../../src/empirical/equivariance/invariant-probes.js';
import { separationCensus, type SeparationCensus } from '../../src/empirical/equivariance/separation-census.js';
import { classCount, partitionFromKeys, refines, separatedPairs } from '../../src/theory/equivariance/partition.js';
import { groupOf, type GroupFamily } from '../../src/theory/equivariance/group-families.js';
import { generate, orbitRepresentatives, type Perm } from '../../src/theory/equivariance/perm-groups.js';
import { projectionMultisetKey } from '../../src/theory/equivariance/window-oracle.js';
import { compareWithOracle } from './census-compare.js';

/**
 * Pacini et al. (2025), S7: hidden blocks R^{G/H} are ordered by subgroup inclusion: for
 * H ≤ K, every pair separated by R^{G/K} is separated by R^{G/H} (a K-invariant weight is
 * H-invariant). Oracle D1 (research/equivariance.md §1.3): a shallow R^{G/H} net identifies
 * x, y iff the multisets {P_H g^{-1}x : g ∈ G} agree (exact rationals). Censuses of random
 * tanh probes for H and K are compared with both oracles and with each other.
 */
interface Params {
  family: GroupFamily;
  n: number;
  hGens: number[][];
  /** Extra generators: K = ⟨hGens ∪ kGens⟩ ⊇ H. */
  kGens: number[][];
}
interface Theory {
  items: number[][];
  oracleH: number[];
  oracleK: number[];
  orderH: number;
  orderK: number;
}

const groups = (p: Params) => {
  const G = groupOf(p.family, p.n);
  const H = generate('H', p.n, p.hGens);
  const K = generate('K', p.n, [...p.hGens, ...p.kGens]);
  return { G, H, K };
};

const ALPHABET = 3;
const CHANNELS = 32;

export const separationHierarchy = defineClaim<Params, Theory, { censusH: SeparationCensus; censusK: SeparationCensus }>({
  id: 'eqv.separation.hierarchy',
  title: 'H ≤ K: every pair separated by R^{G/K} is separated by R^{G/H}',
  source: { paper: 'Pacini, Dong, Lepri, Santin, Separation Power of Equivariant Neural Networks (ICLR 2025)', locator: 'S7 (abstract and reviews: hierarchy of transitive blocks); oracle D1, instances D4 in research/equivariance.md', confidence: 'reconstructed', url: 'https://arxiv.org/abs/2406.08966' },
  statement: 'H \\le K \\le G \\implies \\mathrm{sep}\\bigl(\\mathbb{R}^{G/K}\\bigr) \\subseteq \\mathrm{sep}\\bigl(\\mathbb{R}^{G/H}\\bigr)',
  hypotheses: ['f(x) = \\sum_c a_c \\sum_{gH \\in G/H} \\sigma(\\langle w_c, g^{-1}x\\rangle + b_c),\\ w_c \\in (\\mathbb{R}^n)^H,\\ \\sigma = \\tanh', 'x \\sim_H y \\iff \\{\\!\\{P_H g^{-1}x\\}\\!\\}_{g \\in G} = \\{\\!\\{P_H g^{-1}y\\}\\!\\}_{g \\in G},\\ P_H = \\tfrac{1}{\\lvert H\\rvert}\\sum_{h \\in H} h'],
  notes: 'Items: all G-orbit representatives of {0,1,2}^n. The order follows inclusion but is not total: in S3, S2 and A3 are incomparable and S2 separates strictly more.',
  quantifier: 'forall',
  tolerance: { abs: 1e-4, rel: 0, reason: 'identified: probe gap ≤ 1e-4, separated: ≥ 1e-2 (two decades, research notes §0)' },
  params: (budget) =>
    fc
      .record({ family: fc.constantFrom<GroupFamily>('cyclic', 'dihedral', 'symmetric'), n: fc.integer({ min: 3, max: bySize(budget, { quick: 6, standard: 7, full: 8 }) }) })
      .chain(({ family, n }) => {
        const m = family === 'symmetric' ? Math.min(n, 5) : n;
        const elems = groupOf(family, m).elements;
        const pick = fc.nat({ max: elems.length - 1 }).map((i) => [...elems[i]!]);
        return fc.record({ family: fc.constant(family), n: fc.constant(m), hGens: fc.array(pick, { maxLength: 1 }), kGens: fc.array(pick, { minLength: 1, maxLength: 1 }) });
      }),
  cases: [
    { name: 'S3: S2 ≤ S3', params: { family: 'symmetric', n: 3, hGens: [[1, 0, 2]], kGens: [[1, 2, 0]] } },
    { name: 'S3: {e} ≤ A3', params: { family: 'symmetric', n: 3, hGens: [], kGens: [[1, 2, 0]] } },
    { name: 'Z4: Z2 ≤ Z4', params: { family: 'cyclic', n: 4, hGens: [[2, 3, 0, 1]], kGens: [[1, 2, 3, 0]] } },
    { name: 'Z6: {e} ≤ Z3', params: { family: 'cyclic', n: 6, hGens: [], kGens: [[2, 3, 4, 5, 0, 1]] } },
    { name: 'D4: ⟨reflection⟩ ≤ D4', params: { family: 'dihedral', n: 4, hGens: [[0, 3, 2, 1]], kGens: [[1, 2, 3, 0]] } },
  ],
  runs: { quick: 6, standard: 30, full: 100 },
  theory(p) {
    const { G, H, K } = groups(p);
    const items = orbitRepresentatives(G, ALPHABET);
    const oracleH = partitionFromKeys(items.map((x) => projectionMultisetKey(G, H, x)));
    const oracleK = partitionFromKeys(items.map((x) => projectionMultisetKey(G, K, x)));
    return {
      value: { items, oracleH, oracleK, orderH: H.elements.length, orderK: K.elements.length },
      steps: [
        { label: 'K-invariant weights are H-invariant', latex: 'H \\le K \\implies (\\mathbb{R}^n)^K \\subseteq (\\mathbb{R}^n)^H,\\quad \\textstyle\\sum_{gK}\\sigma(\\cdot) = \\frac{1}{[K:H]}\\sum_{gH}\\sigma(\\cdot)' },
        { label: 'oracle classes (exact rationals)', latex: `\\lvert H\\rvert = ${H.elements.length}:\\ ${classCount(oracleH)} \\text{ classes};\\quad \\lvert K\\rvert = ${K.elements.length}:\\ ${classCount(oracleK)} \\text{ classes};\\quad ${items.length} \\text{ orbits}` },
        { label: 'inclusion of separated pairs (exact)', latex: `\\lvert \\mathrm{sep}_K\\rvert = ${separatedPairs(oracleK).length} \\le \\lvert \\mathrm{sep}_H\\rvert = ${separatedPairs(oracleH).length},\\ \\mathrm{sep}_K \\subseteq \\mathrm{sep}_H: ${refines(oracleH, oracleK) ? '\\text{yes}' : '\\text{no}'}` },
      ],
    };
  },
  experiment(p, ctx) {
    const { G, H, K } = groups(p);
    const items = orbitRepresentatives(G, ALPHABET);
    const opts = { channels: CHANNELS, activation: { kind: 'tanh' as const }, gain: 1.5 };
    const census = (S: typeof H, tag: string) => separationCensus(shallowBlockFeatures(items, G, S, opts, ctx.rng.fork(tag)), items.length, CHANNELS);
    return { censusH: census(H, 'H'), censusK: census(K, 'K') };
  },
  check(t, m) {
    if (!refines(t.oracleH, t.oracleK)) return violated(-1, 'the exact oracle separates with K a pair it identifies with H');
    // Pairs the K-probes separate although the H-oracle identifies them: against the claim.
    let against = 0;
    for (let i = 0; i < t.items.length; i++) for (let j = i + 1; j < t.items.length; j++) if (t.oracleH[i] === t.oracleH[j] && m.censusK.labels[i] !== m.censusK.labels[j]) against++;
    if (against > 0 && m.censusK.conflicts === 0 && m.censusK.ambiguousPairs === 0) return violated(-against, `R^{G/K} probes separate ${against} pairs that R^{G/H} cannot separate`);
    let margin = Infinity;
    for (const [name, oracle, census] of [['H', t.oracleH, m.censusH], ['K', t.oracleK, m.censusK]] as const) {
      const cmp = compareWithOracle(oracle, census);
      if (cmp.verdict) return cmp.verdict.status === 'violated' ? violated(cmp.verdict.margin, `${name}: ${cmp.verdict.reason}`) : inconclusive(`${name}: ${cmp.verdict.reason}`);
      margin = Math.min(margin, cmp.margin);
    }
    return holds(margin, `censuses = oracles: |H| = ${t.orderH} gives ${m.censusH.classes} classes, |K| = ${t.orderK} gives ${m.censusK.classes}; sep(K) ⊆ sep(H)`);
  },
  summarize: (p, t, m) => ({
    G: groupOf(p.family, p.n).name,
    '|H|': t.orderH,
    '|K|': t.orderK,
    orbits: t.items.length,
    'oracle classes H': classCount(t.oracleH),
    'oracle classes K': classCount(t.oracleK),
    'census classes H': m.censusH.classes,
    'census classes K': m.censusK.classes,
    'separated pairs H': separatedPairs(m.censusH.labels).length,
    'separated pairs K': separatedPairs(m.censusK.labels).length,
  }),
  describe: (p) => `${groupOf(p.family, p.n).name}, H = ⟨${p.hGens.map((g: Perm) => `[${g.join('')}]`).join(',')}⟩, K = H + ⟨${p.kGens.map((g) => `[${g.join('')}]`).join(',')}⟩`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'separated-pairs',
      title: 'Separated pairs: R^{G/H} against R^{G/K}, H ≤ K',
      x: { label: 'pairs separated by R^{G/K}' },
      y: { label: 'pairs separated by R^{G/H}' },
      series: [
        { name: 'cases', style: 'points', points: records.map((r) => ({ x: Number(r.summary['separated pairs K']), y: Number(r.summary['separated pairs H']), label: String(r.name ?? r.summary.G) })) },
        { name: 'y = x', style: 'dashed', points: [{ x: 0, y: 0 }, { x: Math.max(1, ...records.map((r) => Number(r.summary['separated pairs H']))), y: Math.max(1, ...records.map((r) => Number(r.summary['separated pairs H']))) }] },
      ],
      caption: 'Every case lies on or above the diagonal: the smaller subgroup separates at least the pairs the larger one does.',
    },
  ],
});
