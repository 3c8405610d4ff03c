import { describe, expect, it } from 'vitest';
import { weightSymmetry } from '../../../proofs-checks/eqv/weight-symmetry.claim.js';
import { Rng } from '../../../src/core/rng.js';
import { Rational } from '../../../src/theory/exact/rational.js';
import { intertwinerEntry } from '../../../src/theory/equivariance/intertwiner.js';
import { monomial } from '../../../src/theory/equivariance/monomial.js';
import { forwardExact, maxAbsDiff, randomRatMlp, transformMlp } from '../../../src/theory/equivariance/weight-symmetry.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

describe('eqv.weight-symmetry.function-preserved', () => {
  it('should hold with zero exact difference (ReLU, x^3) and float32 within 1e-4', async () => {
    const r = await runForTest(weightSymmetry);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const by = Object.fromEntries(r.cases.map((c) => [c.name, c.summary]));
    expect(by['ReLU, 3-6-6-2 (exact)']).toMatchObject({ exact: true, 'theory max diff': 0 });
    expect(by['x^3, 2-4-3-1 (exact, φ = g^∘3)']).toMatchObject({ exact: true, 'theory max diff': 0 });
    expect(Number(by['tanh, 3-6-6-2']!['theory max diff'])).toBeLessThan(1e-12);
    for (const c of r.cases) expect(Number(c.summary['float32 output rel diff'])).toBeLessThan(1e-4);
  });

  it('should be violated when a hidden layer is transformed by a sign flip (outside G_ReLU)', () => {
    const rng = new Rng(7);
    const mlp = randomRatMlp([3, 4, 2], rng);
    const flip = monomial([0, 1, 2, 3], ['-1', '1', '1', '1']);
    const bad = transformMlp(mlp, [flip], intertwinerEntry({ kind: 'relu' }));
    let diff = Rational.ZERO;
    for (let t = 0; t < 8; t++) {
      const x = [1, 2, 3].map(() => Rational.of(Math.round(rng.normal(0, 2) * 4), 4));
      const d = maxAbsDiff(forwardExact(mlp, { kind: 'relu' }, x).out, forwardExact(bad, { kind: 'relu' }, x).out);
      if (d.cmp(diff) > 0) diff = d;
    }
    expect(diff.isZero()).toBe(false);
    const verdict = weightSymmetry.check({ exact: true, outDiff: diff.toNumber(), hiddenDiff: 0 }, { outRel: 0, hiddenRel: 0 }, weightSymmetry.tolerance, undefined as never);
    expect(verdict.status).toBe('violated');
  });
});
