import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import katex from 'katex';
import { escapeHtml } from './escape.js';

/**
 * Render LaTeX math to HTML with KaTeX (`throwOnError`, untrusted input: `trust: false`).
 * Never throws: on a KaTeX error the result is an escaped `<code class="tex-error">`
 * showing the source and the error, so one bad formula cannot break a report.
 */
export function renderMath(tex: string, display: boolean): string {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, strict: 'ignore', output: 'htmlAndMathml' });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return `<code class="tex-error" title="${escapeHtml(msg)}">${escapeHtml(tex)}<span class="tex-error-msg"> (${escapeHtml(msg)})</span></code>`;
  }
}

/** Whether KaTeX accepts `tex` (with the options used by {@link renderMath}). */
export function mathParses(tex: string): boolean {
  try {
    katex.renderToString(tex, { throwOnError: true, trust: false, strict: 'ignore', output: 'mathml' });
    return true;
  } catch {
    return false;
  }
}

let cssCache: string | undefined;

/**
 * KaTeX's CSS with every font inlined as a woff2 `data:` URI (the woff/ttf fallbacks
 * are dropped), so an HTML report needs no network and no side files. Read once from the
 * installed katex package and cached. If a font file cannot be read, its `@font-face`
 * keeps no source at all (the browser falls back to a system font) rather than a
 * relative URL that would not resolve; if the CSS itself is missing, the result is a
 * CSS comment saying so (never a throw).
 */
export function katexCss(): string {
  if (cssCache !== undefined) return cssCache;
  let cssPath: string;
  let css: string;
  try {
    cssPath = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
    css = readFileSync(cssPath, 'utf8');
  } catch (e) {
    // A broken install must not stop a report: formulas then render without KaTeX's CSS.
    return (cssCache = `/* katex.min.css not found: ${String((e as Error).message ?? e).replace(/\*\/|[<>]/g, '')} */`);
  }
  const dir = dirname(cssPath);
  const fonts = new Map<string, string | null>();
  const dataUri = (file: string): string | null => {
    if (!fonts.has(file)) {
      let uri: string | null = null;
      try {
        uri = `data:font/woff2;base64,${readFileSync(join(dir, 'fonts', file)).toString('base64')}`;
      } catch {
        uri = null;
      }
      fonts.set(file, uri);
    }
    return fonts.get(file) ?? null;
  };
  // Each @font-face has one `src:` list; keep its woff2 entry only, inlined.
  cssCache = css.replace(/src:([^;}]*)/g, (whole, list: string) => {
    if (!/url\(/.test(list)) return whole;
    const m = /url\((["']?)fonts\/([\w.-]+\.woff2)\1\)/.exec(list);
    const uri = m?.[2] !== undefined ? dataUri(m[2]) : null;
    return uri ? `src:url(${uri}) format("woff2")` : 'src:local("KaTeX-missing")';
  });
  return cssCache;
}
