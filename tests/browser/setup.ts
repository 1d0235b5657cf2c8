/** Builds the site once per base path (`/` and `/kb/`) into .tmp/, for the browser tests to serve. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/** One built copy of the site. */
export interface BuiltSite {
  base: string;
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSite[];
  }
}

export default function setup(project: TestProject) {
  // TEST_SITES_DIR lets two checkouts' (or two people's) browser runs build side by side.
  const root = process.env.TEST_SITES_DIR ?? '.tmp';
  const sites: BuiltSite[] = [
    { base: '/', dir: resolve(root, 'site-root') },
    { base: '/kb/', dir: resolve(root, 'site-kb') },
  ];
  for (const site of sites) {
    // REUSE_BUILD=1 skips rebuilding when iterating on tests locally; CI always builds.
    if (process.env.REUSE_BUILD && existsSync(resolve(site.dir, 'index.html'))) continue;
    execFileSync('npm', ['run', '--silent', 'build'], {
      env: { ...buildEnv(), BASE_PATH: site.base, OUT_DIR: site.dir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  project.provide('sites', sites);
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
