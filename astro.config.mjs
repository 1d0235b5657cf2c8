// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { normaliseBase } from './src/lib/url.ts';

// Where the site is hosted: SITE_URL (origin) and BASE_PATH (sub-path, e.g. /kb/) from the environment.
export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost',
  outDir: process.env.OUT_DIR || 'dist',
  base: normaliseBase(process.env.BASE_PATH),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
