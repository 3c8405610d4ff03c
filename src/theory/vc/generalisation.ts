/**
 * Classical VC generalisation bounds (research/vc.md §3.7). With probability >= 1 − δ over
 * an i.i.d. sample of size m, every h in a class of VC dimension d satisfies R(h) <= R̂(h) + ε.
 */

/** Mohri, Rostamizadeh & Talwalkar (2nd ed., Cor. 3.19): √(2d ln(em/d)/m) + √(ln(1/δ)/(2m)). */
export function mohriGap(d: number, m: number, delta: number): number {
  if (d < 1 || m < d) return Infinity; // the bound needs m >= d >= 1
  return Math.sqrt((2 * d * Math.log((Math.E * m) / d)) / m) + Math.sqrt(Math.log(1 / delta) / (2 * m));
}

/** Vapnik / Burges form: √((h(ln(2m/h) + 1) − ln(δ/4)) / m). */
export function vapnikGap(h: number, m: number, delta: number): number {
  if (h < 1 || m < h) return Infinity;
  return Math.sqrt((h * (Math.log((2 * m) / h) + 1) - Math.log(delta / 4)) / m);
}

/** Hoeffding for a finite test set of size T: |R̂_test − R| <= √(ln(1/δ')/(2T)) w.p. >= 1 − δ'. */
export function testSetTerm(T: number, deltaTest: number): number {
  return Math.sqrt(Math.log(1 / deltaTest) / (2 * T));
}

/** LaTeX of the Mohri bound at given values. */
export function mohriTeX(d: number, m: number, delta: number): string {
  return `\\sqrt{\\tfrac{2\\cdot ${d}\\,\\ln(e\\cdot ${m}/${d})}{${m}}} + \\sqrt{\\tfrac{\\ln(1/${delta})}{2\\cdot ${m}}} = ${mohriGap(d, m, delta).toFixed(4)}`;
}
