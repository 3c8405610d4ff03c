import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { baselineFromResults, type Baseline } from '../../../src/report/baseline.js';
import { diffBaselines, formatDiff } from '../../../src/report/baseline-diff.js';
import { sampleResults } from '../../helpers/sample-results.js';

const base = () => baselineFromResults(sampleResults(), { now: new Date(0) });
const SS = 'vc.sauer-shelah.growth-bound';

/** A baseline with one claim and one named case holding the number x. */
function single(x: number, tol: { abs: number; rel: number }): Baseline {
  const b = base();
  b.claims = {
    'toy.case.metric': {
      title: 't', expectation: 'holds', verdict: 'holds', margin: 1,
      tolerance: { ...tol, reason: 'test' },
      cases: { c: { verdict: 'holds', margin: 1, summary: { x } } },
    },
  };
  return b;
}

describe('diffBaselines', () => {
  it('should find nothing between a run and itself', () => {
    const d = diffBaselines(base(), base());
    expect(d.regressions).toEqual([]);
    expect(d.changes).toEqual([]);
    expect(d.noise).toEqual([]);
    expect(d.compared).toHaveLength(4);
    expect(formatDiff(d, { baseline: 'a', results: 'b' })).toMatch(/no regressions: 4 claims compared$/);
  });

  it('should flag a claim that held and is now violated, naming it plainly', () => {
    const now = base();
    now.claims[SS]!.verdict = 'violated';
    const d = diffBaselines(base(), now);
    expect(d.regressions).toHaveLength(1);
    expect(d.regressions[0]).toMatchObject({ kind: 'verdict', claim: SS, from: 'holds', to: 'violated' });
    expect(formatDiff(d, { baseline: 'a', results: 'b' })).toMatch(
      /REGRESSION {2}vc\.sauer-shelah\.growth-bound: verdict holds → violated: held in the baseline, violated now[\s\S]*1 regression in 1 of 4 claims compared/,
    );
  });

  it('should flag any verdict change, a named case verdict change and a new crash', () => {
    const now = base();
    now.claims['vc.mlp.width-bound']!.verdict = 'holds'; // even "better" is a change to look at
    now.claims[SS]!.cases['intervals on 10 points']!.verdict = 'inconclusive';
    now.claims['dis.mig.violates-p1']!.error = 'TC4001';
    const kinds = diffBaselines(base(), now).regressions.map((c) => `${c.kind} ${c.claim}${c.case ? ` / ${c.case}` : ''}`);
    expect(kinds).toEqual(['verdict vc.sauer-shelah.growth-bound / intervals on 10 points', 'verdict vc.mlp.width-bound', 'error dis.mig.violates-p1']);
  });

  it('should compare exactly where the tolerance is 0: one ulp is a regression', () => {
    const now = base();
    now.claims[SS]!.cases['intervals on 10 points']!.summary['(en/d)^d'] = 184.7264 + 2 ** -45;
    const d = diffBaselines(base(), now);
    expect(d.regressions).toHaveLength(1);
    expect(d.regressions[0]!.message).toMatch(/case 'intervals on 10 points': \(en\/d\)\^d 184\.7264 → 184\.72640000000004 \(moved .*beyond exact comparison\)/);
  });

  it('should flag a moved integer count, a margin that moved and a number that became "—"', () => {
    const now = base();
    now.claims[SS]!.cases['thresholds on 8 points']!.summary.realised = 10;
    now.claims['dis.mig.violates-p1']!.margin = 0.09; // tolerance abs 1e-9, rel 1e-6
    now.claims[SS]!.cases['thresholds on 8 points']!.summary.exact = null;
    const d = diffBaselines(base(), now);
    expect(d.regressions.map((c) => [c.kind, c.key, c.from, c.to])).toEqual([
      ['number', 'realised', 9, 10],
      ['value', 'exact', 9, null],
      ['number', 'margin', 0.0834, 0.09],
    ]);
  });

  it('should report claims, cases and entries added or removed without calling them regressions', () => {
    const now = base();
    delete now.claims['lie.so3.closure'];
    now.claims['vc.new.claim'] = { ...now.claims[SS]! };
    delete now.claims[SS]!.cases['thresholds on 8 points'];
    now.claims[SS]!.cases['intervals on 10 points']!.summary['new number'] = 3;
    delete now.claims[SS]!.cases['intervals on 10 points']!.summary.exact;
    const d = diffBaselines(base(), now);
    expect(d.regressions).toEqual([]);
    expect(d.changes.map((c) => c.kind).sort()).toEqual(['case-removed', 'claim-added', 'claim-removed', 'entry-added', 'entry-removed']);
    const text = formatDiff(d, { baseline: 'a', results: 'b' });
    expect(text).toMatch(/removed {5}lie\.so3\.closure \(inconclusive in the baseline\) is not in the results/);
    expect(text).toMatch(/added {7}vc\.new\.claim \(holds\) is new/);
  });

  it('should skip the claims of other shards, leave out ignored entries and note a different configuration', () => {
    const now = base();
    now.claims = { [SS]: now.claims[SS]! };
    now.claims[SS]!.cases['thresholds on 8 points']!.summary.realised = 10;
    now.run.seed = 7;
    const d = diffBaselines(base(), now, { scope: [SS], ignore: [`${SS.replace('growth', 'g*')}:real*`] });
    expect(d.regressions).toEqual([]);
    expect(d.skipped).toEqual(['vc.mlp.width-bound', 'dis.mig.violates-p1', 'lie.so3.closure']);
    expect(d.notes.join('\n')).toMatch(/seed 42, the results with seed 7/);
    expect(diffBaselines(base(), now, { scope: [SS], ignore: ['realised'] }).regressions).toEqual([]);
    expect(diffBaselines(base(), now, { scope: [SS], ignore: ['other.*:realised'] }).regressions).toHaveLength(1);
  });

  test.prop([
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1e-3, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.double({ min: -0.99, max: 0.99, noNaN: true }),
  ])('float noise within the tolerance is never a regression', (x, abs, rel, f) => {
    const moved = x + f * (abs + rel * Math.max(1, Math.abs(x)));
    const d = diffBaselines(single(x, { abs, rel }), single(moved, { abs, rel }));
    expect(d.regressions).toEqual([]);
  });

  test.prop([
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.double({ min: 0, max: 1e-3, noNaN: true }),
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.double({ min: 1.01, max: 100, noNaN: true }),
    fc.boolean(),
  ])('a move beyond the tolerance is always a regression', (x, abs, rel, f, up) => {
    // |d| > abs + rel*max(1,|x|,|x+d|) holds when |d|(1-rel) > abs + rel*max(1,|x|)
    const d = (f * (abs + rel * Math.max(1, Math.abs(x)))) / (1 - rel) + 1e-9 * Math.max(1, Math.abs(x));
    const moved = up ? x + d : x - d;
    const r = diffBaselines(single(x, { abs, rel }), single(moved, { abs, rel }));
    expect(r.regressions.map((c) => c.key)).toEqual(['x']);
  });
});
