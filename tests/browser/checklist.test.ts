/** Checklists on playbook pages: one labelled checkbox per item, kept in this browser per page, printed as boxes. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { builtPages } from '../helpers/site-files.ts';
import { axeViolations, itOnClickedBuild, sharedBrowser } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The checklist's items, and for each: how many boxes it draws (checkboxes, tick spans, a ::before box) and its label. */
const items = (page: Page) =>
  page.locator('[data-checklist] > li').evaluateAll((lis) =>
    lis.map((li) => {
      const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]');
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
      const drawn = [...li.querySelectorAll('input[type="checkbox"], .tick')].filter(visible).length;
      const before = getComputedStyle(li, '::before');
      const pseudo = before.content !== 'none' && before.content !== 'normal' && before.borderTopWidth !== '0px';
      return { boxes: drawn + (pseudo ? 1 : 0), label: box?.labels?.[0]?.textContent?.trim() ?? '' };
    }),
  );

describe.each(inject('sites'))('checklists, site built with BASE_PATH=$base', ({ base, dir }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const pages = builtPages(dir, base).filter((p) => p.path.endsWith('/'));
  const library = pages.filter(
    (p) => /\/playbooks\/[^/]+\/$/.test(p.path) && !p.path.includes('/examples/') && p.path !== `${base}playbooks/`,
  );
  const examples = pages.filter((p) => /\/playbooks\/examples\/[^/]+\/$/.test(p.path));

  const clicked = itOnClickedBuild(base);
  for (const [kind, paths] of [
    ['a library playbook', () => [library[0]!.path, library[1]!.path]],
    ['an example playbook', () => [examples[0]!.path, examples[1]!.path]],
  ] as const)
    clicked(`on ${kind}: ticks, survives a reload, stays per page, one box per item, prints`, async () => {
      const [path, other] = paths();
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.origin + path);
      const list = await items(page);
      expect(list.length).toBeGreaterThan(2);
      expect(list.every((i) => i.boxes === 1 && i.label.length > 0)).toBe(true);

      const boxes = page.locator('[data-checklist] input[type="checkbox"]');
      await boxes.nth(0).check();
      // Clicking an item's words ticks it too: the label is tied to its box.
      await page.locator('[data-checklist] label').nth(2).click();
      await page.reload();
      await expect(boxes.nth(0).isChecked()).resolves.toBe(true);
      await expect(boxes.nth(1).isChecked()).resolves.toBe(false);
      await expect(boxes.nth(2).isChecked()).resolves.toBe(true);

      // Another playbook keeps its own ticks.
      await page.goto(server.origin + other);
      const otherChecked = await page.locator('[data-checklist] input:checked').count();
      expect(otherChecked).toBe(0);
      await page.goto(server.origin + path);
      await boxes.nth(0).uncheck();
      await page.reload();
      await expect(boxes.nth(0).isChecked()).resolves.toBe(false);
      await expect(boxes.nth(2).isChecked()).resolves.toBe(true);
      expect(await axeViolations(page, path)).toEqual([]);

      // Printed: one visible box per item.
      await page.emulateMedia({ media: 'print' });
      const printed = await items(page);
      expect(printed.length).toBe(list.length);
      expect(printed.every((i) => i.boxes === 1)).toBe(true);
      await context.close();
    });

  it('the tactic pages load no checklist script: only the two playbook page kinds do', () => {
    // A tactic page's one script, if any, is its templates' copy button.
    for (const p of pages.filter((x) => x.path.startsWith(`${base}tactics/`) && x.path !== `${base}tactics/`)) {
      expect(p.html, p.path).not.toMatch(/data-checklist|checklist\.[\w-]*\.js/);
      expect((p.html.match(/<script\b/g) ?? []).length, p.path).toBeLessThanOrEqual(
        p.html.includes('class="copy-button"') ? 1 : 0,
      );
    }
    for (const p of [library[0]!, examples[0]!]) expect(p.html, p.path).toMatch(/<script\b/);
  });
});
