/** What would make a built site unfit to go live: no home page, or a download link to a file that is not there. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../files.ts';

const HREF = /\bhref="([^"]*)"/g;
const LOCAL = 'http://site.invalid';

/** Problems with the site in `dir` served under `base` (and `siteUrl`, whose links count as local); empty when fit. */
export function siteProblems(dir: string, base: string, siteUrl?: string): string[] {
  if (!existsSync(join(dir, 'index.html'))) return [`${dir} has no index.html: the pages were not built`];
  const origins = new Set([LOCAL, ...(siteUrl ? [new URL(siteUrl).origin] : [])]);
  const downloads = `${base}downloads/`;
  const missing = new Map<string, string>();
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    const page = `${base}${relative(dir, file).split(sep).join('/')}`;
    for (const [, href] of readFileSync(file, 'utf8').matchAll(HREF)) {
      let url: URL;
      try {
        url = new URL(href!.replaceAll('&amp;', '&'), LOCAL + page);
      } catch {
        continue;
      }
      if (!origins.has(url.origin) || !url.pathname.startsWith(downloads)) continue;
      const target = join(dir, ...decodeURIComponent(url.pathname.slice(base.length)).split('/'));
      if (!missing.has(url.pathname) && !isFile(target)) missing.set(url.pathname, relative(dir, file));
    }
  }
  const lines = [...missing].map(([link, page]) => `${page} links to ${link}, which was not built`);
  return lines.length > 10 ? [...lines.slice(0, 10), `… and ${lines.length - 10} more missing downloads`] : lines;
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
