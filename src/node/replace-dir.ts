/** Replaces a folder by another in renames only, so that a kill at any moment leaves the old folder or the new one. */
import { lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST } from './manifest.ts';

/** True when something occupies the path (a dangling symbolic link counts). */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves `target` aside, `fresh` in, then removes the aside copy. Killed between the first two steps, `target` is
 * missing and `aside` holds it whole: the next run puts it back (see recoverOutput and recoverBuild).
 */
export function replaceDir(target: string, fresh: string, aside: string): void {
  const earlier = exists(target);
  if (earlier) renameSync(target, aside);
  try {
    renameSync(fresh, target);
  } catch (error) {
    if (earlier) renameSync(aside, target);
    throw error;
  }
  if (earlier) removeOwn(aside);
}

/**
 * Removes a folder playbook wrote with its manifest last, so that a kill at any moment leaves it still marked as
 * playbook's (the manifest and some of its entries, or an empty folder) for the next run to finish removing. A plain
 * recursive removal may take the manifest first and leave the rest unclaimed for good.
 */
export function removeOwn(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  for (const name of names) if (name !== MANIFEST) rmSync(join(dir, name), { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
