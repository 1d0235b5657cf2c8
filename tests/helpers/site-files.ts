/** Reads a built site from disk: its HTML pages and the URLs they reference. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The example company's configuration: tests/browser/setup.ts builds its site once, at the root. */
export const COMPANY_CONFIG = 'examples/acme-overlay/playbook.config.yaml';

/** Every file under a folder, as paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path).map((p) => join(name, p)) : [name];
  });
}

/** A built HTML page with its site path (`/kb/tactics/x/`) and text. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
}

/** The HTML pages of a built site, each with the URL path it is served at under `base`. */
export function builtPages(dir: string, base: string): BuiltPage[] {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({
      file: join(dir, f),
      path: base + f.replace(/(^|\/)index\.html$/, '$1'),
      html: readFileSync(join(dir, f), 'utf8'),
    }));
}

/** The URLs a page references in href, src, action and srcset attributes. */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src|action|poster|data)="([^"]*)"/g))
    urls.push(m[1]!.replaceAll('&amp;', '&'));
  for (const m of html.matchAll(/\ssrcset="([^"]*)"/g))
    urls.push(...m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!));
  return urls;
}

/** The element ids a page defines (anchor targets). */
export function pageIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** Maps a site path to the file that serves it, or undefined. */
export function fileFor(dir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rel = path.slice(base.length);
  for (const candidate of [rel, join(rel, 'index.html')]) {
    try {
      if (statSync(join(dir, candidate)).isFile()) return relative(dir, join(dir, candidate));
    } catch {
      /* try the next */
    }
  }
  return undefined;
}

/**
 * One page of each type of a built site, by name (the first of each kind in file order), for the tests that load
 * every type: the home page, each index and one page under it, search, tailor and a missing page (the 404).
 */
export function pageTypes(pages: BuiltPage[], base: string) {
  const first = (prefix: string) =>
    pages.find((p) => p.path.startsWith(base + prefix) && p.path !== base + prefix && p.path.endsWith('/'))!.path;
  return {
    home: base,
    situations: `${base}situations/`,
    situation: first('situations/'),
    tactics: `${base}tactics/`,
    tactic: first('tactics/'),
    playbooks: `${base}playbooks/`,
    playbook: pages.find(
      (p) =>
        p.path.startsWith(`${base}playbooks/`) &&
        !p.path.startsWith(`${base}playbooks/examples/`) &&
        p.path !== `${base}playbooks/`,
    )!.path,
    examples: `${base}playbooks/examples/`,
    example: first('playbooks/examples/'),
    sources: `${base}sources/`,
    source: first('sources/'),
    search: `${base}search/`,
    tailor: `${base}tailor/`,
    notFound: `${base}no/such/page/`,
  };
}
