/** The site on a phone: no page scrolls sideways at 360 px, a compact header, "On this page" after the title, the tailor scale on one row. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { builtPages } from '../helpers/site-files.ts';
import { clickedSites, sharedBrowser, watchedPage } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * How far the page scrolls sideways, and the element that pushes it out most: the widest one whose parent still
 * fits (the cause, not its containers), named by tag, classes and the start of its text.
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const excess = document.documentElement.scrollWidth - innerWidth;
    if (excess <= 0) return { excess, widest: '' };
    let widest = { right: 0, name: '' };
    for (const el of document.body.querySelectorAll('*')) {
      const right = el.getBoundingClientRect().right;
      const parent = el.parentElement!.getBoundingClientRect().right;
      if (right > innerWidth && parent <= innerWidth && right > widest.right) {
        const classes = [...el.classList].map((c) => `.${c}`).join('');
        const text = (el.textContent ?? '').trim().slice(0, 40);
        widest = { right, name: `<${el.tagName.toLowerCase()}${classes}> ${Math.round(right)} px: “${text}”` };
      }
    }
    return { excess, widest: widest.name };
  });

describe.each(clickedSites())('phones, site built with BASE_PATH=$base', ({ base, dir }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const sitePages = builtPages(dir, base).filter((p) => !p.path.startsWith(`${base}downloads/`));
  const first = (prefix: string) =>
    sitePages.find((p) => p.path.startsWith(base + prefix) && p.path !== base + prefix && p.path.endsWith('/'))!.path;

  it('scrolls no page sideways at 360 px (tables scroll in their own region)', async () => {
    expect(sitePages.length).toBeGreaterThan(20);
    const { page } = await watchedPage(browser, { width: 360 });
    const wide: string[] = [];
    for (const p of sitePages) {
      await page.goto(server.origin + p.path);
      const { excess, widest } = await overflow(page);
      if (excess > 0) wide.push(`${p.path}: ${excess} px too wide; widest: ${widest}`);
    }
    expect(wide).toEqual([]);
    // The tables that would not fit are reachable: each sits in a labelled, focusable scroll region.
    await page.goto(`${server.url}tactics/agree-a-responsibilities-grid/`);
    const region = page.locator('.table-wrap').first();
    await expect(region.getAttribute('role')).resolves.toBe('region');
    await expect(region.getAttribute('aria-label')).resolves.toMatch(/\(table\)$/);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.context().close();
  });

  it('keeps the tailor result and the example pages inside the screen', async () => {
    const { page } = await watchedPage(browser, { width: 360 });
    await page.goto(
      `${server.url}tailor/#${new URLSearchParams({ company: 'Narrow Co', stage: 'scaleup', reader: 'pmm', relationship: 'strained' })}`,
    );
    await page.locator('#t-playbook h1').waitFor();
    const result = await overflow(page);
    expect(result.excess, result.widest).toBeLessThanOrEqual(0);
    await page.goto(server.origin + first('playbooks/examples/'));
    const example = await overflow(page);
    expect(example.excess, example.widest).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('has a compact header on phones: brand, a closed menu and search, at most 100 px tall', async () => {
    for (const path of [base, first('tactics/'), `${base}tailor/`]) {
      const { page } = await watchedPage(browser, { width: 390 });
      await page.goto(server.origin + path);
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height, path).toBeLessThanOrEqual(100);
      await expect(page.locator('.brand').isVisible()).resolves.toBe(true);
      await expect(page.locator('#header-search').isVisible()).resolves.toBe(true);
      const nav = page.locator('nav[aria-label="Main"]');
      await expect(nav.isVisible()).resolves.toBe(false);
      await page.locator('.site-menu > summary').click();
      await expect(nav.isVisible()).resolves.toBe(true);
      await nav.locator('a', { hasText: 'Tactics' }).click();
      expect(new URL(page.url()).pathname).toBe(`${base}tactics/`);
      await page.context().close();
    }
    // Wide screens show the menu's links without a toggle.
    const { page } = await watchedPage(browser, { width: 1280 });
    await page.goto(server.url);
    await expect(page.locator('nav[aria-label="Main"] a').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-menu > summary').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('shows "On this page" after the title, closed, on phones and as an open sidebar when wide', async () => {
    const path = first('tactics/');
    const phone = await watchedPage(browser, { width: 360 });
    await phone.page.goto(server.origin + path);
    const h1 = await phone.page.locator('h1').boundingBox();
    const toc = phone.page.locator('.toc');
    expect((await toc.boundingBox())!.y).toBeGreaterThan(h1!.y + h1!.height);
    await expect(toc.locator('ol a').first().isVisible()).resolves.toBe(false);
    await toc.locator('summary').click();
    await expect(toc.locator('ol a').first().isVisible()).resolves.toBe(true);
    await phone.page.context().close();

    const wide = await watchedPage(browser, { width: 1280 });
    await wide.page.goto(server.origin + path);
    await expect(wide.page.locator('.toc ol a').first().isVisible()).resolves.toBe(true);
    const sidebar = (await wide.page.locator('.toc').boundingBox())!;
    const title = (await wide.page.locator('h1').boundingBox())!;
    expect(sidebar.x).toBeGreaterThan(title.x + title.width);
    await wide.page.context().close();
  });

  it('puts each agree–disagree scale of the tailor health check on one row at 360 px', async () => {
    const { page } = await watchedPage(browser, { width: 360 });
    await page.goto(`${server.url}tailor/`);
    await page.locator('#t-health summary').click();
    const rows = await page
      .locator('.scale')
      .evaluateAll((scales) =>
        scales.map(
          (scale) => new Set([...scale.querySelectorAll('input')].map((i) => i.getBoundingClientRect().top)).size,
        ),
      );
    expect(rows.length).toBeGreaterThan(5);
    expect(new Set(rows)).toEqual(new Set([1]));
    // Each label's words fit its own column (a wider word would run into the next one).
    const spilling = await page
      .locator('.scale label')
      .evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(spilling).toEqual([]);
    await page.context().close();
  });
});
