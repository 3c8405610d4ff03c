/** Output helpers: the CLI prints through these (stdout for results, stderr for progress). */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTty: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : t + '\n'),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : t + '\n'),
  isTty: Boolean(process.stderr.isTTY),
  env: process.env,
  cwd: process.cwd(),
};

/** A fixed-width table for terminals. */
export function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}
