/**
 * Labelings of points x_1..x_n ∈ R realised by x ↦ [sin(ωx) > 0] for ω in [−Ω, Ω]. The sign
 * of sin(ω x_i) changes only at ω = kπ/|x_i|, so one ω between consecutive critical values
 * (and ω = 0, where every label is −) gives every labeling of the scanned range exactly; sin is
 * odd, so ω < 0 gives the complements. The class has infinite VC dimension, so a finite scan
 * is a lower bound on its dichotomies (exact for |ω| <= Ω).
 */
export function sineDichotomies(xs: readonly number[], omegaMax: number, maxCritical = 2_000_000): { labelings: Set<number>; omegaMax: number } {
  const n = xs.length;
  if (n > 30) throw new RangeError(`sineDichotomies: at most 30 points, got ${n}`);
  const nz = xs.filter((x) => x !== 0).map(Math.abs);
  const perUnit = nz.reduce((acc, x) => acc + x / Math.PI, 0);
  const omega = perUnit > 0 ? Math.min(omegaMax, maxCritical / perUnit) : 0;
  const crit: number[] = [0];
  for (const x of nz) for (let k = 1; (k * Math.PI) / x <= omega; k++) crit.push((k * Math.PI) / x);
  crit.sort((a, b) => a - b);
  crit.push(omega); // the last open interval ends at Ω
  const out = new Set<number>([0]);
  const full = (2 ** n - 1) >>> 0;
  for (let k = 0; k + 1 < crit.length; k++) {
    if (!(crit[k + 1]! > crit[k]!)) continue;
    const w = (crit[k]! + crit[k + 1]!) / 2;
    let mask = 0;
    xs.forEach((x, i) => {
      if (Math.sin(w * x) > 0) mask |= 1 << i;
    });
    out.add(mask >>> 0);
    // ω → −ω flips every nonzero sin; points at x = 0 stay −
    let comp = 0;
    xs.forEach((x, i) => {
      if (x !== 0 && !((mask >>> i) & 1)) comp |= 1 << i;
    });
    out.add((comp & full) >>> 0);
  }
  return { labelings: out, omegaMax: omega };
}
