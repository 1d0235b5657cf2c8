/** Replaces a folder by another in renames only, so that a kill at any moment leaves the old folder or the new one. */
import { lstatSync, renameSync, rmSync } from 'node:fs';

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
  if (earlier) rmSync(aside, { recursive: true, force: true });
}
