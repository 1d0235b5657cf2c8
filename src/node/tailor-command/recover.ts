/** After a killed run: the next run puts back what was moved aside and removes what was left half-made. */
import { lstatSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST, whyNotOurs } from '../manifest.ts';
import { exists, removeOwn } from '../replace-dir.ts';
import { isRunning } from '../signals.ts';

/** A run's staging folder inside `--out`: `.staging-<pid>-<random>`. */
export const stagingPrefix = (pid = process.pid) => `.staging-${pid}-`;
/** Where a company's earlier folder waits while the new one moves in: `.aside-<slug>.<pid>`. */
export const asideName = (slug: string, pid = process.pid) => `.aside-${slug}.${pid}`;

const STAGING = /^\.staging-(\d+)-[\w-]+$/;
const ASIDE = /^\.aside-([a-z0-9-]+)\.(\d+)$/;

/** A staging folder killed while its manifest, the first thing written into it, was half-written. */
const onlyManifest = (path: string) => {
  try {
    return lstatSync(path).isDirectory() && readdirSync(path).join('/') === MANIFEST;
  } catch {
    return false;
  }
};

/**
 * Restores `<slug>` from its aside copy when a run was killed between moving it aside and moving the new one in, and
 * removes leftover staging and aside folders. Touches only folders named as above, marked by playbook's manifest (or
 * empty), whose process has ended: a run still in progress keeps its own.
 */
export function recoverOutput(out: string): void {
  for (const name of readdirSync(out)) {
    const staging = STAGING.exec(name);
    const aside = ASIDE.exec(name);
    const pid = Number(staging?.[1] ?? aside?.[2]);
    if (!pid || isRunning(pid)) continue;
    const path = join(out, name);
    if (whyNotOurs(path, staging ? 'staging' : 'playbook') !== undefined && !(staging && onlyManifest(path))) continue;
    if (aside && !exists(join(out, aside[1]!))) renameSync(path, join(out, aside[1]!));
    else removeOwn(path);
  }
}
