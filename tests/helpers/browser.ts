/** Opens pages in Chromium while recording console errors and any request that would leave the host. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { inject, it } from 'vitest';
import type { BuiltSite } from '../browser/setup.ts';

/**
 * This run's Chromium (launched once by tests/browser/setup.ts), connected for one test file: closing it closes the
 * file's contexts and the connection, not the browser. Saves a browser start per file.
 */
export function sharedBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * The build the behaviour tests click through: the one under a base path, where a link, fetch or script that forgets
 * the base breaks (under `/` it would work by accident). The checks of every built file, the load of each page type
 * (assets, console, outside requests, CSP) and the 404 page run on both builds; what a visitor does on a page (type a
 * query, fill the tailor form, tick a box, copy a template, resize to a phone) does not depend on which of the two
 * it is, so it runs once, here.
 */
const CLICKED_BASE = '/kb/';

/** The clicked build alone, for `describe.each` in the files whose every test is behaviour. */
export function clickedSites(): BuiltSite[] {
  const sites = inject('sites').filter((s) => s.base === CLICKED_BASE);
  if (sites.length !== 1) throw new Error(`no test build under ${CLICKED_BASE}`);
  return sites;
}

/** Whether the build under `base` is the clicked one. */
export const isClickedBuild = (base: string) => base === CLICKED_BASE;

/** `it` on the clicked build and nothing on the other: for files that run their file checks on both builds. */
export function itOnClickedBuild(
  base: string,
): (name: string, fn: () => Promise<void> | void, timeout?: number) => void {
  return isClickedBuild(base) ? (name, fn, timeout) => it(name, fn, timeout) : () => {};
}

/** A download's text, read through the connection (a connected browser's files have no local path to open). */
export async function downloadText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A page plus what went wrong while it loaded. */
export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  outsideRequests: string[];
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * axe's violations on the page as it is now, one line each: rule id and the first few elements (empty when clean).
 * Every rule runs as by default (or only `rules`); two settings only save time (about 60% of axe's CPU), not findings: axe runs in the
 * page itself (legacy mode: the default opens a second, blank page to merge per-frame results, and our pages have no
 * frames), and it collects the elements of violations only, not of every rule that passed.
 */
export async function axeViolations(page: Page, label = '', rules?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? builder.withRules([...rules]) : builder).analyze();
  return violations.map(
    (v) =>
      `${label ? `${label}: ` : ''}${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

/**
 * The rules a colour scheme can change: the dark scheme swaps the colour tokens (src/styles/tokens.css) and nothing
 * else, so a page that passes every rule in light colours is checked in dark ones for these (see axe's rule list).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/** A new page that blocks and records non-loopback requests and collects console errors. */
export async function watchedPage(
  browser: Browser,
  options: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOOPBACK.test(url.hostname)) return route.continue();
    outsideRequests.push(url.href);
    return route.abort();
  });
  return { page, consoleErrors, outsideRequests };
}
