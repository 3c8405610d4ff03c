import { describe, expect, it } from 'vitest';
import { lieDerivativeDiscreteVsContinuous } from '../../../proofs-checks/lie/lie-derivative-discrete-vs-continuous.claim.js';
import { lieggExactInvariantNullspace } from '../../../proofs-checks/lie/liegg-exact-invariant-nullspace.claim.js';
import { lieggLearnedSpanClosed } from '../../../proofs-checks/lie/liegg-learned-span-closed.claim.js';
import { lieggLieDerivativeIdentity } from '../../../proofs-checks/lie/liegg-lie-derivative-identity.claim.js';
import { Rng } from '../../../src/core/rng.js';
import { createLieMlp } from '../../../src/empirical/models/lie-mlp.js';
import { c4Probe } from '../../../src/empirical/symmetry/lie-derivative-c4.js';
import { spanClosure } from '../../../src/empirical/symmetry/liegg-closure.js';
import { lieggSpectrum, nullSpaceReport } from '../../../src/empirical/symmetry/liegg-spectrum.js';
import { vectorPolarization } from '../../../src/empirical/symmetry/liegg.js';
import { explain, runForTest, useWasm } from '../../helpers/run-claim.js';

const noCas = { cas: undefined as never };
const byName = (r: Awaited<ReturnType<typeof runForTest>>) => Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));

describe('lie.liegg.exact-invariant-nullspace', () => {
  it('should find exactly so(n) for the O(5) target, invariant-feature nets and radial functions', async () => {
    const r = await runForTest(lieggExactInvariantNullspace);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    const s = byName(r);
    expect(Number(s['O(5) target, analytic gradient (float64)']!['max null σ²/σ²max'])).toBeLessThan(1e-15);
    expect(Number(s['invariant-feature net, 2 vectors in R^5 (float32)']!['max null σ²/σ²max'])).toBeLessThan(1e-12); // notes: 3e-16 to 1.7e-15
    expect(Number(s['invariant-feature net, 2 vectors in R^5 (float32)']!['max bias'])).toBeLessThan(1e-6); // notes: <= 8.9e-9
    expect(r.plots[0]!.series.length).toBeGreaterThan(1);
  });

  it('should be violated by a plain (not invariant) MLP', async () => {
    await useWasm();
    const rng = new Rng(3);
    const net = createLieMlp(rng, { inputDim: 10, outputDim: 1, depth: 2, width: 16 });
    const x = Float32Array.from({ length: 300 * 10 }, () => rng.normal());
    const s = lieggSpectrum(vectorPolarization(net.apply, x, 10, 2));
    net.dispose();
    const rep = nullSpaceReport(s, 10);
    const m = { values: s.values, relNullMax: rep.relVarianceMax, relAbove: s.values[14]! / s.values[0]!, minCosine: Math.min(...rep.cosines), maxBias: rep.maxBias };
    const p = lieggExactInvariantNullspace.cases[1]!.params;
    expect(lieggExactInvariantNullspace.check(lieggExactInvariantNullspace.theory(p, noCas).value, m, lieggExactInvariantNullspace.tolerance, p).status).toBe('violated');
  });
});

describe('lie.liegg.lie-derivative-identity', () => {
  it('should match autodiff to round-off and central differences to O(ε²), for vectors and images', async () => {
    const r = await runForTest(lieggLieDerivativeIdentity);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    for (const c of r.cases) {
      expect(Number(c.summary['rel. diff autodiff'])).toBeLessThan(1e-10);
      expect(Number(c.summary['rel. diff Gram form'])).toBeLessThan(1e-10);
      expect(Number(c.summary['rel. diff central FD'])).toBeLessThan(1e-3);
      expect(Number(c.summary['rms L_A F'])).toBeGreaterThan(1e-2); // a non-trivial derivative
    }
  });

  it('should be violated when E vec A and the Lie derivative disagree', () => {
    const p = lieggLieDerivativeIdentity.cases[0]!.params;
    const t = lieggLieDerivativeIdentity.theory(p, noCas).value;
    expect(lieggLieDerivativeIdentity.check(t, { autodiff: 1e-16, fd: 2, gram: 1e-16, rms: 1 }, lieggLieDerivativeIdentity.tolerance, p).status).toBe('violated');
    expect(lieggLieDerivativeIdentity.check(t, { autodiff: 1e-3, fd: 1e-4, gram: 1e-16, rms: 1 }, lieggLieDerivativeIdentity.tolerance, p).status).toBe('violated');
  });
});

describe('lie.liegg.learned-span-closed', () => {
  it('should find the learned spans closed: exactly for invariant nets, within bias for the trained O(5) MLP', async () => {
    const r = await runForTest(lieggLearnedSpanClosed);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    const s = byName(r);
    expect(s['invariant-feature net, 2 vectors in R^4']).toMatchObject({ 'detected dim k': 6 });
    expect(Number(s['invariant-feature net, 2 vectors in R^4']!['closure defect δ'])).toBeLessThan(1e-5);
    const trained = s['trained O(5) MLP 2 x 64']!;
    expect(trained['detected dim k']).toBe(10);
    expect(Number(trained['closure defect δ'])).toBeLessThan(0.15);
    expect(Number(trained['untrained δ'])).toBeGreaterThan(0.15);
    expect(Number(trained['random-subspace δ'])).toBeGreaterThan(0.3);
  });

  it('should be violated by a span that is not closed ({Lx, Ly} as float generators)', () => {
    const Lx = [0, 0, 0, 0, 0, -1, 0, 1, 0];
    const Ly = [0, 0, 1, 0, 0, 0, -1, 0, 0];
    const defect = spanClosure([Lx, Ly], 3).aggregate;
    expect(defect).toBeCloseTo(1, 10);
    const p = { kind: 'trained-o5' as const, n: 3, vectors: 1, depth: 2, width: 8 };
    const m = { nullDim: 2, gap: 100, defect, maxPairResidual: defect, controlDefect: 0.9, untrainedDefect: null };
    expect(lieggLearnedSpanClosed.check(lieggLearnedSpanClosed.theory(p, noCas).value, m, lieggLearnedSpanClosed.tolerance, p).status).toBe('violated');
    expect(lieggLearnedSpanClosed.check(lieggLearnedSpanClosed.theory(p, noCas).value, { ...m, nullDim: 1 }, lieggLearnedSpanClosed.tolerance, p).status).toBe('inconclusive');
  });
});

describe('lie.lie-derivative.discrete-vs-continuous', () => {
  it('should find C4 error at round-off and a continuous Lie derivative far above its floor', async () => {
    const r = await runForTest(lieDerivativeDiscreteVsContinuous);
    expect(r.verdict.status, explain(r)).toBe('holds');
    expect(r.error).toBeUndefined();
    for (const c of r.cases) {
      expect(Number(c.summary['C4 error'])).toBeLessThan(1e-5);
      expect(Number(c.summary['C4 error (plain MLP)'])).toBeGreaterThan(1e-2);
      expect(Number(c.summary['LD (re-rendered FD)'])).toBeGreaterThan(100 * Number(c.summary['FD floor']));
      expect(Number(c.summary['LD rot90 consistency'])).toBeLessThan(1e-4);
      expect(Number(c.summary['cos(LD re-rendered, LD autodiff)'])).toBeGreaterThan(0.5); // same sign convention
    }
  });

  it('should be violated by a model that is not C4-invariant (the plain MLP)', async () => {
    await useWasm();
    const rng = new Rng(5);
    const f = createLieMlp(rng.fork('w'), { inputDim: 144, outputDim: 4, depth: 1, width: 16, activation: 'tanh', bias: true });
    const m = c4Probe(f.apply, f.apply, rng.fork('g'), { size: 12, count: 8, eps: 0.02 });
    f.dispose();
    const p = lieDerivativeDiscreteVsContinuous.cases[1]!.params;
    expect(lieDerivativeDiscreteVsContinuous.check({ group: 'C4' }, m, lieDerivativeDiscreteVsContinuous.tolerance, p).status).toBe('violated');
  });
});
