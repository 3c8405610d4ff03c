import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CLAIMS } from '../../../proofs-checks/index.js';
import { ERROR_CATALOG } from '../../../src/core/error-catalog.js';
import { claimCatalogMarkdown, errorCatalogMarkdown } from '../../../src/report/docs.js';

const root = join(import.meta.dirname, '..', '..', '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('generated docs', () => {
  it('docs/claims.md should match the registry (run `theorycheck docs` after changing claims)', () => {
    expect(readFileSync(join(root, 'docs', 'claims.md'), 'utf8')).toBe(claimCatalogMarkdown(ALL_CLAIMS));
  });

  it('docs/errors.md should match the error catalog (run `theorycheck docs`)', () => {
    expect(readFileSync(join(root, 'docs', 'errors.md'), 'utf8')).toBe(errorCatalogMarkdown());
  });

  it('every error code used in the sources should be in the catalog, once', () => {
    const used = new Set<string>();
    for (const f of [...sources(join(root, 'src')), ...sources(join(root, 'proofs-checks'))]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/'(TC\d{4})'/g)) used.add(m[1]!);
    }
    const listed = ERROR_CATALOG.map((e) => e.code);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...used].filter((c) => !listed.includes(c)).sort()).toEqual([]);
  });
});
