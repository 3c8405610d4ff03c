import type { CodeStructure } from './structure.js';

/**
 * The definitions and the two properties (Sepliarskaia, Kiseleva & de Rijke, arXiv
 * 1910.05587: P1, a disentangled representation scores maximal; P2, an entangled one scores
 * low), formalised as in research/disentanglement.md §2, over the exact structure of a
 * representation on the factor grid.
 */

/** LaTeX of the definitions, for statements and reports. */
export const DEFINITIONS_TEX = Object.freeze({
  disentangled:
    '\\varphi \\in \\mathcal{D} \\iff \\forall i\\ \\exists j:\\ Z_j = g_i(F_i),\\ g_i \\text{ injective};\\ \\text{every other } Z_k \\text{ is constant, noise, or a function of one factor}',
  entangledInfo:
    '\\varphi \\in \\mathcal{E} \\iff \\exists i:\\ \\bigl(\\exists j: I(Z_j;F_i) > 0\\bigr) \\wedge \\forall j:\\ I(Z_j;F_i) > 0 \\Rightarrow \\exists k \\ne i:\\ I(Z_j;F_k) > 0',
  entangledFunctional: '\\varphi \\in \\mathcal{E}_{\\mathrm{fn}} \\iff \\exists j:\\ Z_j \\text{ is a function of } (F_i)_{i \\in S},\\ |S| \\ge 2, \\text{ of no fewer factors}',
  maxEntangled: '\\varphi \\in \\mathcal{E}_{\\max} \\iff \\forall j:\\ m_{j,(1)} = m_{j,(2)},\\quad m_{ji} = I(Z_j;F_i)',
  p1: 'P1:\\ \\varphi \\in \\mathcal{D} \\Rightarrow M(\\varphi) = \\max M = 1',
  p2: 'P2:\\ \\varphi \\in \\mathcal{E} \\Rightarrow M(\\varphi) < 1,\\quad \\varphi \\in \\mathcal{E}_{\\max} \\Rightarrow M(\\varphi) \\approx 0',
});

/**
 * Thresholds of a P1 / P2 violation, taken from disentanglement_lib's own metric tests: a
 * good representation must score >= 0.9 there (identity), a bad one <= 0.2 (zeros). A
 * disentangled code below 0.9 fails the library's own bar for a good code (P1 violated);
 * an entangled code at or above 0.9 passes it (P2 violated); an E-max code above 0.2 is
 * not "low".
 */
export const GOOD_SCORE = 0.9;
export const LOW_SCORE = 0.2;

/** Def D (redundant variant): every factor has a clean injective code; extra codes are single-factor, constant or noise. */
export function isDisentangled(codes: readonly CodeStructure[], numFactors: number): boolean {
  for (let i = 0; i < numFactors; i++) {
    if (!codes.some((c) => c.dependsOn.length === 1 && c.dependsOn[0] === i && c.determines.includes(i))) return false;
  }
  return codes.every((c) => c.noise || c.constant || c.dependsOn.length === 1);
}

/** Def D, strict variant: exactly one code per factor and nothing else. */
export function isStrictlyDisentangled(codes: readonly CodeStructure[], numFactors: number): boolean {
  return codes.length === numFactors && isDisentangled(codes, numFactors) && codes.every((c) => !c.noise && !c.constant);
}

/** The factors whose information is only available in codes that share it with another factor. */
export function entangledFactors(codes: readonly CodeStructure[], numFactors: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < numFactors; i++) {
    const carriers = codes.filter((c) => c.informative.includes(i));
    if (carriers.length > 0 && carriers.every((c) => c.informative.length >= 2)) out.push(i);
  }
  return out;
}

/** Def E (informational): some factor is only carried by codes that share information with another factor. */
export function isEntangled(codes: readonly CodeStructure[], numFactors: number): boolean {
  return entangledFactors(codes, numFactors).length > 0;
}

/** Codes that are a function of several factors yet share information with at most one (the XOR blind spot). */
export function pairwiseHiddenCodes(codes: readonly CodeStructure[]): number[] {
  return codes.flatMap((c, j) => (c.dependsOn.length >= 2 && c.informative.length <= 1 ? [j] : []));
}

/** A label of the class a representation belongs to. */
export function classLabel(codes: readonly CodeStructure[], numFactors: number): string {
  if (isStrictlyDisentangled(codes, numFactors)) return 'disentangled (strict)';
  if (isDisentangled(codes, numFactors)) return 'disentangled (redundant)';
  if (isEntangled(codes, numFactors)) return 'entangled';
  if (pairwiseHiddenCodes(codes).length > 0) return 'pairwise-hidden (XOR)';
  return 'neither (degenerate)';
}

/** P1 on one representation: a disentangled code scores at least 1 − ε (vacuous otherwise). */
export function p1Holds(disentangled: boolean, score: number, eps = 0): boolean {
  return !disentangled || score >= 1 - eps;
}

/**
 * P2 on one representation: an entangled code scores below 1 (weak form), and a maximally
 * entangled one at most `low` (strict form). Vacuous for codes that are not entangled.
 */
export function p2Holds(entangled: boolean, maxEntangled: boolean, score: number, low = LOW_SCORE): boolean {
  if (!entangled) return true;
  return maxEntangled ? score <= low : score < 1;
}
