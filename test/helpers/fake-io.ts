import type { Io } from '../../src/cli/io.js';

/** An Io that records what the CLI prints. */
export function fakeIo(cwd = process.cwd()): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), isTty: false, env: {}, cwd };
}
