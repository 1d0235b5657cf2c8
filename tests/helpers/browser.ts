/** Opens pages in Chromium while recording console errors and any request that would leave the host. */
import type { Browser, Page } from 'playwright-core';

/** A page plus what went wrong while it loaded. */
export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  outsideRequests: string[];
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/** A new page that blocks and records non-loopback requests and collects console errors. */
export async function watchedPage(browser: Browser, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
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
