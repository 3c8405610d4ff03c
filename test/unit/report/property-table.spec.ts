import { describe, expect, it } from 'vitest';
import type { ClaimResult } from '../../../src/core/results.js';
import { propertyCells, propertyTableHtml } from '../../../src/report/property-table.js';
import { sampleResults } from '../../helpers/sample-results.js';

function withClaims(specs: { id: string; status: 'holds' | 'violated' | 'inconclusive'; score?: number }[]): ClaimResult[] {
  const base = sampleResults().claims[0]!;
  return specs.map(({ id, status, score }) => ({
    ...base,
    id,
    area: 'dis',
    verdict: { status, margin: null, reason: 'r' },
    property: null,
    cases: [{ name: 'w', params: null, paramsText: 'w', summary: (score === undefined ? {} : { score }) as Record<string, number>, verdict: { status, margin: null, reason: 'r' }, ms: 1 }],
  }));
}

describe('propertyCells', () => {
  it('should read fails from violates-* claims that hold and satisfies from p* claims that hold', () => {
    const cells = propertyCells(
      withClaims([
        { id: 'dis.mig.violates-p1', status: 'holds', score: 0.01 },
        { id: 'dis.dcimig.p1', status: 'holds' },
        { id: 'dis.sap.violates-p1', status: 'inconclusive' },
        { id: 'dis.metrics.range', status: 'holds' },
      ]),
    );
    expect(cells).toEqual([
      { metric: 'mig', property: 'P1', outcome: 'fails', claimId: 'dis.mig.violates-p1', score: 0.01 },
      { metric: 'dcimig', property: 'P1', outcome: 'satisfies', claimId: 'dis.dcimig.p1', score: null },
      { metric: 'sap', property: 'P1', outcome: 'unknown', claimId: 'dis.sap.violates-p1', score: null },
    ]);
  });

  it('should render a linked table, and nothing for runs without dis claims', () => {
    const html = propertyTableHtml(withClaims([{ id: 'dis.mig.violates-p2', status: 'holds', score: 0.99 }]));
    expect(html).toContain('href="#dis.mig.violates-p2"');
    expect(html).toContain('✗ fails (witness scores 0.99)');
    expect(propertyTableHtml(sampleResults().claims.filter((c) => c.area !== 'dis'))).toBe('');
  });
});
