/**
 * Builds the site once per base path (`/` and `/kb/`) into .tmp/, for the browser tests to serve (the project's own
 * fresh build stands in for one, see below), and starts one Chromium that every browser test file connects to
 * (tests/helpers/browser.ts) instead of launching its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChrome } from '../../src/node/pdf/chromium.ts';
import { readSettings } from '../../src/node/config.ts';
import { recordedInputs, siteInputs } from '../../src/node/build/site-inputs.ts';
import { COMPANY_CONFIG } from '../helpers/site-files.ts';
import { BIN_PREFIX, BINS } from '../helpers/cli-setup.ts';
import { compileCli } from '../../src/cli/compile.ts';

/** One built copy of the site. */
export interface BuiltSite {
  base: string;
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSite[];
    /** The example company's site (examples/acme-overlay/), built at the root. */
    companySite: string;
    /** The WebSocket address of this run's Chromium (see sharedBrowser in tests/helpers/browser.ts). */
    browserEndpoint: string;
  }
}

/** launchChromium's flags (src/node/pdf/chromium.ts): headless, quiet and offline. */
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

export default async function setup(project: TestProject) {
  // TEST_SITES_DIR lets two checkouts' (or two people's) browser runs build side by side.
  const root = process.env.TEST_SITES_DIR ?? '.tmp';
  const sites: BuiltSite[] = [
    { base: '/', dir: resolve(root, 'site-root') },
    { base: '/kb/', dir: resolve(root, 'site-kb') },
  ];
  const builder = new Builder();
  try {
    for (const site of sites) {
      const env = { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: site.base };
      // The project's own build (`npm run build`, README command 1) is this very site when it was made from the same
      // code, content, packages, settings and date: then it is served as it is rather than built a second time.
      const own = resolve(readSettings(env).outDir);
      if (!process.env.TEST_SITES_DIR && recordedInputs(own) === siteInputs(readSettings(env))) site.dir = own;
      else await builder.build(site.dir, env);
    }
    project.provide('sites', sites);
    // The example company's site (overlay.test.ts, blocks-everywhere.test.ts).
    const company = resolve(root, 'site-acme');
    await builder.build(company, {
      ...buildEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      BASE_PATH: '/',
      PLAYBOOK_CONFIG: COMPANY_CONFIG,
    });
    project.provide('companySite', company);
  } finally {
    builder.dispose();
  }
  const server = await chromium.launchServer({ executablePath: findChrome(), headless: true, args: CHROME_FLAGS });
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}

/**
 * Builds sites as `npm run build` does, with the build script compiled from this run's code: compiled once, on the
 * first site that needs building, into a folder of this run beside the bins tests/helpers/cli-setup.ts makes (which
 * also sweeps up a killed run's), not into dist-cli/, which a bin running in another terminal may be reading.
 */
class Builder {
  private dir: string | undefined;

  /**
   * Builds a site into `dir` with `env`, unless `dir` already holds one made from the same inputs (an earlier run's),
   * or REUSE_BUILD=1 is set and it holds any (when iterating on tests locally).
   */
  async build(dir: string, env: NodeJS.ProcessEnv): Promise<void> {
    if (process.env.REUSE_BUILD && existsSync(resolve(dir, 'index.html'))) return;
    if (recordedInputs(dir) === siteInputs(readSettings(env))) return;
    if (!this.dir) {
      mkdirSync(BINS, { recursive: true });
      this.dir = mkdtempSync(join(BINS, `${BIN_PREFIX}${process.pid}-`));
      await compileCli(this.dir);
    }
    execFileSync(process.execPath, [join(this.dir, 'build.mjs')], {
      env: { ...env, OUT_DIR: dir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }

  dispose(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The environment without the variables Vitest adds (BASE_URL, MODE, …), which would override Astro's own. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    'BASE_URL',
    'MODE',
    'DEV',
    'PROD',
    'SSR',
    'TEST',
    'VITEST',
    'VITEST_MODE',
    'VITEST_POOL_ID',
    'VITEST_WORKER_ID',
    'NODE_ENV',
  ])
    delete env[key];
  return env;
}
