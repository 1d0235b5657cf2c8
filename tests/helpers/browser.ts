/** Opens pages in Chromium while recording console errors and any request that would leave the host. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

/** A page plus what went wrong while it loaded. */
export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  outsideRequests: string[];
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** axe's violations on the page as it is now, one line each: rule id and the first few elements (empty when clean). */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.map(
    (v) =>
      `${label ? `${label}: ` : ''}${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

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
