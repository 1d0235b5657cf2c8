import { defineConfig } from 'vitest/config';

/**
 * Unit files that change nothing in their process: no module mocks, spies or stubbed environment, and settings only
 * through explicit arguments (readSettings(env, …), never the read-once settings()). They run without per-file
 * isolation (one process loads the modules and the project library once, see tests/helpers/library.ts), which halves
 * their time. Every other unit file, and any new one, runs isolated in `unit`. shared-process.test.ts holds these files,
 * and the browser files (which share one process too), to that.
 */
export const SHARED = [
  'brand',
  'catalogue',
  'config',
  'content',
  'content-blocks',
  'content-safety',
  'faults-build',
  'fictional-names',
  'golden',
  'health',
  'library',
  'markdown-plugins',
  'markdown-safe-urls',
  'mdx-content',
  'overlay',
  'page-facts',
  'readme',
  'render-fast',
  'search-eval',
  'search-query',
  'search-ranking',
  'search-safety',
  'search-stories',
  'self-contained',
  'shared-process',
  'site-inputs',
  'tailor',
  'tailor-profiles',
  'tailor-properties',
  'templates',
  'vocabulary',
].map((name) => `tests/unit/${name}.test.ts`);

export default defineConfig({
  test: {
    // The CLI tests run the compiled bin: compiled once per run (for every project), with a build's snapshot beside it.
    globalSetup: ['tests/helpers/cli-setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: SHARED,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'unit-shared',
          include: SHARED,
          environment: 'node',
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // One process runs the files in turn: they mock, spy on and stub nothing, and share only what setup.ts
          // provides (the builds and the browser), so a fresh process per file would only load the same modules
          // again (measured side by side, REUSE_BUILD=1, twice each: 142 and 134 CPU-s isolated, 115 and 115 not).
          isolate: false,
        },
      },
    ],
  },
});
