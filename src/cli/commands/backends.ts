import { BACKENDS } from '../../gpu/backends/index.js';
import { DEFAULT_BACKEND, probeBackends } from '../../gpu/select.js';
import { parse } from '../args.js';
import { table, type Io } from '../io.js';

export const BACKENDS_HELP = `theorycheck backends [--json]
  Probes every tfjs backend theorycheck knows and says whether it is usable here and why not.`;

export async function backendsCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parse('backends', argv, { json: { type: 'boolean' } });
  if (values.help) return io.out(BACKENDS_HELP), 0;
  const probes = await probeBackends();
  const rows = probes.map((p) => {
    const d = BACKENDS.find((b) => b.name === p.name)!;
    return { ...p, default: p.name === DEFAULT_BACKEND, precision: d.precision, description: d.description };
  });
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  io.out(
    table([
      ['backend', 'usable', 'detail', 'what it is'],
      ...rows.map((r) => [r.name + (r.default ? ' (default)' : ''), r.available ? 'yes' : 'no', r.detail, r.description]),
    ]),
  );
  return 0;
}
