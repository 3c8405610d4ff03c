import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The examples in docs/guide.md, executed. A fenced block preceded by a marker comment is
 * run, in document order, in one empty folder where `theorycheck` is the built binary and
 * `theorycheck`, fast-check and tfjs resolve as they do for a user who installed them:
 *   <!-- test -->             bash block, must exit 0
 *   <!-- test: exit N -->     bash block, must exit N
 *   <!-- test: syntax -->     bash block, checked with `bash -n` only (needs a scheduler)
 *   <!-- test: file NAME -->  the block's text is written to NAME
 */
const root = join(import.meta.dirname, '..', '..');
const GUIDE = 'docs/guide.md';

interface Example {
  line: number;
  mode: 'run' | 'syntax' | 'file';
  exit: number;
  file?: string;
  code: string;
}

export function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^<!-- test(?::\s*(exit (\d+)|syntax|file (\S+)))?\s*-->$/.exec(lines[i]!.trim());
    if (!m) continue;
    const open = lines.findIndex((l, k) => k > i && l.trim() !== '');
    if (open < 0 || !/^```\w*$/.test(lines[open]!.trim())) throw new Error(`${GUIDE}:${i + 1}: a test marker must be followed by a fenced block`);
    const close = lines.findIndex((l, k) => k > open && l.trim() === '```');
    const code = lines.slice(open + 1, close).join('\n') + '\n';
    const mode = m[1] === 'syntax' ? 'syntax' : m[3] ? 'file' : 'run';
    out.push({ line: open + 1, mode, exit: m[2] ? Number(m[2]) : 0, ...(m[3] ? { file: m[3] } : {}), code });
  }
  return out;
}

/** An empty folder with `theorycheck` on PATH and the packages a user's claims import. */
function userFolder(): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'tc-docs-'));
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'theorycheck');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist', 'src', 'cli', 'main.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'theorycheck'), 'dir');
  for (const pkg of ['fast-check', '@tensorflow']) symlinkSync(join(root, 'node_modules', pkg), join(dir, 'node_modules', pkg), 'dir');
  return { dir, env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` } };
}

const examples = examplesOf(readFileSync(join(root, GUIDE), 'utf8'));
const { dir, env } = userFolder();

describe(`${GUIDE} examples`, () => {
  it('should have tested examples for the first run, fragments, own claims, baselines and sharding', () => {
    const runs = examples.filter((e) => e.mode === 'run').map((e) => e.code);
    for (const command of ['theorycheck run', '--standalone false', '--claims my-claims.mjs', 'theorycheck baseline save', 'theorycheck diff', '--shard $i/3', 'theorycheck merge']) {
      expect(runs.some((c) => c.includes(command)), command).toBe(true);
    }
    expect(examples.some((e) => e.mode === 'syntax' && e.code.includes('--shard auto'))).toBe(true);
  });

  it.each(examples.map((e) => [`line ${e.line} (${e.mode}${e.file ? ` ${e.file}` : ''})`, e] as const))('%s', (_name, e) => {
    if (e.mode === 'file') return writeFileSync(join(dir, e.file!), e.code);
    const args = e.mode === 'syntax' ? ['-n', '-c', e.code] : ['-e', '-o', 'pipefail', '-c', e.code];
    const r = spawnSync('bash', args, { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, `${GUIDE}:${e.line} exited ${r.status}\n${e.code}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(e.exit);
  });
});
