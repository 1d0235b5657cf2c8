/** The search page in Chromium, on the /kb/ build (CLICKED_BASE): live results, filters, keyboard, safety, and the no-JS fallback. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { createSearcher } from '../../src/core/search/search.ts';
import type { SearchIndexData } from '../../src/core/search/types.ts';
import { axeViolations, clickedSites, sharedBrowser, watchedPage, type WatchedPage } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The ids of the tactics listed, in order. */
const resultIds = (page: Page) =>
  page
    .locator('#search-output .search-results')
    .first()
    .locator('.search-hit')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
/** Waits until the status line announces results for `query`. */
const settled = (page: Page, query: string) =>
  page.waitForFunction(
    (q) => document.getElementById('search-status')?.textContent?.includes(q),
    query.trim().slice(0, 40),
  );

describe.each(clickedSites())('search page built with BASE_PATH=$base', ({ base, dir }) => {
  let server: StaticServer;
  const data = JSON.parse(readFileSync(join(dir, 'search-index.json'), 'utf8')) as SearchIndexData;
  // The same ranking code, run in Node over the same index: the page must agree with it.
  const searcher = createSearcher(data);
  const situationsOf = (id: string) => data.docs.find((d) => d.id === id && d.kind === 'tactic')!.situations;

  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Opens the search page (optionally with a query string) once the index has loaded. */
  async function open(search = ''): Promise<WatchedPage> {
    const watched = await watchedPage(browser);
    await watched.page.goto(`${server.url}search/${search}`);
    await watched.page.waitForSelector('#search-app[data-ready="true"]');
    return watched;
  }

  it('ranks tactics as you type, as the CLI does, with highlighted matches and the query in the address', async () => {
    const { page, consoleErrors, outsideRequests } = await open();
    const query = 'dissagree and comit';
    await page.locator('#page-search').pressSequentially(query, { delay: 20 });
    await settled(page, query);
    const expected = searcher.search(query, { limit: 20 }).results.map((h) => h.id);
    expect(expected.length).toBeGreaterThan(1);
    expect(await resultIds(page)).toEqual(expected);
    await expect(page.locator('#search-status').textContent()).resolves.toMatch(
      /^\d+ tactics? for “dissagree and comit”$/,
    );
    const marks = await page.locator('.search-hit mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^(disagree|commit)/i.test(m))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    await expect(page.locator('#search-output a[href]').first().getAttribute('href')).resolves.toMatch(
      new RegExp(`^${base}tactics/[a-z0-9-]+/$`),
    );
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.context().close();
  });

  it('says what the query was understood as, like the CLI', async () => {
    const { page, consoleErrors } = await open('?q=our+AEs+keep+overpromising');
    await settled(page, 'our AEs keep overpromising');
    const understood = page.locator('#search-understood');
    await expect(understood.isVisible()).resolves.toBe(true);
    await expect(understood.textContent()).resolves.toMatch(/^Understood as: .*AE → sales/);
    expect(await resultIds(page)).toEqual(
      searcher.search('our AEs keep overpromising', { limit: 20 }).results.map((h) => h.id),
    );
    await page.locator('#page-search').fill('roadmap');
    await settled(page, 'roadmap');
    await expect(understood.isVisible()).resolves.toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('restores ?q= and filters from the address, and filters by situation, audience and stage', async () => {
    const { page, consoleErrors } = await open('?q=launch');
    await settled(page, 'launch');
    const all = await resultIds(page);
    expect(all.length).toBeGreaterThan(2);
    const situation = situationsOf(all[0]!)[0]!;
    await page.locator('#search-situation').selectOption(situation);
    const filtered = await resultIds(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((id) => situationsOf(id!).includes(situation))).toBe(true);
    expect(filtered).toEqual(searcher.search('launch', { limit: 20, filters: { situation } }).results.map((h) => h.id));
    expect(new URL(page.url()).searchParams.get('situation')).toBe(situation);

    await page.locator('#search-situation').selectOption('');
    await page.locator('#search-audience').selectOption('sales');
    await page.locator('#search-stage').selectOption('enterprise');
    expect(await resultIds(page)).toEqual(
      searcher
        .search('launch', { limit: 20, filters: { audience: 'sales', stage: 'enterprise' } })
        .results.map((h) => h.id),
    );

    await page.reload();
    await page.waitForSelector('#search-app[data-ready="true"]');
    await settled(page, 'launch');
    await expect(page.locator('#search-audience').inputValue()).resolves.toBe('sales');
    await expect(page.locator('#search-stage').inputValue()).resolves.toBe('enterprise');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('moves through results with the keyboard and opens one with Enter', async () => {
    const { page, consoleErrors } = await open();
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-search');
    await page.keyboard.type('roadmap');
    await settled(page, 'roadmap');
    const links = page.locator('#search-output a[href]');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      await links.nth(0).getAttribute('href'),
    );
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(
      await links.nth(1).getAttribute('href'),
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('page-search');
    await page.keyboard.press('Escape');
    await expect(page.locator('#page-search').inputValue()).resolves.toBe('');
    await expect(page.locator('#search-output a').count()).resolves.toBe(0);

    await page.keyboard.type('roadmap');
    await settled(page, 'roadmap');
    const title = (await links.first().textContent())!.trim();
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/tactics\/[a-z0-9-]+\/$/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname.startsWith(`${base}tactics/`)).toBe(true);
    await expect(page.locator('h1').textContent()).resolves.toBe(title);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('suggests situations to browse when nothing matches, and is axe clean with and without results', async () => {
    const { page, consoleErrors, outsideRequests } = await open('?q=zzqxv');
    await settled(page, 'zzqxv');
    await expect(page.locator('#search-status').textContent()).resolves.toBe('No tactics for “zzqxv”');
    const suggestions = await page
      .locator('.search-empty a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((href) => href.startsWith(`${base}situations/`))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#page-search').fill('sales keeps promising features');
    await settled(page, 'sales keeps promising features');
    await expect(
      page.locator('#search-output h2', { hasText: 'Situations that sound like yours' }).count(),
    ).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.context().close();
  });

  it('shows a 10,000-character or odd-Unicode query as text, without freezing the page', async () => {
    const { page, consoleErrors } = await open();
    const markup = '<img src=x onerror="window.__pwned=1">';
    for (const query of [`${'conflict '.repeat(1_111)}x`, `${markup} 👩‍👩‍👧 \u202E مرحبا ǅ \u0301 launch`]) {
      const started = Date.now();
      await page.locator('#page-search').fill(query);
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent !== '', undefined, {
        timeout: 5_000,
      });
      await expect(page.evaluate(() => 1 + 1)).resolves.toBe(2);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
    await settled(page, markup);
    await expect(page.locator('#search-output img').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('fits a 360 px screen with filters and results', async () => {
    const { page } = await watchedPage(browser, { width: 360 });
    await page.goto(`${server.url}search/?q=sales+keeps+promising+features`);
    await page.waitForSelector('#search-output .search-hit');
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).resolves.toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('without JavaScript, the header box submits to the search page, which lists the situations', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('#header-search').fill('late launch');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.locator('#header-search').press('Enter')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${base}search/`);
    expect(url.searchParams.get('q')).toBe('late launch');
    await expect(page.locator('#search-app').isVisible()).resolves.toBe(false);
    await expect(page.locator('#browse + ul.grid a').count()).resolves.toBe(
      data.docs.filter((d) => d.kind === 'situation').length,
    );
    await context.close();
  });
});
