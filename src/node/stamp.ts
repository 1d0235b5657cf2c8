/** The date, content version and link style stamped on playbooks: fixed by the inputs, so the same input gives the same bytes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from './files.ts';
import { settings } from './config.ts';
import type { Publisher } from '../core/tailor/index.ts';

/** A short hash of every file under the content folders: changes whenever the advice does. */
export function contentVersion(dirs: string | readonly string[] = settings().contentDirs): string {
  const folders = typeof dirs === 'string' ? [dirs] : dirs;
  const hash = createHash('sha256');
  folders.forEach((dir, i) => {
    if (i > 0) hash.update(`\0folder ${i}\0`);
    for (const file of listFiles(dir).sort()) {
      hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  });
  return hash.digest('hex').slice(0, 10);
}

/** The date to print: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC). */
export function stampDate(epoch = settings().dateEpoch): string {
  const date = epoch === undefined ? new Date() : new Date(epoch * 1000);
  return date.toISOString().slice(0, 10);
}

/** Links in generated playbooks: absolute under SITE_URL when set, else site-relative paths. */
export function siteLink(site = settings().siteUrl): (path: string) => string {
  return site ? (path) => new URL(path, site.endsWith('/') ? site : `${site}/`).href : (path) => path;
}

/** The company the config names, for playbook covers ("From: …", "Questions: …"). */
export function publisher(): Publisher | undefined {
  const { organisation, contact } = settings().brand;
  return organisation || contact ? { ...(organisation && { organisation }), ...(contact && { contact }) } : undefined;
}
