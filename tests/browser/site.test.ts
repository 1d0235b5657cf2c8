/** End-to-end checks of the built site in Chromium, under both base paths. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../src/node/pdf/chromium.ts';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { builtPages, fileFor, pageIds, referencedUrls } from '../helpers/site-files.ts';
import { axeViolations, watchedPage } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(inject('sites'))('site built with BASE_PATH=$base', ({ base, dir }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const pages = builtPages(dir, base);
  const first = (prefix: string) =>
    pages.find((p) => p.path.startsWith(base + prefix) && p.path !== base + prefix)!.path;
  const pageTypes = () => ({
    home: base,
    situations: `${base}situations/`,
    situation: first('situations/'),
    tactics: `${base}tactics/`,
    tactic: first('tactics/'),
    playbooks: `${base}playbooks/`,
    playbook: pages.find(
      (p) =>
        p.path.startsWith(`${base}playbooks/`) &&
        !p.path.startsWith(`${base}playbooks/examples/`) &&
        p.path !== `${base}playbooks/`,
    )!.path,
    example: first('playbooks/examples/'),
    sources: `${base}sources/`,
    source: first('sources/'),
    search: `${base}search/`,
  });

  it('has no broken internal link or anchor anywhere, and every internal URL starts with the base', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const raw of referencedUrls(page.html)) {
        if (/^(https?:)?\/\//.test(raw)) {
          broken.push(`${page.path}: external URL ${raw}`);
          continue;
        }
        if (/^(mailto|data):/.test(raw)) continue;
        const url = new URL(raw, `http://site${page.path}`);
        if (!url.pathname.startsWith(base)) broken.push(`${page.path}: ${raw} is outside ${base}`);
        const target = url.pathname === page.path ? page.file.slice(dir.length + 1) : fileFor(dir, base, url.pathname);
        if (!target) broken.push(`${page.path}: ${raw} → no such file`);
        else if (url.hash && target.endsWith('.html')) {
          const html = pages.find((p) => p.file.endsWith(target))?.html ?? '';
          if (!pageIds(html).has(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${page.path}: ${raw} → no such anchor`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
  });

  it('ships zero JavaScript on content pages and one h1 with landmarks on every page', () => {
    for (const page of pages.filter(
      (p) => !p.path.startsWith(`${base}search/`) && !p.path.startsWith(`${base}tailor/`),
    )) {
      expect(page.html, page.path).not.toMatch(/<script\b(?![^>]*type="application\/(ld\+)?json")/);
    }
    // Site pages only: the standalone playbook files under downloads/ are documents, not pages of the site.
    for (const page of pages.filter((p) => !p.path.startsWith(`${base}downloads/`))) {
      expect(page.html.match(/<h1[\s>]/g)?.length, page.path).toBe(1);
      expect(page.html, page.path).toMatch(/<main[\s>]/);
      expect(page.html, page.path).toMatch(/<header[\s>]/);
      expect(page.html, page.path).toMatch(/<nav[^>]*aria-label="Main"/);
    }
  });

  it('renders every page type with no console error, no outside request and no axe violation', async () => {
    for (const [type, path] of Object.entries(pageTypes())) {
      const { page, consoleErrors, outsideRequests } = await watchedPage(browser);
      const response = await page.goto(server.origin + path);
      expect(response?.status(), `${type} ${path}`).toBe(200);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      expect(await axeViolations(page, type)).toEqual([]);
      expect(consoleErrors, type).toEqual([]);
      expect(outsideRequests, type).toEqual([]);
      await page.context().close();
    }
  });

  it('serves a helpful, accessible 404 page', async () => {
    const { page } = await watchedPage(browser);
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.locator(`a[href="${base}situations/"]`).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('navigates home → situation → tactic → playbook by clicking', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(server.url);
    const situationLink = page.locator('#situations + ul a').first();
    const situationTitle = (await situationLink.textContent())!.trim();
    await situationLink.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(situationTitle);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${base}situations/[a-z-]+/$`));
    const tacticLink = page.locator('.tactic-card a').first();
    const tacticTitle = (await tacticLink.textContent())!.trim();
    await tacticLink.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(tacticTitle);
    await expect(page.locator('.credits li').count()).resolves.toBeGreaterThan(0);
    await page.locator('.breadcrumbs a', { hasText: 'Tactics' }).click();
    expect(new URL(page.url()).pathname).toBe(`${base}tactics/`);
    await page.goto(server.origin + pageTypes().playbook);
    const firstStep = page.locator('.steps-list a').first();
    const stepTitle = (await firstStep.textContent())!.trim();
    await firstStep.click();
    await expect(page.locator('h1').textContent()).resolves.toBe(stepTitle);
    const next = page.locator('.pager a[rel="next"]').first();
    if (await next.count()) {
      const nextTitle = (await next.textContent())!.replace('→', '').trim();
      await next.click();
      await expect(page.locator('h1').textContent()).resolves.toBe(nextTitle);
    }
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('filters the tactic list without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}tactics/`);
    const cards = page.locator('.tactic-card');
    const audiences = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-audience')!.split(' ')));
    // Pick an audience that some tactics have and others lack, so the filter must hide something.
    const pick = audiences.flat().find((a) => audiences.some((list) => !list.includes(a)))!;
    await page.locator(`label:has(#f-audience-${pick})`).click();
    const visible = await cards.evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-audience')),
    );
    expect(visible.length).toBe(audiences.filter((list) => list.includes(pick)).length);
    expect(visible.length).toBeLessThan(audiences.length);
    expect(visible.every((a) => a!.split(' ').includes(pick))).toBe(true);
    await context.close();
  });

  it('fits a 360 px screen, has a dark scheme and prints without the chrome', async () => {
    const narrow = await watchedPage(browser, { width: 360 });
    await narrow.page.goto(server.origin + pageTypes().tactic);
    const overflow = await narrow.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.page.context().close();

    const background = async (colorScheme: 'light' | 'dark') => {
      const { page } = await watchedPage(browser, { colorScheme });
      await page.goto(server.url);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.context().close();
      return bg;
    };
    expect(await background('dark')).not.toBe(await background('light'));

    const { page } = await watchedPage(browser);
    await page.goto(server.origin + pageTypes().tactic);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
