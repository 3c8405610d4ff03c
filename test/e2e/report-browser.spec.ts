/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/cli.js';
import { renderHtml } from '../../src/report/html.js';
import { fakeIo } from '../helpers/fake-io.js';
import { HOSTILE_TITLE, sampleResults } from '../helpers/sample-results.js';

/**
 * The HTML report in a real browser: Debian's Chromium driven by playwright-core (no
 * browser download). Offline by construction: every request other than file: and data:
 * is recorded and fails the test. Chromium is required: without it this file fails (in
 * CI and locally) with the command that installs it, never skips.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'chromium'))];
const chromiumPath = CANDIDATES.find((p): p is string => !!p && existsSync(p) && statSync(p).isFile());
const INSTALL = 'install it with `apt-get install -y --no-install-recommends chromium` (.ci/run does this in CI) or set CHROMIUM_PATH';

let context: BrowserContext | undefined;
const dir = mkdtempSync(join(tmpdir(), 'tc-browser-'));

/** Open a file in a fresh page and collect what a reader would never see: errors and requests. */
async function open(file: string) {
  const page: Page = await context!.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const count = (selector: string) => page.locator(selector).count();
  const fontErrors = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family));
  return { page, consoleErrors, requests, dialogs, count, fontErrors, offsite: () => requests.filter((u) => !/^(file|data):/.test(u)) };
}

beforeAll(async () => {
  if (!chromiumPath) return;
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tc-chromium-profile-')), {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
  });
});

afterAll(async () => {
  await context?.close();
});

describe('report.html in headless Chromium', () => {
  it('needs Chromium', () => {
    if (!chromiumPath) throw new Error(`Chromium not found (${process.env.CI ? 'required in CI' : 'required for this test'}): ${INSTALL}`);
  });

  it('a quick vc run should render offline: every formula typeset by KaTeX, the plots drawn, no console errors, a screenshot', async () => {
    expect(context, `Chromium not found: ${INSTALL}`).toBeDefined();
    const io = fakeIo(dir);
    const ids = ['vc.sauer-shelah.*', 'vc.pajor.*', 'vc.halfspace.*', 'vc.sine.*'];
    expect(await cli(['run', ...ids, '--budget', 'quick', '--out', 'run', '--format', 'html', '--quiet'], io), io.stderr.join('\n')).toBe(0);
    const r = await open(join(dir, 'run', 'report.html'));
    expect(await r.count('.katex')).toBeGreaterThan(20);
    expect(await r.count('.katex-error')).toBe(0);
    expect(await r.count('.tex-error')).toBe(0);
    expect(await r.count('svg.plot')).toBeGreaterThanOrEqual(5);
    expect(await r.count('svg.plot path, svg.plot circle, svg.plot rect, svg.plot line')).toBeGreaterThan(50);
    expect(await r.count('#summary tbody tr')).toBe(5);
    // The KaTeX fonts are inline data: URIs that the browser decoded (none failed), and used.
    expect(r.fontErrors).toEqual([]);
    expect(await r.page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    const box = await r.page.locator('.katex').first().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(5);
    expect(r.consoleErrors).toEqual([]);
    expect(r.offsite()).toEqual([]);
    const shot = join(dir, 'report.png');
    await r.page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    console.info(`report screenshot: ${shot}`);
  });

  it('untrusted text should stay text: a hostile claim title runs no script, and a bad formula is one marked error', async () => {
    expect(context, `Chromium not found: ${INSTALL}`).toBeDefined();
    const file = join(dir, 'hostile.html');
    writeFileSync(file, renderHtml(sampleResults()));
    const r = await open(file);
    expect(r.dialogs).toEqual([]);
    expect(await r.page.getByText(HOSTILE_TITLE).first().isVisible()).toBe(true);
    expect(await r.count('script')).toBe(0);
    // sample-results has one deliberately broken hypothesis (\bad{x}): shown as source, flagged.
    expect(await r.count('.tex-error')).toBe(1);
    expect(await r.count('.katex-error')).toBe(0);
    expect(r.consoleErrors).toEqual([]);
    expect(r.offsite()).toEqual([]);
  });
});
