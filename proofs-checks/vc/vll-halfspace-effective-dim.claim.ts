import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { holds, violated } from '../../src/core/verdict.js';
import { measureVll, type VllResult } from '../../src/empirical/shattering/vll.js';
import { VLL_A, VLL_B, VLL_K, vllPhi, vllPhiTeX } from '../../src/theory/vc/vll.js';

/**
 * Vapnik, Levin & LeCun (1994), "Measuring the VC-dimension of a learning machine": the
 * expected maximal half-sample deviation ξ(ℓ) follows Φ(ℓ/h), and fitting h recovers the
 * VC dimension. For halfspaces in R^d (VC = d + 1) with batched hinge training as the
 * optimiser, the estimate must land within 40% of d + 1 (research/vc.md §3.8): a regression
 * test of the estimator and the trainer, not a theorem (ĥ is the effective dimension of the
 * class together with its optimiser). Φ(1/2) = 1 is checked as the continuity of the constants.
 */
interface Params {
  d: number;
}
interface Theory {
  target: number;
  phiHalf: number;
}

const TOL = 0.4;
const TAUS = [0.5, 1, 2, 4, 8, 16];

export const vllHalfspaceEffectiveDim = defineClaim<Params, Theory, VllResult>({
  id: 'vc.vll.halfspace-effective-dim',
  title: 'Vapnik–Levin–LeCun estimate of the VC dimension of halfspaces is close to d + 1',
  source: { paper: 'Vapnik, Levin & LeCun, Measuring the VC-dimension of a learning machine, Neural Computation 6(5), 1994', locator: 'Φ(τ) and the fitting procedure; research/vc.md §3.8', confidence: 'reconstructed' },
  statement: '\\hat h = \\arg\\min_h \\sum_k \\bigl(\\hat\\xi(\\ell_k) - \\Phi(\\ell_k / h)\\bigr)^2,\\quad |\\hat h - (d+1)| \\le 0.4\\,(d+1)',
  hypotheses: ['\\Phi(\\tau) = a\\tfrac{\\ln 2\\tau + 1}{\\tau - k}\\Bigl(\\sqrt{1 + \\tfrac{b(\\tau - k)}{\\ln 2\\tau + 1}} + 1\\Bigr)\\ (\\tau \\ge \\tfrac12),\\ a = 0.16,\\ b = 1.2,\\ k = 0.14928', '\\ell_k = (d+1)\\cdot\\{\\tfrac12, 1, 2, 4, 8, 16\\},\\ \\text{Gaussian inputs, random labels}'],
  notes: 'The constants are from memory, cross-checked by the continuity Φ(1/2) = 1; the 40% tolerance comes from the spread of ĥ over 16 seeds (−28% … +8% of d + 1) with this optimiser.',
  quantifier: 'forall',
  tolerance: { abs: 0, rel: TOL, reason: 'ĥ is a statistical, optimiser-dependent estimate: over 16 seeds it ranged from −28% to +8% of d + 1 here; 40% leaves room while still catching a broken estimator (e.g. ĥ off by a factor 2)' },
  params: () => fc.record({ d: fc.integer({ min: 1, max: 4 }) }),
  cases: [{ name: 'd = 2 (VC 3)', params: { d: 2 } }],
  runs: { quick: 2, standard: 6, full: 12 },
  theory({ d }) {
    const phiHalf = vllPhi(0.5);
    return {
      value: { target: d + 1, phiHalf },
      steps: [
        { label: 'constants', latex: `a = ${VLL_A},\\ b = ${VLL_B},\\ k = ${VLL_K}` },
        { label: 'continuity at τ = 1/2', latex: vllPhiTeX(0.5) },
        { label: 'curve', latex: `\\Phi(1) = ${vllPhi(1).toFixed(4)},\\ \\Phi(2) = ${vllPhi(2).toFixed(4)},\\ \\Phi(16) = ${vllPhi(16).toFixed(4)}` },
        { label: 'target', latex: `\\mathrm{VC} = d + 1 = ${d + 1}` },
      ],
    };
  },
  experiment({ d }, ctx) {
    const ells = TAUS.map((t) => Math.max(1, Math.round((d + 1) * t)));
    return measureVll({ d, ells, trials: bySize(ctx.budget, { quick: 16, standard: 32, full: 64 }), restarts: 3, steps: 150, lr: 0.05, rng: ctx.rng });
  },
  check(t, x, tol) {
    if (Math.abs(t.phiHalf - 1) > 5e-5) return violated(-Math.abs(t.phiHalf - 1), `Φ(1/2) = ${t.phiHalf}, not 1: the constants are wrong`);
    const margin = tol.rel * t.target - Math.abs(x.h - t.target);
    return margin >= 0
      ? holds(margin, `ĥ = ${x.h.toFixed(2)} vs d + 1 = ${t.target} (within ${Math.round(tol.rel * 100)}%)`)
      : violated(margin, `ĥ = ${x.h.toFixed(2)} is more than ${Math.round(tol.rel * 100)}% away from d + 1 = ${t.target}`);
  },
  summarize: ({ d }, t, x) => ({ d, 'd + 1': t.target, 'ĥ': x.h, 'fit loss': x.loss, ...Object.fromEntries(x.ells.map((l, k) => [`ξ(ℓ=${l})`, x.xi[k]!])) }),
  describe: ({ d }) => `d = ${d}`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'xi-vs-tau',
      title: 'Measured ξ̂ against Φ(ℓ/ĥ)',
      x: { label: 'τ = ℓ / ĥ', log: true },
      y: { label: 'ξ' },
      series: [
        ...records.map((c) => ({
          name: `d = ${c.summary.d} (ĥ = ${Number(c.summary['ĥ']).toFixed(2)})`,
          style: 'points' as const,
          points: Object.entries(c.summary)
            .filter(([k]) => k.startsWith('ξ(ℓ='))
            .map(([k, v]) => ({ x: Number(k.slice(4, -1)) / Number(c.summary['ĥ']), y: Number(v) })),
        })),
        { name: 'Φ(τ)', style: 'line' as const, points: Array.from({ length: 60 }, (_, i) => 0.25 * 2 ** (i / 6)).map((tau) => ({ x: tau, y: vllPhi(tau) })) },
      ],
      caption: 'After rescaling by the fitted ĥ the measured deviations fall on the VLL curve.',
    },
  ],
});
