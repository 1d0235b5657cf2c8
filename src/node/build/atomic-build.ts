/** A build that either completes or changes nothing: built beside the output, checked, then swapped in by renames. */
import { lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readManifest, whyNotOurs, writeManifest } from '../manifest.ts';
import { exists, removeOwn, replaceDir } from '../replace-dir.ts';
import { isRunning, onInterrupt } from '../signals.ts';

/** A build that failed, or an output folder it must not replace: one line for the user, exit 1. */
export class BuildError extends Error {}

/** How to build a site into a folder, and what would make the result unfit to go live. */
export interface BuildSteps {
  /** Builds into `dir`; rejects on failure. Aborting `signal` must stop it, and the promise settle once it has. */
  build(dir: string, signal: AbortSignal): Promise<void>;
  /** Problems with the site built in `dir`; empty when it may replace the earlier one. */
  check(dir: string): string[];
}

const isDir = (path: string) => {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** Why `dir` is not a site playbook built; a site from before sites carried a manifest is recognised by its shape. */
function refusal(dir: string): string | undefined {
  const why = whyNotOurs(dir, 'site');
  if (!why || readManifest(dir, 'site') || !isDir(dir)) return why;
  const earlierBuild = exists(join(dir, 'index.html')) && isDir(join(dir, '_astro')) && isDir(join(dir, 'downloads'));
  return earlierBuild ? undefined : why;
}

/**
 * Puts back an earlier site a killed build had moved aside (`<out>.old-<pid>`) and removes the killed builds'
 * temporary folders (`<out>.tmp-<pid>`); builds still running keep theirs.
 */
export function recoverBuild(out: string): void {
  const target = resolve(out);
  const pattern = new RegExp(`^${basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const name of readdirSync(dirname(target))) {
    const match = pattern.exec(name);
    const path = join(dirname(target), name);
    if (!match || isRunning(Number(match[2])) || !isDir(path)) continue;
    if (match[1] === 'old' && refusal(path) !== undefined) continue;
    if (match[1] === 'old' && !exists(target)) renameSync(path, target);
    else removeOwn(path);
  }
}

/** Builds into `<out>.tmp-<pid>`, checks it and swaps it in; on failure, or SIGINT/SIGTERM, `out` is left as it was. */
export async function buildAtomically(out: string, steps: BuildSteps): Promise<void> {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  recoverBuild(target);
  const refuse = (why: string) =>
    new BuildError(`${out} exists and ${why}; set OUT_DIR to another folder or remove it yourself`);
  const why = refusal(target);
  if (why) throw refuse(why);
  const tmp = `${target}.tmp-${process.pid}`;
  const controller = new AbortController();
  let building: Promise<void> | undefined;
  const removeTmp = () => removeOwn(tmp);
  const stopHandlingSignals = onInterrupt(async () => {
    controller.abort();
    await building?.catch(() => undefined);
    removeTmp();
  });
  try {
    // Named after this process: if it exists, it is a killed build's whose process id this one has been given.
    removeTmp();
    mkdirSync(tmp);
    building = steps.build(tmp, controller.signal);
    await building;
    const problems = steps.check(tmp);
    if (problems.length) throw new BuildError(`the build is incomplete:\n  ${problems.join('\n  ')}`);
    writeManifest(tmp, 'site', readdirSync(tmp));
    const whyNow = refusal(target);
    if (whyNow) throw refuse(whyNow);
    replaceDir(target, tmp, `${target}.old-${process.pid}`);
  } finally {
    stopHandlingSignals();
    removeTmp();
  }
}
