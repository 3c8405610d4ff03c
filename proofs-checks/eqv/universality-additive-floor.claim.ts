import fc from 'fast-check';
import { defineClaim, type CaseRecord } from '../../src/core/claim.js';
import { bySize } from '../../src/core/budget.js';
import { Rng } from '../../src/core/rng.js';
import { holds, inconclusive, violated } from '../../src/core/verdict.js';
import { fitSetFunction, type SetFitResult } from '../../src/empirical/equivariance/set-function-fit.js';
import { Rational } from '../../src/theory/exact/rational.js';
import { additiveFloor, pointnetCombination, pointnetForm, pointnetSupFloor, productTarget, unitGrid } from '../../src/theory/equivariance/universality.js';

/**
 * Equal separation, different approximation (Pacini, Santin, Lepri, Trivedi 2025; quantitative
 * floors derived in research/equivariance.md §1.6): any additive F = Σ_i h(x_i) misses xy on
 * the 11×11 grid by MSE ≥ 1/100 and sup ≥ 1/4 (exact two-way ANOVA residual; corner second
 * difference), whatever the training; the PointNet form Σ_i h(x_i, Σ_j x_j) fits xy, yet
 * misses x1x2x3x4 on {0, 1/2, 1}^4 by sup ≥ 1/64.
 */
type Task = 'xy' | 'sum-square' | 'product4';
interface Params {
  task: Task;
  hidden: number;
  seed: number;
}
interface Theory {
  mseFloor: number;
  supFloor: number;
  /** F(a) − F(b) − F(c) + F(d) on a random rational ReLU PointNet (0 by the derivation). */
  pointnetCombo: number;
  pointnetRepresents: boolean;
}
interface Measured {
  additive: SetFitResult | null;
  pointnet: SetFitResult;
}

const grid = (): number[][] => unitGrid(10).flatMap((x) => unitGrid(10).map((y) => [x.toNumber(), y.toNumber()]));
const grid4 = (): number[][] => Array.from({ length: 81 }, (_, a) => [a % 3, Math.floor(a / 3) % 3, Math.floor(a / 9) % 3, Math.floor(a / 27)].map((v) => v / 2));
const targetOf = (task: Task) => (p: readonly number[]) => (task === 'xy' ? p[0]! * p[1]! : task === 'sum-square' ? (p[0]! + p[1]!) ** 2 : p.reduce((a, b) => a * b, 1));
const ratTarget = (task: Task) => (x: Rational, y: Rational) => (task === 'xy' ? x.mul(y) : x.add(y).mul(x.add(y)));

export const universalityAdditiveFloor = defineClaim<Params, Theory, Measured>({
  id: 'eqv.universality.additive-floor',
  title: 'Σ h(x_i) cannot fit xy (MSE ≥ 0.01, sup ≥ 0.25 on the grid); the PointNet form can',
  source: { paper: 'Pacini, Santin, Lepri, Trivedi, On Universality Classes of Equivariant Networks (NeurIPS 2025)', locator: 'abstract (equal separation, different universality); floors derived in research/equivariance.md §1.6', confidence: 'derived', url: 'https://arxiv.org/abs/2506.02293' },
  statement:
    'F = \\textstyle\\sum_i h(x_i):\\ \\ \\tfrac{1}{121}\\sum_{\\text{grid}} (F - xy)^2 \\ge \\tfrac{1}{100},\\ \\ \\max_{\\text{grid}} \\lvert F - xy\\rvert \\ge \\tfrac14;\\qquad F = \\textstyle\\sum_i h(x_i, s):\\ \\max_{\\{0,\\frac12,1\\}^4} \\lvert F - x_1x_2x_3x_4\\rvert \\ge \\tfrac{1}{64}',
  hypotheses: ['\\text{grid } \\{0, 0.1, \\dots, 1\\}^2,\\ s = \\textstyle\\sum_j x_j,\\ h \\text{ any function (here a trained tanh MLP)}', '\\text{(}x+y)^2\\text{: floors } \\tfrac{4}{100} \\text{ and } \\tfrac12'],
  notes: 'The floors hold for every additive F, so a trained net below them is a counterexample. A PointNet fit that stays above a tenth of the additive floor is inconclusive (training found no witness), never a violation.',
  quantifier: 'forall',
  tolerance: { abs: 1e-6, rel: 1e-5, reason: 'float32 grid MSE and sup of a trained net: ~1e-7 relative rounding per value, sums of 121 squares; the floors are exact rationals' },
  params: (budget) => fc.record({ task: fc.constantFrom<Task>('xy', 'sum-square', 'product4'), hidden: bySize(budget, { quick: fc.constantFrom(8, 16), standard: fc.constantFrom(8, 16, 24), full: fc.constantFrom(8, 16, 24, 32) }), seed: fc.nat() }),
  cases: [
    { name: 'xy on the 11×11 grid', params: { task: 'xy', hidden: 8, seed: 1 } },
    { name: 'x1x2x3x4 on {0,1/2,1}^4 (PointNet form)', params: { task: 'product4', hidden: 24, seed: 2 } },
  ],
  runs: { quick: 1, standard: 6, full: 20 },
  theory({ task, seed }, { cas }) {
    const rng = new Rng(seed);
    const q = () => Rational.of(Math.round(rng.normal(0, 1) * 8), 8);
    const units = Array.from({ length: 4 }, () => ({ a: q(), b: q(), c: q(), out: q() }));
    const h = (xi: Rational, s: Rational) => units.reduce((acc, u) => { const z = u.a.mul(xi).add(u.b.mul(s)).add(u.c); return acc.add(u.out.mul(z.sign() > 0 ? z : Rational.ZERO)); }, Rational.ZERO);
    const pointnetCombo = pointnetCombination(pointnetForm(h)).toNumber();
    if (task === 'product4') {
      const floor = pointnetSupFloor(productTarget);
      return {
        value: { mseFloor: 0, supFloor: floor.toNumber(), pointnetCombo, pointnetRepresents: false },
        steps: [
          { label: 'four points with s = 2', latex: 'a = (\\tfrac12,\\tfrac12,\\tfrac12,\\tfrac12),\\ b = (\\tfrac12,\\tfrac12,0,1),\\ c = (0,1,\\tfrac12,\\tfrac12),\\ d = (0,1,0,1)' },
          { label: 'the combination kills Σ h(x_i, s)', latex: `F(a) - F(b) - F(c) + F(d) = 0 \\ \\text{(random rational ReLU } h\\text{: } ${pointnetCombo})` },
          { label: 'but not the product', latex: `\\tfrac{1}{16} - 0 - 0 + 0 = \\tfrac{1}{16} \\implies \\sup\\lvert F - x_1x_2x_3x_4\\rvert \\ge ${floor.toTeX()}` },
        ],
      };
    }
    const g = unitGrid(10);
    const floor = additiveFloor(ratTarget(task), g, g);
    const expr = task === 'xy' ? 'x*y' : '(x+y)^2';
    const mixed = cas.diff(cas.diff(expr, 'x'), 'y');
    const pointnetRepresents = cas.equal(expr, task === 'xy' ? '(x+y)^2/2 - x^2/2 - y^2/2' : '(x+y)^2');
    return {
      value: { mseFloor: floor.mse.toNumber(), supFloor: floor.supFloor.toNumber(), pointnetCombo, pointnetRepresents },
      steps: [
        { label: 'mixed derivative (CAS)', latex: `\\partial_x\\partial_y\\,${cas.toTeX(expr)} = ${cas.toTeX(mixed)},\\ \\text{while } \\partial_x\\partial_y \\textstyle\\sum_i h(x_i) = 0` },
        { label: 'best additive fit on the grid: the ANOVA interaction residual', latex: `\\min_F \\mathrm{MSE} = ${floor.mse.toTeX()},\\quad \\text{its sup} = ${floor.supOfBestFit.toTeX()}` },
        { label: 'corner second difference', latex: `\\sup\\lvert F - T\\rvert \\ge \\tfrac14\\lvert T(1,1) - T(1,0) - T(0,1) + T(0,0)\\rvert = ${floor.supFloor.toTeX()}` },
        { label: 'PointNet form represents it exactly', latex: `${cas.toTeX(expr)} = \\textstyle\\sum_i h(x_i, s),\\ h(t, s) = ${task === 'xy' ? '\\tfrac{s^2}{4} - \\tfrac{t^2}{2}' : '\\tfrac{s^2}{2}'}: ${pointnetRepresents ? '\\text{verified}' : '\\text{not verified}'}` },
      ],
    };
  },
  experiment({ task, hidden }, ctx) {
    const pts = task === 'product4' ? grid4() : grid();
    const target = pts.map(targetOf(task));
    const scale = bySize(ctx.budget, { quick: 1, standard: 2, full: 4 });
    const pointnet = fitSetFunction(pts, target, { form: 'pointnet', hidden: Math.max(hidden, 24), steps: 300 * scale, lr: 0.02 }, ctx.rng.fork('pointnet'));
    const additive = task === 'product4' ? null : fitSetFunction(pts, target, { form: 'additive', hidden, steps: 150 * scale, lr: 0.03 }, ctx.rng.fork('additive'));
    return { additive, pointnet };
  },
  check(t, m, tol) {
    if (t.pointnetCombo !== 0) return violated(-Math.abs(t.pointnetCombo), `the four-point combination of a PointNet form is ${t.pointnetCombo} ≠ 0`);
    const slack = (floor: number) => floor - tol.abs - tol.rel * floor;
    if (!m.additive) {
      const margin = m.pointnet.sup - slack(t.supFloor);
      if (margin < 0) return violated(margin, `a PointNet form reached sup error ${m.pointnet.sup.toExponential(3)} < 1/64`);
      return holds(margin, `trained PointNet form: sup error ${m.pointnet.sup.toFixed(4)} ≥ 1/64 (MSE ${m.pointnet.mse.toExponential(2)})`);
    }
    const marginMse = m.additive.mse - slack(t.mseFloor);
    const marginSup = m.additive.sup - slack(t.supFloor);
    if (marginMse < 0) return violated(marginMse, `an additive net reached MSE ${m.additive.mse.toExponential(4)} < floor ${t.mseFloor}`);
    if (marginSup < 0) return violated(marginSup, `an additive net reached sup error ${m.additive.sup.toFixed(4)} < floor ${t.supFloor}`);
    if (!t.pointnetRepresents) return violated(-1, 'the PointNet representation of the target failed the CAS identity');
    if (m.pointnet.mse > t.mseFloor / 10) return inconclusive(`the PointNet fit stopped at MSE ${m.pointnet.mse.toExponential(2)} (> floor/10); training found no witness`);
    return holds(Math.min(marginMse, marginSup), `additive: MSE ${m.additive.mse.toFixed(5)} ≥ ${t.mseFloor}, sup ${m.additive.sup.toFixed(3)} ≥ ${t.supFloor}; PointNet: MSE ${m.pointnet.mse.toExponential(2)}`);
  },
  summarize: ({ task }, t, m) => ({
    task,
    'MSE floor': t.mseFloor,
    'sup floor': t.supFloor,
    'additive MSE': m.additive?.mse ?? null,
    'additive sup': m.additive?.sup ?? null,
    'PointNet MSE': m.pointnet.mse,
    'PointNet sup': m.pointnet.sup,
  }),
  describe: ({ task, hidden, seed }) => `${task}, hidden ${hidden}, seed ${seed}`,
  plots: (records: CaseRecord[]) => [
    {
      id: 'fits-vs-floors',
      title: 'Trained fits against the exact floors',
      x: { label: 'case' },
      y: { label: 'error', log: true },
      series: [
        { name: 'additive MSE', style: 'points', points: records.flatMap((r, i) => (r.summary['additive MSE'] === null ? [] : [{ x: i, y: Number(r.summary['additive MSE']), label: String(r.summary.task) }])) },
        { name: 'MSE floor (additive)', style: 'dashed', points: records.flatMap((r, i) => (Number(r.summary['MSE floor']) > 0 ? [{ x: i, y: Number(r.summary['MSE floor']) }] : [])) },
        { name: 'PointNet MSE', style: 'points', points: records.map((r, i) => ({ x: i, y: Math.max(1e-9, Number(r.summary['PointNet MSE'])), label: String(r.summary.task) })) },
        { name: 'PointNet sup (x1x2x3x4)', style: 'points', points: records.flatMap((r, i) => (r.summary.task === 'product4' ? [{ x: i, y: Number(r.summary['PointNet sup']) }] : [])) },
        { name: 'sup floor 1/64', style: 'dashed', points: records.flatMap((r, i) => (r.summary.task === 'product4' ? [{ x: i, y: 1 / 64 }] : [])) },
      ],
      caption: 'Additive nets sit on their floor (the bound is tight); the PointNet form fits xy decades below it, but not x1x2x3x4.',
    },
  ],
});
