/** Where this project lives and its version: output must never land in its own folders, and manifests name the version. */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own folders: source, content, tooling and dependencies, never a place for output. */
export const SOURCE_FOLDERS = [
  'src',
  'content',
  'tests',
  'bench',
  'public',
  'scripts',
  'node_modules',
  '.git',
  '.ci',
  '.astro',
] as const;

let found: { root: string; version: string } | undefined;

/** The project root (the nearest folder above this module holding a package.json, real path) and its version. */
export function project(): { root: string; version: string } {
  if (!found) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: unknown };
    found = { root: realpathSync(dir), version: typeof pkg.version === 'string' ? pkg.version : '0.0.0' };
  }
  return found;
}
