/** The date, content version and link style stamped on playbooks: fixed by the inputs, so the same input gives the same bytes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from './files.ts';

/** A short hash of every file under content/: changes whenever the advice does. */
export function contentVersion(contentDir = process.env.CONTENT_DIR ?? 'content'): string {
  const hash = createHash('sha256');
  for (const file of listFiles(contentDir).sort()) {
    hash.update(relative(contentDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 10);
}

/** The date to print: $SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC). */
export function stampDate(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return date.toISOString().slice(0, 10);
}

/** Links in generated playbooks: absolute under $SITE_URL when set, else site-relative paths. */
export function siteLink(env: NodeJS.ProcessEnv = process.env): (path: string) => string {
  const site = env.SITE_URL;
  return site ? (path) => new URL(path, site.endsWith('/') ? site : `${site}/`).href : (path) => path;
}

