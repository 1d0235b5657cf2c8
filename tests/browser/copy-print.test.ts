/**
 * Templates on tactic pages: the copy button copies the template (a Markdown table, or plain text for a list) and
 * says so, under the site's CSP; without JavaScript there is no dead button and the text is there to select; and
 * every tactic page prints on at most two A4 pages with its steps and templates.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPdf } from '../../src/node/pdf/read.ts';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { axeViolations, itOnClickedBuild, sharedBrowser, watchedPage } from '../helpers/browser.ts';
import { recordCspViolations } from '../helpers/csp.ts';
import { builtPages } from '../helpers/site-files.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A Markdown table row's cells, trimmed, without emphasis marks or escapes (so they compare with the page's text). */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.replace(/\*\*|`|\\/g, '').trim());
/** Text as the page or the PDF shows it: one space between words. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Text to compare with a PDF's: a line may end after a hyphen ("all-" / "hands"), which reads back as "all- hands". */
const printed = (text: string) => squash(text).replace(/- /g, '-');

/** The first template with a copy button of `format`, and the table or list it shows (as the page renders it). */
async function template(page: Page, format: 'markdown' | 'text') {
  const block = page
    .locator('.block-template', { has: page.locator(`.copy-button[data-copy-format="${format}"]`) })
    .first();
  const shown = await block.evaluate((el) => ({
    head: [...el.querySelectorAll('table thead th')].map((c) => c.textContent!.trim()),
    rows: [...(el.querySelector<HTMLTableSectionElement>('table tbody')?.rows ?? [])].map((r) =>
      [...r.cells].map((c) => c.textContent!.trim()),
    ),
    items: [...el.querySelectorAll(':scope > ul > li, :scope > ol > li')].map((li) => li.textContent!.trim()),
  }));
  return { block, button: block.locator('.copy-button'), status: block.locator('.copy-status'), ...shown };
}

describe.each(inject('sites'))('template copy buttons, site built with BASE_PATH=$base', ({ base, dir }) => {
  const clicked = itOnClickedBuild(base);
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const tactics = builtPages(dir, base).filter((p) => /\/tactics\/[^/]+\/$/.test(p.path));
  const withCopy = (format: string) => tactics.find((p) => p.html.includes(`data-copy-format="${format}"`))!.path;

  /** A page with the clipboard allowed, recording CSP violations, console errors and outside requests. */
  async function open(path: string) {
    const watched = await watchedPage(browser, { width: 1366 });
    await watched.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const violations = await recordCspViolations(watched.page);
    await watched.page.goto(server.origin + path);
    return { ...watched, violations };
  }

  clicked('copies a table template as a Markdown table and announces "Copied", with nothing blocked', async () => {
    const { page, violations, consoleErrors, outsideRequests } = await open(withCopy('markdown'));
    const t = await template(page, 'markdown');
    expect(t.head.length).toBeGreaterThan(1);
    expect(await t.button.isVisible()).toBe(true);
    expect(await t.status.getAttribute('role')).toBe('status');
    expect(await t.status.textContent()).toBe('');
    await t.button.click();
    await t.block.locator('.copy-status', { hasText: 'Copied' }).waitFor();
    expect(squash((await t.button.textContent())!)).toMatch(/^Copied:/);
    const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    const header = lines.findIndex((l) => l.startsWith('|') && cells(l).join('\u0000') === t.head.join('\u0000'));
    expect(header, lines.join('\n')).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toBe(`|${' --- |'.repeat(t.head.length)}`);
    expect(cells(lines[header + 2]!)).toEqual(t.rows[0]);
    expect(lines.filter((l) => l.startsWith('|')).length).toBeGreaterThanOrEqual(2 + t.rows.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.context().close();
  });

  clicked('copies a list template as plain text, one line per item, without Markdown marks', async () => {
    const { page } = await open(withCopy('text'));
    const t = await template(page, 'text');
    expect(t.items.length).toBeGreaterThan(1);
    await t.button.click();
    await t.block.locator('.copy-status', { hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\n').map((l) => l.replace(/^(- |\d+\. )/, ''));
    for (const item of t.items) expect(lines, copied).toContain(item);
    expect(copied).not.toMatch(/\*\*|\|/);
    await page.context().close();
  });

  clicked('falls back to selecting the text and the copy command when the Clipboard API refuses', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) },
      });
    });
    const page = await context.newPage();
    await page.goto(server.origin + withCopy('markdown'));
    const t = await template(page, 'markdown');
    await t.button.click();
    await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent);
    const source = t.block.locator('.copy-source');
    expect(await source.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const selected = await page.evaluate(() => getSelection()?.toString());
    expect(selected).toBe(await source.locator('pre').textContent());
    expect(selected).toContain(`| ${t.head.join(' | ')} |`);
    expect(await t.status.textContent()).toMatch(/^(Copied|Selected below: press Ctrl\+C)/);
    await context.close();
  });

  clicked('without JavaScript shows no copy button, and the Markdown to select by hand', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.origin + withCopy('markdown'));
    const t = await template(page, 'markdown');
    expect(await page.locator('.copy-button').count()).toBeGreaterThan(0);
    for (const button of await page.locator('.copy-button').all()) expect(await button.isVisible()).toBe(false);
    const summary = t.block.locator('.copy-source summary');
    expect(squash((await summary.textContent())!)).toMatch(/^Markdown to copy/);
    const pre = t.block.locator('.copy-source pre');
    expect(await pre.isVisible()).toBe(false);
    await summary.click();
    expect(await pre.isVisible()).toBe(true);
    const text = (await pre.textContent())!;
    expect(text).toContain(`| ${t.head.join(' | ')} |`);
    expect(text).toContain(`|${' --- |'.repeat(t.head.length)}`);
    await context.close();
  });

  it('adds the copy script only to pages with templates', () => {
    const script = (html: string) => /<script\b(?![^>]*type="application\/(ld\+)?json")/.test(html);
    const bare = tactics.filter((p) => !p.html.includes('copy-button'));
    expect(bare.length).toBeGreaterThan(0);
    for (const p of bare) expect(script(p.html), p.path).toBe(false);
    for (const p of tactics.filter((p) => p.html.includes('copy-button'))) expect(script(p.html), p.path).toBe(true);
  });
});

describe('a printed tactic page', () => {
  const { base, dir } = inject('sites')[0]!;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const tactics = builtPages(dir, base).filter((p) => /\/tactics\/[^/]+\/$/.test(p.path));

  it('is a play card of at most two A4 pages with every step and template, for every tactic', async () => {
    expect(tactics.length).toBeGreaterThan(20);
    const context = await browser.newContext();
    const page = await context.newPage();
    const counts: Record<string, number> = {};
    for (const { path } of tactics) {
      await page.goto(server.origin + path);
      const shown = await page.evaluate(() => {
        let list = document.getElementById('steps')?.nextElementSibling;
        while (list && list.tagName !== 'OL') list = list.nextElementSibling;
        return {
          steps: [...(list?.children ?? [])].map((li) => li.textContent!),
          blocks: [...document.querySelectorAll('.tactic-body > .block')].map((b) => ({
            title: b.querySelector('h3')!.textContent!,
            first: (b.querySelector('td:not(:empty), th, li, p') as HTMLElement | null)?.textContent ?? '',
          })),
        };
      });
      const pdf = await readPdf(
        await page.pdf({ format: 'A4', margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } }),
      );
      counts[path] = pdf.pages.length;
      const text = printed(pdf.pages.join(' '));
      expect(shown.steps.length, path).toBeGreaterThan(1);
      for (const step of shown.steps) expect(text, `${path}: step`).toContain(printed(step));
      for (const block of shown.blocks) {
        expect(text, `${path}: block title`).toContain(printed(block.title));
        expect(text, `${path}: block text`).toContain(printed(block.first));
      }
      expect(text, path).not.toMatch(/Copy as Markdown|Markdown to copy|Related tactics|Skip to content/);
    }
    const longest = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    console.log(`printed tactic pages: ${JSON.stringify(Object.fromEntries(longest.slice(0, 5)))}`);
    expect(longest.filter(([, n]) => n > 2)).toEqual([]);
    await context.close();
  }, 300_000);
});
