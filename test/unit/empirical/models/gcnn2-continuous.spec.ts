import { expect, it } from 'vitest';
import { phiCircle } from '../../../../src/empirical/models/gcnn2-continuous.js';

it('should integrate step functions on the circle, with a box kernel converging to the identity kernel', () => {
  const arcs = [{ length: 0.25, value: 0 }, { length: 0.5, value: 1 }, { length: 0.25, value: 3 }];
  const id = phiCircle(1, -0.5, arcs);
  expect(id).toBeCloseTo(0.5 * 0.5 + 0.25 * 2.5, 14);
  expect(phiCircle(1, -0.5, arcs, 1e-6)).toBeCloseTo(id, 5);
  // a box kernel as wide as the circle averages to the mean: Φ = ReLU(w·mean + b)
  expect(phiCircle(1, -0.5, arcs, 1)).toBeCloseTo(Math.max(0, 1.25 - 0.5), 10);
  // a mid-size box against a Riemann sum
  const eta = 0.1;
  const f = (x: number) => { const y = ((x % 1) + 1) % 1; return y < 0.25 ? 0 : y < 0.75 ? 1 : 3; };
  let riemann = 0;
  const N = 4000;
  for (let i = 0; i < N; i++) {
    const x = (i + 0.5) / N;
    let u = 0;
    for (let k = 0; k < 200; k++) u += f(x - eta / 2 + ((k + 0.5) * eta) / 200) / 200;
    riemann += Math.max(0, 2 * u - 1.5) / N;
  }
  expect(phiCircle(2, -1.5, arcs, eta)).toBeCloseTo(riemann, 3);
});
