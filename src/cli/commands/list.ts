import type { ClaimRegistry } from '../../core/registry.js';
import { areaOf } from '../../core/claim.js';
import { UsageError } from '../../core/errors.js';
import { parse } from '../args.js';
import { table, type Io } from '../io.js';

export const LIST_HELP = `theorycheck list [--area A] [--json]
  Lists the registered claims. --json prints an array of
  {id, title, area, quantifier, expectation, source}.`;

export function listCommand(argv: string[], registry: ClaimRegistry, io: Io): number {
  const { values } = parse('list', argv, { area: { type: 'string' }, json: { type: 'boolean' } });
  if (values.help) return io.out(LIST_HELP), 0;
  const area = values.area as string | undefined;
  if (area !== undefined && !registry.areas().includes(area)) {
    throw new UsageError('TC1012', `--area: unknown area '${area}'; expected one of ${registry.areas().join(', ')}`);
  }
  const claims = registry.list(area);
  if (values.json) {
    const rows = claims.map((c) => ({
      id: c.id,
      title: c.title,
      area: areaOf(c.id),
      quantifier: c.quantifier,
      expectation: c.expectation ?? 'holds',
      source: c.source,
    }));
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  io.out(table([['id', 'quantifier', 'title'], ...claims.map((c) => [c.id, c.quantifier + (c.expectation === 'may-fail' ? ' (may fail)' : ''), c.title])]));
  return 0;
}
