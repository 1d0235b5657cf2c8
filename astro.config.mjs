// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { settings } from './src/node/config.ts';

const { siteUrl, outDir, base } = settings();

// Where the site is hosted (SITE_URL, BASE_PATH) and built (OUT_DIR): from the one settings module.
export default defineConfig({
  site: siteUrl || 'http://localhost',
  outDir,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  prefetch: false,
});
