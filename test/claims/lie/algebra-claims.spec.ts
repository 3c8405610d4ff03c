import { describe, expect, it } from 'vitest';
import { bracketAxioms, measureAxioms } from '../../../proofs-checks/lie/bracket-axioms.claim.js';
import { closureNonClosedSpans } from '../../../proofs-checks/lie/closure-non-closed-spans.claim.js';
import { closureStandardAlgebras } from '../../../proofs-checks/lie/closure-standard-algebras.claim.js';
import { expOneParameterGroup } from '../../../proofs-checks/lie/exp-one-parameter-group.claim.js';
import { killingCartanCriterion } from '../../../proofs-checks/lie/killing-cartan-criterion.claim.js';
import { matMul } from '../../../src/theory/exact/matrix.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

const noCas = { cas: undefined as never };
const byName = (r: Awaited<ReturnType<typeof runForTest>>) => Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));

describe('lie.bracket.axioms', () => {
  it('should hold exactly on the named and generated rational matrices', async () => {
    const r = await runForTest(bracketAxioms);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    expect(r.property!.runsExecuted).toBe(25);
    for (const c of r.cases) expect(c.summary).toMatchObject({ 'bilinearity residual': '0', 'antisymmetry residual': '0', 'Jacobi residual': '0', '[A,B] ≠ 0': true });
  });

  it('should be violated by the plain product, which is not antisymmetric', () => {
    const p = bracketAxioms.cases[2]!.params;
    const m = measureAxioms(p, (A, B) => matMul(A, B));
    expect(m.antisymmetry).not.toBeNull();
    expect(bracketAxioms.check(bracketAxioms.theory(p, noCas).value, m, bracketAxioms.tolerance, p).status).toBe('violated');
  });
});

describe('lie.closure.standard-algebras', () => {
  it('should find every standard algebra closed with its dimension, and ε_ijk for so(3)', async () => {
    const r = await runForTest(closureStandardAlgebras);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    const s = byName(r);
    expect(s['so(3): ε_ijk']).toMatchObject({ closed: true, dimension: 3, 'ε_ijk': true, identified: 'so(3)' });
    expect(s['so(5)']).toMatchObject({ dimension: 10, identified: 'so(5)' });
    expect(s['sl(3), mixed basis']).toMatchObject({ dimension: 8, identified: 'sl(3)' });
    expect(s['aff(2)']).toMatchObject({ dimension: 6 });
    expect(s['t(4)']).toMatchObject({ dimension: 10 });
  });

  it('should be violated when the measured span is not closed or misidentified', () => {
    const p = closureStandardAlgebras.cases[0]!.params;
    const t = closureStandardAlgebras.theory(p, noCas).value;
    const m = closureStandardAlgebras.experiment!(p, undefined as never) as Exclude<ReturnType<NonNullable<typeof closureStandardAlgebras.experiment>>, Promise<unknown>>;
    expect(closureStandardAlgebras.check(t, { ...m, closed: false, missing: 1 }, closureStandardAlgebras.tolerance, p).status).toBe('violated');
    expect(closureStandardAlgebras.check(t, { ...m, identified: 'sl(2)' }, closureStandardAlgebras.tolerance, p).status).toBe('violated');
    expect(closureStandardAlgebras.check(t, { ...m, epsilon: false }, closureStandardAlgebras.tolerance, p).status).toBe('violated');
  });
});

describe('lie.closure.non-closed-spans', () => {
  it('should hold with the witness span{Lx, Ly}: [Lx, Ly] = Lz is missing', async () => {
    const r = await runForTest(closureNonClosedSpans);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    expect(byName(r)['{Lx, Ly}']).toMatchObject({ closed: false, 'missing brackets': '[Lx,Ly]', 'generated dimension': 3, 'generated algebra': 'so(3)' });
    expect(byName(r)['a 2-plane of gl(3)']).toMatchObject({ closed: false, 'generated dimension': 9, 'generated algebra': 'gl(3)' });
  });

  it('should not count a closed span (so(3) itself) as a witness', () => {
    const p = { generators: [[[0, 0, 0], [0, 0, -1], [0, 1, 0]], [[0, 0, 1], [0, 0, 0], [-1, 0, 0]], [[0, -1, 0], [1, 0, 0], [0, 0, 0]]], names: ['a', 'b', 'c'] };
    const m = closureNonClosedSpans.experiment!(p, undefined as never) as never;
    expect(closureNonClosedSpans.check(closureNonClosedSpans.theory(p, noCas).value, m, closureNonClosedSpans.tolerance, p).status).toBe('inconclusive');
  });
});

describe('lie.killing.cartan-criterion', () => {
  it('should find κ non-degenerate exactly on so(3), sl(2), sl(3), so(4)', async () => {
    const r = await runForTest(killingCartanCriterion);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    const s = byName(r);
    expect(s['so(3)']).toMatchObject({ 'rank κ': 3, 'inertia (+,−,0)': '(0, 3, 0)', 'trace formula': 'matches' });
    expect(s['sl(2)']).toMatchObject({ 'rank κ': 3, 'inertia (+,−,0)': '(2, 1, 0)' });
    expect(s['sl(3)']).toMatchObject({ 'rank κ': 8, 'inertia (+,−,0)': '(5, 3, 0)' });
    expect(s['aff(2)']).toMatchObject({ 'rank κ': 4, semisimple: false, solvable: false });
    expect(s['sim(2)']).toMatchObject({ solvable: true, 'max |κ(g,[g,g])|': '0' });
    expect(s['n(3) (Heisenberg)']).toMatchObject({ 'rank κ': 0, solvable: true });
    expect(s['gl(2)']).toMatchObject({ 'rank κ': 3, 'centre dim': 1, 'trace formula': 'matches' });
  });

  it('should be violated when a degenerate form is claimed for a semisimple algebra', () => {
    const so3 = { family: 'so' as const, n: 3 };
    const aff = { family: 'aff2' as const, n: 3 };
    const t = killingCartanCriterion.theory(so3, noCas).value;
    const mAff = killingCartanCriterion.experiment!(aff, undefined as never) as never;
    expect(killingCartanCriterion.check({ ...t, formula: null, dim: 6 }, mAff, killingCartanCriterion.tolerance, so3).status).toBe('violated');
  });
});

describe('lie.exp.one-parameter-group', () => {
  it('should hold to float64 round-off; the naive exp(θh) misses R(θ)', async () => {
    const r = await runForTest(expOneParameterGroup);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    const rot = byName(r)['rotation generator, θ = 45°']!;
    expect(Number(rot['exp(θ√2h) − R(θ)'])).toBeLessThan(1e-14);
    expect(Number(rot['exp(θh) − R(θ) (naive)'])).toBeGreaterThan(0.3); // 45° vs 31.8°
  });

  it('should be violated by a residual of 1e-8', () => {
    const p = expOneParameterGroup.cases[0]!.params;
    const m = { group: 1e-8, orthogonality: 0, det: 0, rotation: 0, naiveAngleError: 0 };
    expect(expOneParameterGroup.check({ bound: 0 }, m, expOneParameterGroup.tolerance, p).status).toBe('violated');
  });
});

describe('every lie claim', () => {
  it('should render the derivation of every named case under KaTeX', async () => {
    const katex = (await import('katex')).default;
    const { lieClaims } = await import('../../../proofs-checks/lie/index.js');
    const { createTheoryContext } = await import('../../../src/theory/context.js');
    const ctx = createTheoryContext();
    expect(lieClaims).toHaveLength(12);
    for (const claim of lieClaims) {
      for (const c of claim.cases) {
        for (const step of claim.theory(c.params, ctx).steps) {
          expect(() => katex.renderToString(step.latex, { throwOnError: true, displayMode: true, strict: 'error' }), `${claim.id} / ${c.name}: ${step.latex}`).not.toThrow();
        }
      }
    }
  });
});
