import { Rational } from '../exact/rational.js';

/**
 * P1-d (research/vc.md §2.2, our derivation of paper 1's headline): on the circle group with
 * Lebesgue measure the two-parameter class shatters m functions for every m.
 * Γ(s) = (1 − s)²/2 is the stop-loss transform of U[0,1]. With N = 2^m points
 * s_j = 0.2 + 0.6 j/(N−1), grid step Δ, lift δ = Δ²/4 and tangents T_j of Γ at s_j,
 * f_i is the step function whose stop-loss transform is the upper envelope
 *   E_i(s) = max(0, 1/2 − s, T_j(s) + δ : bit_{i−1}(j) = 1).
 * Its atoms sit at the envelope's breakpoints with mass equal to the slope jump there
 * (arc lengths on the circle summing to 1, mean 1/2). Since Γ(s_k) − T_j(s_k) = (s_k − s_j)²/2
 * >= Δ²/2 > δ, the parameters (w, b) = (1/Γ(s_j), −s_j/Γ(s_j)) give Φ(f_i) = E_i(s_j)/Γ(s_j),
 * above 1 exactly when bit_{i−1}(j) = 1.
 */
export interface Arc {
  /** Arc length (probability mass). */
  length: Rational;
  /** The function's value on the arc. */
  value: Rational;
}

export interface ContinuousConstruction {
  m: number;
  N: number;
  s: Rational[];
  delta: Rational;
  /** f_1..f_m as step functions: arcs in increasing order of value. */
  functions: Arc[][];
}

export function gammaUniform(s: Rational): Rational {
  const d = Rational.ONE.sub(s);
  return d.mul(d).div(Rational.of(2));
}

interface Line {
  slope: Rational;
  intercept: Rational;
}

export function continuousConstruction(m: number): ContinuousConstruction {
  if (!Number.isInteger(m) || m < 1 || m > 10) throw new RangeError(`continuousConstruction: m must be an integer in [1, 10], got ${m}`);
  const N = 2 ** m;
  const step = Rational.of(3, 5 * (N - 1));
  const s = Array.from({ length: N }, (_, j) => Rational.of(1, 5).add(step.mul(Rational.of(j))));
  const delta = step.mul(step).div(Rational.of(4));
  const functions = Array.from({ length: m }, (_, i) => {
    const lines: Line[] = [
      { slope: Rational.of(-1), intercept: Rational.of(1, 2) },
      { slope: Rational.ZERO, intercept: Rational.ZERO },
    ];
    s.forEach((sj, j) => {
      if (!((j >>> i) & 1)) return;
      const slope = sj.sub(Rational.ONE); // Γ'(s_j) = −(1 − s_j)
      lines.push({ slope, intercept: gammaUniform(sj).sub(slope.mul(sj)).add(delta) });
    });
    return envelopeAtoms(lines);
  });
  return { m, N, s, delta, functions };
}

/**
 * Atoms of the distribution whose stop-loss transform is the upper envelope of the lines
 * (slopes in [−1, 0], the −1 and 0 lines present): breakpoints and slope jumps.
 */
function envelopeAtoms(lines: Line[]): Arc[] {
  const sorted = [...lines].sort((p, q) => p.slope.cmp(q.slope) || q.intercept.cmp(p.intercept));
  const hull: Line[] = [];
  const x = (p: Line, q: Line) => q.intercept.sub(p.intercept).div(p.slope.sub(q.slope)); // p = q there
  for (const l of sorted) {
    if (hull.length && hull[hull.length - 1]!.slope.cmp(l.slope) === 0) continue; // same slope: keep the higher
    while (hull.length >= 2 && x(hull[hull.length - 2]!, l).cmp(x(hull[hull.length - 2]!, hull[hull.length - 1]!)) <= 0) hull.pop();
    hull.push(l);
  }
  const arcs: Arc[] = [];
  for (let k = 0; k + 1 < hull.length; k++) {
    arcs.push({ value: x(hull[k]!, hull[k + 1]!), length: hull[k + 1]!.slope.sub(hull[k]!.slope) });
  }
  return arcs;
}

/** (w, b) for labeling j, exactly. */
export function continuousParams(c: ContinuousConstruction, j: number): { w: Rational; b: Rational } {
  const g = gammaUniform(c.s[j]!);
  return { w: Rational.ONE.div(g), b: c.s[j]!.neg().div(g) };
}

/** Φ_{w,b}(f) = Σ_arcs length · ReLU(w·value + b), exactly (delta kernel). */
export function phiStepExact(w: Rational, b: Rational, arcs: readonly Arc[]): Rational {
  let sum = Rational.ZERO;
  for (const { length, value } of arcs) {
    const z = w.mul(value).add(b);
    if (z.sign() > 0) sum = sum.add(length.mul(z));
  }
  return sum;
}

/**
 * The margin the construction guarantees, min_j min(δ, s_j²/2, Γ(s_j)) / Γ(s_j): a 1-labelled
 * function has E_i(s_j) >= Γ(s_j) + δ; a 0-labelled one has E_i(s_j) <= Γ(s_j) − min(δ, s_j²/2)
 * (tangents from other grid points sit Δ²/2 − δ = δ below Γ, the line 1/2 − s sits s²/2 below)
 * or E_i(s_j) = 0.
 */
export function continuousMarginBound(c: ContinuousConstruction): Rational {
  const min = (p: Rational, q: Rational) => (p.cmp(q) <= 0 ? p : q);
  let best: Rational | null = null;
  for (const sj of c.s) {
    const g = gammaUniform(sj);
    const m = min(min(c.delta, sj.mul(sj).div(Rational.of(2))), g).div(g);
    if (best === null || m.cmp(best) < 0) best = m;
  }
  return best!;
}
