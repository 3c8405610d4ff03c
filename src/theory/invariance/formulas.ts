import type { DerivationStep } from '../../core/claim.js';

/**
 * The invariance metrics as the report shows them. The paper (Moskalev, Sepliarskaia,
 * Bekkers, Smeulders 2023) names predictive-distribution invariance, logit invariance and
 * saliency invariance similarity, but its formulas were not available: every formula here
 * is our formalisation (research/invariance.md §3.2), and `ours` says so.
 */
export interface MetricFormula {
  name: string;
  latex: string;
  /** True when the definition (not only the name) is ours. */
  ours: boolean;
  note: string;
}

export type MetricName = 'pdi' | 'agreement' | 'lie' | 'sis' | 'sensitivity' | 'regulariser';

export const INVARIANCE_FORMULAS: Readonly<Record<MetricName, MetricFormula>> = Object.freeze({
  pdi: {
    name: 'predictive-distribution invariance (orbit JSD)',
    latex:
      '\\mathrm{JSD}_G(x) = H\\Bigl(\\tfrac{1}{|G|}\\sum_{g} p(gx)\\Bigr) - \\tfrac{1}{|G|}\\sum_{g} H\\bigl(p(gx)\\bigr),\\qquad \\mathrm{PDI} = 1 - \\frac{\\mathbb{E}_x \\mathrm{JSD}_G(x)}{\\ln |G|}',
    ours: true,
    note: 'p = softmax of the logits; JSD in nats, clamped at 0 against round-off; PDI in [0, 1], 1 = same predictive distribution on the whole orbit.',
  },
  agreement: {
    name: 'argmax agreement',
    latex: '\\mathrm{agree} = \\mathbb{E}_x \\frac{1}{|G|-1} \\sum_{g \\ne e} \\mathbf{1}\\bigl[\\arg\\max_k z_k(gx) = \\arg\\max_k z_k(x)\\bigr]',
    ours: false,
    note: '"correct on the orbit": the notion the paper contrasts with genuine invariance.',
  },
  lie: {
    name: 'logit invariance error (relative orbit spread)',
    latex:
      '\\hat z_g = z(gx) - \\tfrac{1}{K}\\mathbf{1}^{\\top} z(gx)\\,\\mathbf{1},\\quad \\bar z = \\tfrac{1}{|G|}\\sum_g \\hat z_g,\\quad \\mathrm{LIE}(x) = \\sqrt{\\frac{\\tfrac{1}{|G|}\\sum_g \\lVert \\hat z_g - \\bar z \\rVert^2}{\\lVert \\bar z \\rVert^2}}',
    ours: true,
    note: 'logits are centred because softmax ignores constant shifts; 0 for a genuinely invariant model; reported as the mean over inputs.',
  },
  sis: {
    name: 'saliency invariance similarity',
    latex:
      's_g(x) = \\nabla_x\\, z_c(gx) = \\rho(g)^{\\top} (\\nabla z_c)(gx),\\quad c = \\arg\\max_k z_k(x),\\qquad \\mathrm{SIS} = \\mathbb{E}_x \\frac{1}{|G|-1}\\sum_{g \\ne e} \\cos\\bigl(s_e(x), s_g(x)\\bigr)',
    ours: true,
    note: 'for a permutation action ρ(g)ᵀ = ρ(g)⁻¹ aligns the saliency of gx back to x (the paper\'s "normalised to a common orientation"); raw signed gradients, cos(0, 0) = 1.',
  },
  sensitivity: {
    name: 'input-gradient spectrum (spectral decay)',
    latex:
      'J(x) = \\frac{\\partial \\hat z(x)}{\\partial x} \\in \\mathbb{R}^{K \\times D},\\quad \\sigma_1(J) \\ge \\dots \\ge \\sigma_K(J),\\qquad \\mathrm{sens} = \\mathbb{E}_x \\lVert \\nabla_x z_c(x) \\rVert_2',
    ours: true,
    note: 'our proxy for the paper\'s "spectral decay": a model that is invariant by being insensitive to every perturbation has small σ_i and gradient norms.',
  },
  regulariser: {
    name: 'invariance-error regulariser',
    latex: '\\mathcal{L} = \\mathrm{CE}\\bigl(z(x), y\\bigr) + \\lambda\\, \\frac{1}{|G|-1} \\sum_{g \\ne e} \\lVert z(gx) - z(x) \\rVert_2^2',
    ours: true,
    note: 'averaged over the training batch; G = C4 (rot90), applied to training inputs only.',
  },
});

/** A number in LaTeX (fixed or scientific, 3 significant digits). */
export function texNumber(x: number): string {
  if (!Number.isFinite(x)) return '\\text{n/a}';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-2 && a < 1e4) return String(Number(x.toPrecision(3)));
  const [m, e] = x.toExponential(2).split('e');
  return `${m}\\times 10^{${Number(e)}}`;
}

/**
 * The decision rule of a statistical ratio claim, as derivation steps: per-seed ratios r_s,
 * the one-sided Student-t bounds on their geometric mean over n seeds, and the threshold;
 * `quantiles` lists t_{n−1} for the seed counts the budgets use.
 */
export function ratioRuleSteps(symbol: string, level: number, threshold: number, direction: 'at-least' | 'below', quantiles: readonly { seeds: number; t: number }[]): DerivationStep[] {
  const pct = Math.round(level * 100);
  const bound = (sign: '-' | '+') => `\\exp\\Bigl(\\overline{\\ln ${symbol}} ${sign} t_{n-1}\\,\\tfrac{s_{\\ln ${symbol}}}{\\sqrt{n}}\\Bigr)`;
  return [
    {
      label: `one-sided ${pct}% Student-t quantiles for the seed counts n of the budgets`,
      latex: quantiles.map((q) => `t_{${q.seeds - 1}} = ${texNumber(q.t)}`).join(',\\quad '),
    },
    direction === 'at-least'
      ? { label: `holds when the lower ${pct}% bound clears the threshold; violated when the upper bound is below it; otherwise inconclusive`, latex: `${bound('-')} \\ge ${texNumber(threshold)}\\ (\\text{holds}),\\qquad ${bound('+')} < ${texNumber(threshold)}\\ (\\text{violated})` }
      : { label: `holds when the upper ${pct}% bound is below the threshold; violated when the lower bound is not; otherwise inconclusive`, latex: `${bound('+')} < ${texNumber(threshold)}\\ (\\text{holds}),\\qquad ${bound('-')} \\ge ${texNumber(threshold)}\\ (\\text{violated})` },
  ];
}
