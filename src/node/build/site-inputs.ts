/**
 * What a built site was made from, as one hash: the code, the content folders, the packages, the settings that shape
 * the pages, the date printed on them and the commit their "Last updated" dates come from. The build records it in
 * the site (`.playbook-build.json`); a later step that wants the same site can tell whether that one will do.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Settings } from '../config.ts';
import { contentVersion, stampDate } from '../stamp.ts';

/** The file, in the built site, that records its inputs. */
export const BUILD_STAMP = '.playbook-build.json';

/** The project's files that go into every page (folders hashed file by file). */
const CODE = ['src', 'public'];
const FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The commit checked out, or '' without git (the pages' "Last updated" dates come from its history). */
function head(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();
  } catch {
    return '';
  }
}

/** The hash of everything a site built with `s` depends on; where it is written (outDir) and the browser are not. */
export function siteInputs(s: Settings): string {
  const hash = createHash('sha256');
  const { root, outDir: _out, chromePath: _chrome, ...shaping } = s;
  hash.update(JSON.stringify(shaping)).update('\0').update(stampDate(s.dateEpoch)).update('\0').update(head(root));
  for (const dir of CODE)
    if (existsSync(join(root, dir))) hash.update(`\0${dir}\0`).update(contentVersion(join(root, dir)));
  hash.update('\0content\0').update(contentVersion(s.contentDirs.map((d) => resolve(root, d))));
  for (const file of [...FILES, ...(s.configFile ? [s.configFile] : [])]) {
    const path = resolve(root, file);
    hash.update(`\0${file}\0`).update(existsSync(path) ? readFileSync(path) : '');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The inputs a built site records, if it records any. */
export function recordedInputs(siteDir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(siteDir, BUILD_STAMP), 'utf8')) as { inputs?: string }).inputs;
  } catch {
    return undefined;
  }
}
