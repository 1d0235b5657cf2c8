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
  vite: {
    plugins: [
      {
        // The server bundle only renders the pages during the build and is then deleted: tree-shaking it costs CPU
        // and changes nothing in the site. The client bundle (what visitors download) is shaken as before.
        name: 'playbook:unshaken-server-bundle',
        apply: 'build',
        config: (_, env) => (env.isSsrBuild ? { build: { rollupOptions: { treeshake: false } } } : undefined),
      },
    ],
    // Nobody reads the gzip sizes in the build log; computing them costs a pass over every chunk.
    build: { reportCompressedSize: false },
  },
  experimental: {
    // DESIGN.md §6 rule 12: every page carries a CSP <meta>. Astro adds script-src and style-src: 'self' plus the
    // hashes of what it emits. The tactics list allows its own filter <style> (src/site/filters.ts styleHash); the
    // tailor page adds the playbook's print stylesheet from script, so that one's hash is listed here.
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      styleDirective: {
        hashes: [
          await (
            await import('./src/site/filters.ts')
          ).styleHash((await import('./src/client/tailor/print-style.ts')).printStyle('.tailor-result')),
        ],
      },
    },
  },
});
