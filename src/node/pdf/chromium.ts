/** Finds and launches a system Chromium for browser tests and PDF printing (npm cannot download browsers here). */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { settings } from '../config.ts';

/**
 * Where system browsers usually live, tried in this order after $CHROME_PATH.
 * - Debian's chromium-headless-shell comes first: it is the same Chromium release built without the desktop browser
 *   (what Playwright itself launches for headless runs), and it takes about half the CPU of the full browser per
 *   page load and print on this project's pages (bench/README.md).
 * - Then the full browser. Debian's /usr/bin/chromium is a shell script that reads its settings and then starts
 *   /usr/lib/chromium/chromium; starting that directly spares the script's dozen helper processes on every launch
 *   (headless printing needs none of its settings).
 */
export const CHROME_CANDIDATES = [
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Thrown when no browser is found; the message says how to get one. */
export class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      `No Chromium found (tried: ${tried.join(', ')}).\n` +
        'Install one, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium chromium-headless-shell\n' +
        'or point CHROME_PATH at a Chrome or Chromium executable.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

/** The browser executable: CHROME_PATH if set (it must exist), else the first usual path that exists. */
export function findChrome(chromePath = settings().chromePath, candidates = CHROME_CANDIDATES): string {
  if (chromePath) {
    if (existsSync(chromePath)) return chromePath;
    throw new BrowserNotFoundError([`CHROME_PATH=${chromePath}`]);
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new BrowserNotFoundError(candidates);
  return found;
}

/** Flags that keep a headless Chromium quiet and offline: no background calls, no outside DNS. */
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** Launches headless Chromium with the offline flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
}
