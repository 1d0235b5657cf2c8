/**
 * A company's site: the example overlay (examples/acme-overlay/) built with its config, then browsed in Chromium. Its
 * title, logo and accent show; no fictional example company appears; its own tactic has a page, is found by the search
 * CLI and chosen by the tailor; a replaced tactic shows the company's text and a hidden one is gone.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { palette } from '../../src/core/brand.ts';
import { axeViolations, sharedBrowser, watchedPage } from '../helpers/browser.ts';
import { builtPages, COMPANY_CONFIG } from '../helpers/site-files.ts';
import { runCli } from '../helpers/cli.ts';

// Built once for the browser tests (tests/browser/setup.ts).
const dir = inject('companySite');
const env = { PLAYBOOK_CONFIG: COMPANY_CONFIG, OUT_DIR: dir, BASE_PATH: '/' };

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  browser = await sharedBrowser();
  server = await serveStatic(dir, '/');
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

const pages = () => builtPages(dir, '/').filter((p) => !p.path.startsWith('/downloads/'));

describe('the example company overlay', () => {
  it('shows the configured title, logo and accent, and the organisation in the footer', async () => {
    const { page, consoleErrors, outsideRequests } = await watchedPage(browser);
    await page.goto(server.url);
    expect(await page.title()).toBe('Acme PM–PMM Playbook');
    await expect.poll(() => page.locator('.brand').innerText()).toBe('Acme PM–PMM Playbook');
    const logo = page.locator('.brand img');
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const ink = await page
      .locator('main p > a:not(.button)')
      .first()
      .evaluate((a) => `${getComputedStyle(a).color} ${a.outerHTML}`);
    const [r, g, b] = palette('#0a7d55')
      .lightInk.slice(1)
      .match(/../g)!
      .map((h) => parseInt(h, 16));
    expect(ink).toMatch(new RegExp(`^rgb\\(${r}, ${g}, ${b}\\) `));
    const footer = await page.locator('footer').innerText();
    expect(footer).toContain('Acme Analytics');
    expect(await page.locator('footer a', { hasText: '#pm-pmm on chat' }).getAttribute('href')).toBe(
      'https://chat.acme.example/channels/pm-pmm',
    );
    expect(await axeViolations(page, 'home')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.context().close();
  });

  it('leaves the fictional example companies out of the home page, the navigation and the downloads', () => {
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(home).not.toContain('Example tailored playbooks');
    for (const p of pages()) expect(p.html, p.path).not.toMatch(/href="\/playbooks\/examples\/[a-z]/);
    expect(existsSync(join(dir, 'downloads/examples'))).toBe(false);
    expect(readFileSync(join(dir, 'playbooks/index.html'), 'utf8')).not.toContain('Tailored examples');
  });

  it("gives the company's tactic its page with its internal source, an edit link and the company's text", async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${server.url}tactics/brief-sales-before-the-beta/`);
    expect(await page.locator('h1').innerText()).toBe('Brief sales a week before any beta opens');
    expect(await page.locator('main').innerText()).toContain('Spring launch review');
    expect(await page.locator('.page-facts a').getAttribute('href')).toBe(
      'https://git.acme.example/enablement/playbook/-/edit/main/examples/acme-overlay/content/tactics/brief-sales-before-the-beta.mdx',
    );
    await page.goto(`${server.url}tactics/check-collateral-against-the-product/`);
    expect(await page.locator('h1').innerText()).toBe(
      'Check every piece of Acme collateral against the product before it ships',
    );
    expect(await page.locator('main').innerText()).toContain("This page is Acme's own version of the library tactic.");
    await page.context().close();
  });

  it('drops the hidden tactic: no page, no link to it anywhere', () => {
    expect(existsSync(join(dir, 'tactics/size-the-market-independently'))).toBe(false);
    for (const p of pages()) expect(p.html, p.path).not.toContain('/tactics/size-the-market-independently/');
  });

  it("finds the company's tactic from the search CLI, in the company's own words", () => {
    const r = runCli(['search', '--json', 'sales quoted a ship date nobody agreed'], env);
    expect(r.code).toBe(0);
    const results = (JSON.parse(r.out) as { results: { id: string }[] }).results.map((x) => x.id);
    expect(results[0]).toBe('brief-sales-before-the-beta');
  });

  it("lets the tailor choose the company's tactic, and puts the company on the cover", () => {
    const work = mkdtempSync(join(tmpdir(), 'playbook-acme-'));
    try {
      const profile = join(work, 'acme.yaml');
      writeFileSync(
        profile,
        'company: Acme Analytics\nstage: scaleup\nreader: pmm\nrelationship: strained\ngo_to_market: sales-led\nupcoming_launch_weeks: 4\npain_points: [sales-overpromising]\n',
      );
      const r = runCli(['tailor', '--profile', profile, '--out', join(work, 'out'), '--format', 'md,json'], env);
      expect(r.code, r.err).toBe(0);
      const md = readFileSync(join(work, 'out/acme-analytics/playbook.md'), 'utf8');
      expect(md).toContain('Brief sales a week before any beta opens');
      expect(md).toMatch(
        /\*\*From:\*\* Acme Analytics · \*\*Questions:\*\* \[#pm-pmm on chat\]\(https:\/\/chat\.acme\.example\/channels\/pm-pmm\)/,
      );
      expect(md).not.toContain('Size the market independently');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
