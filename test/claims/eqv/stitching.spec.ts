import { describe, expect, it } from 'vitest';
import { stitchingOrder } from '../../../proofs-checks/eqv/stitching-order.claim.js';
import { explain, runForTest } from '../../helpers/run-claim.js';

const layer = (l: number, full: number, grelu: number, none: number) => ({ layer: l, accFull: 1 - full / 100, accGrelu: 1 - grelu / 100, accNone: 1 - none / 100, penaltyFull: full, penaltyGrelu: grelu, penaltyNone: none });

describe('eqv.stitching.order', () => {
  it('should order the penalties full ≤ G_ReLU + 1 ≤ none + 1 at every layer', async () => {
    const r = await runForTest(stitchingOrder);
    expect(r.verdict.status, explain(r)).toBe('holds');
    const s = r.cases[0]!.summary;
    expect(Number(s['acc B'])).toBeGreaterThanOrEqual(0.9);
    for (const l of [1, 2, 3]) {
      expect(Number(s[`full L${l}`])).toBeLessThanOrEqual(Number(s[`G_ReLU L${l}`]) + 1);
      // Independently trained nets are far from aligned without a permutation.
      expect(Number(s[`none L${l}`])).toBeGreaterThan(10);
    }
    expect(r.plots[0]!.series).toHaveLength(3);
  });

  it('should be violated when the full stitch costs more than the G_ReLU stitch + 1 point', () => {
    const m = { accA: 1, accB: 1, layers: [layer(1, 0, 5, 60), layer(2, 9, 5, 60)] };
    expect(stitchingOrder.check(null, m, stitchingOrder.tolerance, { width: 24, seed: 1 }).status).toBe('violated');
  });

  it('should be inconclusive when training fails (nothing to stitch)', () => {
    const m = { accA: 0.5, accB: 1, layers: [layer(1, 50, 0, 0)] };
    expect(stitchingOrder.check(null, m, stitchingOrder.tolerance, { width: 24, seed: 1 }).status).toBe('inconclusive');
  });
});
