/**
 * Paper 2's bounds on VC(H_{W,L,r}) (Sepliarskaia, Langer & Schmidt-Hieber, NeurIPS 2025),
 * research/vc.md §1.2. The prose of Cor 1 is verified; the display formulas were not
 * decoded, so the shapes here are reconstructed. VC(F_{W,L}) is replaced by the BHLM proxy
 * W·L·log2 W (its order, Θ(WL log W)), as in the notes' table.
 */

/** Universal constants of paper 2, valid when W > L² and W > 125 (their Section C). */
export const PAPER2_C_UPPER = 500;
export const PAPER2_C_LOWER = 1 / 7500;

/** The BHLM proxy for VC(F_{W,L}): W·L·log2 W. */
export function bhlmProxy(W: number, L: number): number {
  return W * L * Math.log2(W);
}

/** Cor 1 (reconstructed shape): C·(W L log2 W + L W log2 r). */
export function paper2UpperBound(W: number, L: number, r: number, C = PAPER2_C_UPPER): number {
  return C * (bhlmProxy(W, L) + L * W * Math.log2(r));
}

/** Thm 2 (reconstructed shape): c·(W L log2 W + W ⌊log2 r⌋). */
export function paper2LowerBound(W: number, L: number, r: number, c = PAPER2_C_LOWER): number {
  return c * (bhlmProxy(W, L) + W * Math.floor(Math.log2(r)));
}

/** The explicit lower bound of Cor 3: ⌊W/4⌋·⌊log2 r⌋ (4 parameters per indicator block). */
export function explicitLowerBound(W: number, r: number): number {
  return Math.floor(W / 4) * Math.floor(Math.log2(r));
}

/** Which hypotheses of the constants hold: L < W^0.99, W > L², W > 125. */
export function paper2Validity(W: number, L: number): { valid: boolean; failed: string[] } {
  const failed: string[] = [];
  if (!(L < W ** 0.99)) failed.push('L < W^0.99');
  if (!(W > L * L)) failed.push('W > L^2');
  if (!(W > 125)) failed.push('W > 125');
  return { valid: failed.length === 0, failed };
}

/** LaTeX of Cor 1 at given values (for the report). */
export function paper2UpperTeX(W: number, L: number, r: number, C = PAPER2_C_UPPER): string {
  return `${C}\\,\\bigl(${W}\\cdot ${L}\\log_2 ${W} + ${L}\\cdot ${W}\\log_2 ${r}\\bigr) = ${paper2UpperBound(W, L, r, C).toExponential(3)}`;
}
