import { join, resolve } from 'node:path';
import type { ClaimRegistry } from '../../core/registry.js';
import { writeFileAtomic } from '../../core/results-io.js';
import { claimCatalogMarkdown, errorCatalogMarkdown } from '../../report/docs.js';
import { parse } from '../args.js';
import type { Io } from '../io.js';

export const DOCS_HELP = `theorycheck docs [--out DIR]
  Regenerates the claim catalog (claims.md) and the error-code list (errors.md) from the
  registries into DIR (default docs).`;

export function docsCommand(argv: string[], registry: ClaimRegistry, io: Io): number {
  const { values } = parse('docs', argv, { out: { type: 'string' } });
  if (values.help) return io.out(DOCS_HELP), 0;
  const dir = resolve(io.cwd, (values.out as string | undefined) ?? 'docs');
  writeFileAtomic(join(dir, 'claims.md'), claimCatalogMarkdown(registry.list()));
  writeFileAtomic(join(dir, 'errors.md'), errorCatalogMarkdown());
  io.out(`wrote ${join(dir, 'claims.md')}, ${join(dir, 'errors.md')}`);
  return 0;
}
