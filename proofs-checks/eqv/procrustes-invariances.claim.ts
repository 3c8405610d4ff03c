import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { bySize } from '../../src/core/budget.js';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { holds, violated } from '../../src/core/verdict.js';
import { greluCka, linearCka } from '../../src/empirical/representations/cka.js';
import { procrustes } from '../../src/empirical/representations/procrustes.js';
import { permScaleMatrix, randomOrthogonal, reluFeatures } from '../../src/empirical/representations/random-features.js';
import { randomPermutation } from '../../src/theory/equivariance/monomial.js';

/**
 * The invariances of Godfrey et al.'s dissimilarity measures (research/equivariance.md §2.4):
 * G_ReLU-Procrustes and G_ReLU-CKA ignore H ↦ HPD (D > 0); orthogonal Procrustes and linear
 * CKA ignore H ↦ cHQ; and under one normalisation the permutation-restricted distance is
 * never below the orthogonal one (a matched trace is at most the nuclear norm).
 */
interface Params {
  samples: number;
  units: number;
}
interface Measured {
  greluPD: number;
  permRecovered: boolean;
  greluCkaPD: number;
  orthQ: number;
  linCkaQ: number;
  /** min over pairs of permFrobD2 − orthD2 (≥ 0 by the theorem). */
  orderGap: number;
  greluQ: number;
  linCkaPD: number;
  orthPD: number;
}

const D2_TOL = 1e-6;
const CKA_TOL = 1e-5;

export const procrustesInvariances = defineClaim<Params, null, Measured>({
  id: 'eqv.procrustes.invariances',
  title: 'G_ReLU-Procrustes is invariant to PD, orthogonal Procrustes and CKA to Q; permutation distance ≥ orthogonal distance',
  source: { paper: 'Godfrey, Brown, Emerson, Kvinge, On the Symmetries of Deep Learning Models and their Internal Representations (NeurIPS 2022)', locator: '§5 and the released code pnnl/modelsym (formulas in research/equivariance.md §2.4)', confidence: 'derived', url: 'https://arxiv.org/abs/2205.14258' },
  statement:
    'd^2_{G_{\\mathrm{ReLU}}}(H, HPD) = 0,\\ \\ d^2_{O}(H, cHQ) = 0,\\ \\ \\mathrm{CKA}(H, cHQ) = 1,\\ \\ \\mathrm{CKA}_{G_{\\mathrm{ReLU}}}(H, HPD) = 1,\\ \\ \\min_{\\pi} d^2_{\\pi}(H_1, H_2) \\ge d^2_{O}(H_1, H_2)',
  hypotheses: ['D = \\mathrm{diag}(d),\\ d_j \\in [0.1, 10],\\ Q \\in O(n),\\ c > 0', '\\max_\\pi \\mathrm{tr}(CP_\\pi) \\le \\lVert C\\rVert_* \\text{ (von Neumann)}'],
  notes: 'H = relu(XW + b) for Gaussian X. Distances are compared squared (d² ≤ 1e-6), since the square root turns float32 rounding of 1e-7 into d ≈ 3e-4. The contrasts (G_ReLU-Procrustes under Q, linear CKA under PD) are reported, not asserted.',
  quantifier: 'forall',
  tolerance: { abs: D2_TOL, rel: CKA_TOL, reason: 'float32 Gram matrices: d² ≤ 1e-6 absolute (research notes §0), CKA ≥ 1 − 1e-5 (kernels rounded to float32, HSIC in float64); the order gap may dip to −1e-7 by rounding' },
  params: (budget) => fc.record({ samples: fc.integer({ min: 24, max: bySize(budget, { quick: 160, standard: 400, full: 1000 }) }), units: fc.integer({ min: 2, max: bySize(budget, { quick: 12, standard: 32, full: 64 }) }) }),
  cases: [
    { name: '128 samples × 8 units', params: { samples: 128, units: 8 } },
    { name: '40 samples × 3 units', params: { samples: 40, units: 3 } },
  ],
  runs: { quick: 8, standard: 40, full: 150 },
  theory: () => ({
    value: null,
    steps: [
      { label: 'unit normalisation removes D', latex: '\\frac{d_j h_{\\pi(j)}}{\\lVert d_j h_{\\pi(j)}\\rVert} = \\frac{h_{\\pi(j)}}{\\lVert h_{\\pi(j)}\\rVert} \\quad (d_j > 0)' },
      { label: 'orthogonal invariance', latex: '\\bigl\\lVert (cHQ)^\\top H_2\\bigr\\rVert_* / \\lVert cHQ\\rVert_F = \\lVert H^\\top H_2\\rVert_* / \\lVert H\\rVert_F,\\quad (cHQ)(cHQ)^\\top = c^2 HH^\\top' },
      { label: 'von Neumann trace inequality', latex: '\\mathrm{tr}(C P_\\pi) \\le \\sum_i s_i(C) = \\lVert C\\rVert_* \\implies d^2_\\pi \\ge d^2_O' },
    ],
  }),
  experiment({ samples, units }, ctx) {
    const rng = ctx.rng;
    const perm = randomPermutation(units, rng);
    const scales = perm.map(() => Math.exp(rng.uniform(Math.log(0.1), Math.log(10))));
    const Q = randomOrthogonal(units, rng);
    const c = rng.uniform(0.2, 5);
    const H = reluFeatures(samples, units, rng.fork('H'));
    const other = reluFeatures(samples, units, rng.fork('other'));
    try {
      const [HPD, HQ] = tf.tidy(() => [tf.matMul(H, tf.tensor2d(permScaleMatrix(perm, scales))), tf.mul(tf.matMul(H, tf.tensor2d(Q)), c)] as tf.Tensor2D[]);
      const pd = procrustes(H, HPD!);
      const q = procrustes(H, HQ!);
      const ind = procrustes(H, other);
      // Unit i of H matches unit j of HPD exactly when perm[j] = i.
      const permRecovered = pd.perm.every((j, i) => perm[j] === i);
      const result: Measured = {
        greluPD: pd.greluD2,
        permRecovered,
        greluCkaPD: greluCka(H, HPD!),
        orthQ: q.orthD2,
        linCkaQ: linearCka(H, HQ!),
        orderGap: Math.min(...[pd, q, ind].map((r) => r.permFrobD2 - r.orthD2)),
        greluQ: q.greluD2,
        linCkaPD: linearCka(H, HPD!),
        orthPD: pd.orthD2,
      };
      tf.dispose([HPD!, HQ!]);
      return result;
    } finally {
      tf.dispose([H, other]);
    }
  },
  check(_t, m, tol) {
    const fails: string[] = [];
    if (m.greluPD > tol.abs) fails.push(`G_ReLU-Procrustes d²(H, HPD) = ${m.greluPD.toExponential(2)}`);
    if (m.orthQ > tol.abs) fails.push(`orthogonal d²(H, cHQ) = ${m.orthQ.toExponential(2)}`);
    if (m.linCkaQ < 1 - tol.rel) fails.push(`linear CKA(H, cHQ) = ${m.linCkaQ}`);
    if (m.greluCkaPD < 1 - tol.rel) fails.push(`G_ReLU-CKA(H, HPD) = ${m.greluCkaPD}`);
    if (m.orderGap < -1e-7) fails.push(`permutation distance below orthogonal by ${(-m.orderGap).toExponential(2)}`);
    const margin = Math.min(tol.abs - m.greluPD, tol.abs - m.orthQ, m.linCkaQ - (1 - tol.rel), m.greluCkaPD - (1 - tol.rel), m.orderGap + 1e-7);
    if (fails.length) return violated(margin, fails.join('; '));
    return holds(margin, `invariances hold (d² ≤ ${Math.max(m.greluPD, m.orthQ).toExponential(1)}, CKA ≥ ${Math.min(m.linCkaQ, m.greluCkaPD).toFixed(6)}); matching ${m.permRecovered ? 'recovers' : 'does not recover'} π; contrasts: G_ReLU d²(H, HQ) = ${m.greluQ.toFixed(3)}, linear CKA(H, HPD) = ${m.linCkaPD.toFixed(3)}`);
  },
  summarize: ({ samples, units }, _t, m) => ({
    samples,
    units,
    'G_ReLU d² (H, HPD)': m.greluPD,
    'π recovered': m.permRecovered,
    'G_ReLU-CKA (H, HPD)': m.greluCkaPD,
    'orth d² (H, cHQ)': m.orthQ,
    'linear CKA (H, cHQ)': m.linCkaQ,
    'perm d² − orth d² (min)': m.orderGap,
    'G_ReLU d² (H, HQ)': m.greluQ,
    'orth d² (H, HPD)': m.orthPD,
    'linear CKA (H, HPD)': m.linCkaPD,
  }),
  describe: ({ samples, units }) => `${samples} samples × ${units} units`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'invariances',
      title: 'Squared Procrustes distances under the two symmetry groups',
      x: { label: 'case' },
      y: { label: 'd² (floored at 1e-12)', log: true },
      series: [
        ['G_ReLU d² (H, HPD)', 'G_ReLU-Procrustes, H vs HPD'],
        ['orth d² (H, cHQ)', 'orthogonal Procrustes, H vs cHQ'],
        ['G_ReLU d² (H, HQ)', 'G_ReLU-Procrustes, H vs HQ (not invariant)'],
        ['orth d² (H, HPD)', 'orthogonal Procrustes, H vs HPD (not invariant)'],
      ].map(([key, name]) => ({ name: name!, style: 'points' as const, points: records.map((r, i) => ({ x: i, y: Math.max(1e-12, Number(r.summary[key!])) })) })),
      caption: 'Each measure vanishes on its own symmetry group and not on the other: G_ReLU ignores permutations with positive scales, the orthogonal measure ignores rotations.',
    },
  ],
});
