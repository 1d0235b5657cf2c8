/**
 * Every page carries a Content-Security-Policy (DESIGN.md §6 rule 12), and Chromium blocks nothing the site needs. The
 * load of each page type here is also where axe checks that type, in light and dark colours, on the clicked build.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STATEMENTS } from '../../src/core/health/index.ts';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { builtPages, pageTypes } from '../helpers/site-files.ts';
import {
  axeViolations,
  COLOUR_RULES,
  isClickedBuild,
  itOnClickedBuild,
  sharedBrowser,
  watchedPage,
} from '../helpers/browser.ts';
import { declaredPolicy, recordCspViolations } from '../helpers/csp.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The policy as Chromium sees it in the loaded page's head. */
const metaPolicy = (page: Page) =>
  page.locator('head meta[http-equiv="content-security-policy"]').first().getAttribute('content');

describe.each(inject('sites'))('CSP of the site built with BASE_PATH=$base', ({ base, dir }) => {
  const clicked = itOnClickedBuild(base);
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const pages = builtPages(dir, base);
  const sitePages = pages.filter((p) => !p.path.startsWith(`${base}downloads/`));
  /** Opens a page with violations recorded; `act` then drives it. Returns what went wrong and the declared policy. */
  async function visit(path: string, act: (page: Page) => Promise<void> = async () => {}) {
    const { page, consoleErrors, outsideRequests } = await watchedPage(browser);
    const violations = await recordCspViolations(page);
    const response = await page.goto(server.origin + path);
    await act(page);
    const result = {
      status: response?.status(),
      policy: await metaPolicy(page),
      violations: await violations(),
      consoleErrors: consoleErrors.filter((e) => !(path.includes('no/such') && /status of 404/.test(e))),
      outsideRequests,
    };
    await page.context().close();
    return result;
  }

  it('declares one policy on every built page, ahead of every style and script, that covers its inline code', () => {
    expect(sitePages.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const page of sitePages) {
      const csp = declaredPolicy(page.html);
      const d = csp.directives;
      if (!d) {
        wrong.push(`${page.path}: no CSP meta`);
        continue;
      }
      if (csp.metas !== 1 || !csp.metaFirst)
        wrong.push(`${page.path}: ${csp.metas} CSP metas, first in place: ${csp.metaFirst}`);
      if (d.get('default-src')?.join(' ') !== "'self'") wrong.push(`${page.path}: default-src ${d.get('default-src')}`);
      if (d.get('object-src')?.join(' ') !== "'none'") wrong.push(`${page.path}: object-src ${d.get('object-src')}`);
      for (const name of ['script-src', 'style-src']) {
        const sources = d.get(name) ?? [];
        if (sources[0] !== "'self'" || sources.some((s) => /unsafe|\*|data:|https?:/.test(s)))
          wrong.push(`${page.path}: ${name} ${sources.join(' ')}`);
      }
      const allowed = new Set([...(d.get('script-src') ?? []), ...(d.get('style-src') ?? [])]);
      for (const hash of csp.inlineHashes)
        if (!allowed.has(`'${hash}'`)) wrong.push(`${page.path}: inline code ${hash} not allowed`);
      if (csp.styleAttributes.length) wrong.push(`${page.path}: style attributes on ${csp.styleAttributes.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives the downloadable HTML playbooks a policy that lets nothing load or run', () => {
    const downloads = pages.filter((p) => p.path.startsWith(`${base}downloads/`) && p.path.endsWith('.html'));
    expect(downloads.length).toBeGreaterThan(0);
    for (const page of downloads) {
      const csp = declaredPolicy(page.html);
      expect(csp.metaFirst, page.path).toBe(true);
      expect(csp.directives?.get('default-src'), page.path).toEqual(["'none'"]);
      expect(csp.directives?.get('style-src'), page.path).toEqual(["'unsafe-inline'"]);
      expect(csp.directives?.has('script-src'), page.path).toBe(false);
    }
  });

  /** The page types whose colours the dark-scheme pass checks (the dark scheme swaps colour tokens, nothing else). */
  const DARK = new Set(['home', 'situation', 'tactic', 'playbook', 'example']);

  // One load of each page type serves every check of it: on the clicked build, axe runs in the same page (every rule,
  // then in dark colours the rules colours decide) rather than in a second load of its own.
  it(
    `loads every page type with its policy and no CSP violation, console error or outside request${
      isClickedBuild(base) ? ', and no axe violation in light or dark colours' : ''
    }`,
    { timeout: 240_000 },
    async () => {
      for (const [type, path] of Object.entries(pageTypes(pages, base))) {
        const axe: string[] = [];
        let headings = 1;
        const r = await visit(path, async (page) => {
          if (!isClickedBuild(base)) return;
          headings = await page.locator('h1').count();
          axe.push(...(await axeViolations(page, type)));
          if (!DARK.has(type)) return;
          await page.emulateMedia({ colorScheme: 'dark' });
          axe.push(...(await axeViolations(page, `${type} (dark)`, COLOUR_RULES)));
        });
        expect(r.status, `${type} ${path}`).toBe(type === 'notFound' ? 404 : 200);
        expect(r.policy, type).toMatch(/(^|;)\s*default-src 'self'\s*(;|$)/);
        expect(headings, type).toBe(1);
        expect(axe, type).toEqual([]);
        expect(r.violations, type).toEqual([]);
        expect(r.consoleErrors, type).toEqual([]);
        expect(r.outsideRequests, type).toEqual([]);
      }
    },
  );

  clicked('applies the tactics list’s hashed filter style (JavaScript on)', async () => {
    let shown = { all: 0, visible: 0 };
    const r = await visit(`${base}tactics/`, async (page) => {
      const cards = page.locator('.tactic-card');
      const audiences = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-audience')!.split(' ')));
      const pick = audiences.flat().find((a) => audiences.some((list) => !list.includes(a)))!;
      await page.locator(`label:has(#f-audience-${pick})`).click();
      const visible = await cards.evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null));
      shown = { all: audiences.length, visible: visible.length };
    });
    expect(shown.visible).toBeGreaterThan(0);
    expect(shown.visible).toBeLessThan(shown.all);
    expect(r.violations).toEqual([]);
  });

  clicked('still searches: the index loads and a typed query shows results, with nothing blocked', async () => {
    let hits = 0;
    const r = await visit(`${base}search/`, async (page) => {
      await page.waitForSelector('#search-app[data-ready="true"]');
      await page.locator('#page-search').pressSequentially('sales keeps promising features', { delay: 10 });
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('sales keeps'));
      hits = await page.locator('#search-output .search-hit').count();
    });
    expect(hits).toBeGreaterThan(0);
    expect(r.violations).toEqual([]);
    expect(r.consoleErrors).toEqual([]);
  });

  clicked('still tailors: the health chart draws, the form builds a playbook and its print style applies', async () => {
    let title = '';
    let printRules = 0;
    let charts = 0;
    const r = await visit(`${base}tailor/`, async (page) => {
      // The health check draws its chart from script: SVG made in the page must not need inline styles.
      await page.click('#t-health summary');
      await page.check(`#t-h-${STATEMENTS[0]!.id}-1`);
      charts = await page.locator('#t-health svg').count();
      await page.fill('#t-company', 'Policy Test Co');
      await page.selectOption('#t-stage', 'scaleup');
      await page.selectOption('#t-reader', 'pmm');
      await page.check('#t-rel-strained');
      await page.click('#t-submit');
      await page.locator('#t-playbook h1').waitFor();
      title = (await page.locator('#t-playbook h1').textContent()) ?? '';
      printRules = await page.evaluate(
        () => (document.getElementById('t-print-style') as HTMLStyleElement | null)?.sheet?.cssRules.length ?? 0,
      );
    });
    expect(title).toBe('PM–PMM playbook for Policy Test Co');
    expect(printRules).toBeGreaterThan(0);
    expect(charts).toBeGreaterThan(0);
    expect(r.violations).toEqual([]);
    expect(r.consoleErrors).toEqual([]);
  });

  clicked('opens a downloadable HTML playbook with nothing blocked', async () => {
    const file = pages.find((p) => p.path.startsWith(`${base}downloads/examples/`) && p.path.endsWith('.html'))!;
    const r = await visit(file.path);
    expect(r.policy).toMatch(/default-src 'none'/);
    expect(r.violations).toEqual([]);
    expect(r.consoleErrors).toEqual([]);
  });
});
