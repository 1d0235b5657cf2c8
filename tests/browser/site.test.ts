/**
 * End-to-end checks of the built site in Chromium: every file and the 404 page under both base paths; the clicking
 * through it on the /kb/ build (see CLICKED_BASE in tests/helpers/browser.ts). Every page type's load, with axe on the
 * /kb/ build, is csp.test.ts's sweep.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { builtPages, fileFor, pageIds, pageTypes, referencedUrls } from '../helpers/site-files.ts';
import { axeViolations, itOnClickedBuild, sharedBrowser, watchedPage } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
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
  const clicked = itOnClickedBuild(base);

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
    // Scripts only where they do something: search, tailor, the tactics list's address, the playbooks' checklists,
    // and the copy buttons of a page's templates (the page then has one).
    const scripted = (page: { path: string; html: string }) =>
      ['search/', 'tailor/'].some((s) => page.path.startsWith(base + s)) ||
      page.path === `${base}tactics/` ||
      (/^[^?#]*\/playbooks\/.+\/$/.test(page.path) && page.path !== `${base}playbooks/examples/`) ||
      page.html.includes('class="copy-button"');
    for (const page of pages.filter((p) => !scripted(p))) {
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

  it('serves a helpful, accessible 404 page', async () => {
    const { page } = await watchedPage(browser);
    const response = await page.goto(`${server.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    expect(await page.locator(`a[href="${base}situations/"]`).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  clicked('navigates home → situation → tactic → playbook by clicking', async () => {
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
    await page.goto(server.origin + pageTypes(pages, base).playbook);
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

  clicked('filters the tactic list without JavaScript', async () => {
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

  clicked(
    // Its colours pass axe on every page type in csp.test.ts's sweep; phones: see phone.test.ts.
    'has a dark scheme and prints without the chrome',
    async () => {
      const { page } = await watchedPage(browser);
      const background = async (colorScheme: 'light' | 'dark') => {
        await page.emulateMedia({ colorScheme });
        return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      };
      await page.goto(server.origin + pageTypes(pages, base).tactic);
      expect(await background('dark')).not.toBe(await background('light'));
      await page.emulateMedia({ colorScheme: 'light', media: 'print' });
      await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
      await expect(page.locator('h1').isVisible()).resolves.toBe(true);
      await page.context().close();
    },
  );

  clicked(
    'opens each situation with "Start here": three tactics in the order to run them, each with who, effort and time',
    async () => {
      const phases = ['listen', 'reset', 'align', 'build', 'sustain'];
      const efforts = ['light', 'moderate', 'heavy'];
      const rank = (t: { phase: string; effort: string }) =>
        phases.indexOf(t.phase) * efforts.length + efforts.indexOf(t.effort);
      const { page } = await watchedPage(browser, { width: 390 });
      for (const path of pages.filter((p) => /\/situations\/[a-z-]+\/$/.test(p.path)).map((p) => p.path)) {
        await page.goto(server.origin + path);
        // Right after the title and its line: the first h2 of the page.
        await expect(page.locator('main h2').first().textContent()).resolves.toBe('Start here');
        const read = (selector: string) =>
          page.locator(selector).evaluateAll((cards) =>
            cards.map((c) => ({
              title: c.querySelector('.card-title')!.textContent!.trim(),
              phase: c.getAttribute('data-phase')!,
              effort: c.getAttribute('data-effort')!,
              facts: [...c.querySelectorAll('.facts dt')].map((dt) => dt.textContent!.trim()),
            })),
          );
        const start = await read('.start-list > .card');
        const rest = await read('.start-here ~ ul.grid > .tactic-card');
        expect(start.length, path).toBe(Math.min(3, start.length + rest.length));
        expect(start.length, path).toBeGreaterThan(0);
        for (const card of start)
          expect(card.facts, path).toEqual(expect.arrayContaining(['Who runs it', 'Effort', 'Time to run']));
        for (const card of rest) expect(card.facts, path).toEqual(['Who runs it', 'Effort', 'Time to run']);
        // Phase order, then lighter effort, then the library's (title) order; the rest come after the three.
        const all = [...start, ...rest];
        for (let i = 1; i < all.length; i++) {
          const [a, b] = [all[i - 1]!, all[i]!];
          expect(
            rank(a) < rank(b) || (rank(a) === rank(b) && a.title.localeCompare(b.title) <= 0),
            `${path}: ${a.title} before ${b.title}`,
          ).toBe(true);
        }
      }
      await page.context().close();
    },
  );

  clicked('reaches the example playbooks from /playbooks/ and the home page, and each from its index', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${server.url}playbooks/`);
    await page.locator(`main a[href="${base}playbooks/examples/"]`).first().click();
    expect(new URL(page.url()).pathname).toBe(`${base}playbooks/examples/`);
    const cards = page.locator('main .card-title a');
    const count = await cards.count();
    expect(count).toBe(pages.filter((p) => /\/playbooks\/examples\/[^/]+\/$/.test(p.path)).length);
    const company = (await cards.first().textContent())!.trim();
    await cards.first().click();
    await expect(page.locator('h1').textContent()).resolves.toContain(company);
    await page.goto(server.url);
    expect(await page.locator(`main a[href="${base}playbooks/examples/"]`).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  clicked('counts the tactics behind each filter and keeps the choice in the address', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(`${server.url}tactics/?audience=sales&effort=light`);
    await expect(page.isChecked('#f-audience-sales')).resolves.toBe(true);
    await expect(page.isChecked('#f-effort-light')).resolves.toBe(true);
    const visible = () =>
      page
        .locator('.tactic-card')
        .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    const matching = await page
      .locator('.tactic-card')
      .evaluateAll(
        (els) =>
          els.filter(
            (e) =>
              e.getAttribute('data-audience')!.split(' ').includes('sales') &&
              e.getAttribute('data-effort') === 'light',
          ).length,
      );
    expect(await visible()).toBe(matching);
    // Back to any effort: the address drops it, and the sales option's count is what shows.
    await page.locator('fieldset:has(#f-effort-light) label:has(input[value=""])').click();
    expect(new URL(page.url()).searchParams.get('effort')).toBeNull();
    const salesCount = await page.locator('label:has(#f-audience-sales) .option-count').textContent();
    expect(await visible()).toBe(Number(salesCount!.replace(/\D/g, '')));
    await page.locator('label:has(#f-phase-listen)').click();
    const url = new URL(page.url());
    expect(url.searchParams.get('audience')).toBe('sales');
    expect(url.searchParams.get('phase')).toBe('listen');
    await page.reload();
    await expect(page.isChecked('#f-phase-listen')).resolves.toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
