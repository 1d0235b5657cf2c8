/** The one base-path helper: every internal URL of the site and of generated playbooks goes through here. */

/** Normalises a base path to start and end with `/` (`kb` → `/kb/`, empty → `/`). */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

let configuredBase: string | undefined;

/** Sets the base path for code that runs outside Vite (the CLIs), from the config module. */
export function setBase(base: string | undefined): void {
  configuredBase = base;
}

/** The base path in force: Astro/Vite's BASE_URL at build time, else the configured one (CLIs), else `/`. */
function currentBase(): string {
  // Vite replaces `import.meta.env` at build time; under plain Node (the CLIs) it is undefined.
  return normaliseBase(import.meta.env?.BASE_URL ?? configuredBase);
}

/** Prefixes a site-relative path (`tactics/x/`) with the base path; absolute URLs pass through. */
export function withBase(path: string, base: string = currentBase()): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  return normaliseBase(base) + path.replace(/^\/+/, '');
}

/** Where the built site keeps the example playbooks' files (md, html, json, pdf), relative to its root. */
export const EXAMPLES_DOWNLOAD_DIR = 'downloads/examples';

/** Where the built site keeps one PDF per library playbook. */
export const PLAYBOOK_DOWNLOAD_DIR = 'downloads/playbooks';

/** Canonical site paths (trailing slash on every page, matching `trailingSlash: 'always'`). */
export const paths = {
  home: () => withBase(''),
  situations: () => withBase('situations/'),
  situation: (id: string) => withBase(`situations/${id}/`),
  tactics: () => withBase('tactics/'),
  tactic: (id: string) => withBase(`tactics/${id}/`),
  playbooks: () => withBase('playbooks/'),
  playbook: (id: string) => withBase(`playbooks/${id}/`),
  playbookPdf: (id: string) => withBase(`${PLAYBOOK_DOWNLOAD_DIR}/${id}.pdf`),
  sources: () => withBase('sources/'),
  source: (id: string) => withBase(`sources/${id}/`),
  search: () => withBase('search/'),
  tailor: () => withBase('tailor/'),
  example: (slug: string) => withBase(`playbooks/examples/${slug}/`),
  exampleFile: (slug: string, ext: string) => withBase(`${EXAMPLES_DOWNLOAD_DIR}/${slug}/playbook.${ext}`),
  asset: (file: string) => withBase(file),
};
