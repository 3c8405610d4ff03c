/**
 * The two-parameter class on the circle group (circumference 1, Lebesgue measure) for
 * step-function inputs, in plain float64: Φ_{w,b}(f) = ∫ ReLU(w·(K⋆f)(x) + b) dx.
 * With the identity (delta) kernel Φ = Σ_arcs length · ReLU(w·value + b). With a box kernel
 * of width η, K⋆f is the moving average (1/η)∫_{x−η/2}^{x+η/2} f, a continuous piecewise-linear
 * function with breakpoints at the arc ends ± η/2, and the integral of ReLU of each linear
 * piece is taken in closed form. Arcs are laid out around the circle in the given order.
 */
export interface ArcF64 {
  length: number;
  value: number;
}

export function phiCircle(w: number, b: number, arcs: readonly ArcF64[], eta: number | null = null): number {
  if (eta === null || eta <= 0) return arcs.reduce((acc, { length, value }) => acc + length * Math.max(0, w * value + b), 0);
  const starts: number[] = [];
  let p = 0;
  for (const a of arcs) {
    starts.push(p);
    p += a.length;
  }
  const total = p;
  const cum = [0];
  arcs.forEach((a, k) => cum.push(cum[k]! + a.length * a.value));
  const F0 = (x: number) => {
    let k = 0;
    while (k + 1 < arcs.length && starts[k + 1]! <= x) k++;
    return cum[k]! + (x - starts[k]!) * arcs[k]!.value;
  };
  const F = (x: number) => {
    const turns = Math.floor(x / total);
    return turns * cum[arcs.length]! + F0(x - turns * total);
  };
  const u = (x: number) => (F(x + eta / 2) - F(x - eta / 2)) / eta;
  const wrap = (x: number) => ((x % total) + total) % total;
  const xs = [...new Set([0, total, ...starts.flatMap((s) => [wrap(s - eta / 2), wrap(s + eta / 2)])])].sort((a, c) => a - c);
  let sum = 0;
  for (let k = 0; k + 1 < xs.length; k++) {
    const [x0, x1] = [xs[k]!, xs[k + 1]!];
    const z0 = w * u(x0) + b;
    const z1 = w * u(x1) + b;
    const len = x1 - x0;
    if (z0 >= 0 && z1 >= 0) sum += (len * (z0 + z1)) / 2;
    else if (z0 > 0 || z1 > 0) {
      const zp = Math.max(z0, z1);
      sum += (len * zp * zp) / (2 * Math.abs(z1 - z0));
    }
  }
  return sum;
}
