import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The outcome of compiling a .tex file: the PDF's path on success, and what latexmk said. */
export interface PdfResult {
  ok: boolean;
  pdfPath?: string;
  /** latexmk's output (the tail of it); the last line says why it failed, when it did. */
  log: string;
}

export interface CompileOptions {
  /** The latexmk executable (default `latexmk`, found on PATH). */
  latexmk?: string;
  /** Give up after this long (default 120 s); the whole process group is killed. */
  timeoutMs?: number;
}

interface Run {
  code: number | null;
  output: string;
  error: NodeJS.ErrnoException | null;
  timedOut: boolean;
}

const LOG_TAIL = 8000;

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): Promise<Run> {
  return new Promise((done) => {
    let output = '';
    let timedOut = false;
    // Paranoid kpathsea file access: no writing (or reading) outside the document's folder.
    const env = { ...process.env, openout_any: 'p', openin_any: 'p' };
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    const take = (b: Buffer) => {
      output = (output + b.toString('utf8')).slice(-4 * LOG_TAIL);
    };
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      done({ code: null, output, error, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output, error: null, timedOut });
    });
  });
}

/** The first TeX error ("! ..." and its "l.N" line) from a .log file, if any. */
function texError(logPath: string): string | null {
  if (!existsSync(logPath)) return null;
  const lines = readFileSync(logPath, 'latin1').split('\n');
  const i = lines.findIndex((l) => l.startsWith('!') || /^\S+:\d+: /.test(l));
  if (i < 0) return null;
  const at = lines.slice(i + 1, i + 12).find((l) => /^l\.\d+/.test(l));
  return `${lines[i]!.trim()}${at ? ` (${at.trim().slice(0, 120)})` : ''}`;
}

/**
 * Compile a .tex file to PDF with `latexmk -pdf -interaction=nonstopmode -halt-on-error`
 * in the file's folder (no shell; shell escape off), then remove the auxiliary files
 * (`latexmk -c`). Never throws: a missing latexmk, a TeX error or a timeout give
 * `ok: false` with the reason on the last line of `log`.
 */
export async function compilePdf(texPath: string, opts: CompileOptions = {}): Promise<PdfResult> {
  const latexmk = opts.latexmk ?? 'latexmk';
  const abs = resolve(texPath);
  if (!existsSync(abs)) return { ok: false, log: `no such file: ${abs}` };
  const cwd = dirname(abs);
  const file = basename(abs);
  const pdfPath = join(cwd, file.replace(/\.tex$/i, '') + '.pdf');
  const args = ['-pdf', '-interaction=nonstopmode', '-halt-on-error', '-file-line-error', '-no-shell-escape', file];
  const r = await run(latexmk, args, cwd, opts.timeoutMs ?? 120_000);
  const tail = r.output.slice(-LOG_TAIL);
  if (r.error) {
    const why = r.error.code === 'ENOENT' ? `${latexmk} is not on PATH (install latexmk and a TeX distribution, e.g. texlive-latex-base)` : `${latexmk} could not start: ${r.error.message}`;
    return { ok: false, log: `${tail}\n${why}`.trim() };
  }
  if (r.timedOut) return { ok: false, log: `${tail}\n${latexmk} timed out after ${opts.timeoutMs ?? 120_000} ms` };
  if (r.code !== 0 || !existsSync(pdfPath)) {
    const err = texError(join(cwd, file.replace(/\.tex$/i, '') + '.log'));
    return { ok: false, log: `${tail}\n${latexmk} failed (exit ${r.code ?? 'signal'})${err ? `: ${err}` : ''}` };
  }
  await run(latexmk, ['-c', file], cwd, 30_000);
  return { ok: true, pdfPath, log: tail };
}
