/**
 * Vitest globalSetup: compiles the `playbook` bin once per test run and puts a build's snapshot beside it, so that
 * the CLI tests run the real bin (no tsx) without re-reading the content on every run. Both go to folders of this run
 * (the bin under .tmp/, inside the project so that Node finds the packages left out of the bundle): a test run in
 * another terminal, or `npm run build:cli`, cannot swap them under it. Compiled and snapshotted in one process, the
 * bin and the snapshot share one code version.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { compileCli } from '../../src/cli/compile.ts';
import { settings } from '../../src/node/config.ts';
import { loadEntries } from '../../src/node/library/load.ts';
import { isRunning } from '../../src/node/signals.ts';
import { snapshot as builtSnapshot, SNAPSHOT_FILE } from '../../src/node/snapshot.ts';
import { writeSnapshot } from '../../src/node/snapshot-write.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The compiled bin of this test run (see tests/helpers/cli.ts). */
    cliBin: string;
    /** An output folder holding only a fresh snapshot: OUT_DIR for the CLI runs. */
    cliSnapshot: string;
  }
}

/** Where this run's bins go (tests/browser/setup.ts compiles its build script there too), named by the run's pid. */
export const BINS = resolve('.tmp');
export const BIN_PREFIX = 'cli-bin-';

export default async function setup(project: TestProject) {
  mkdirSync(BINS, { recursive: true });
  // Runs that were killed leave their bin behind: removed once their process is gone.
  for (const name of readdirSync(BINS))
    if (name.startsWith(BIN_PREFIX) && !isRunning(Number(name.slice(BIN_PREFIX.length).split('-')[0])))
      rmSync(join(BINS, name), { recursive: true, force: true });
  const bin = mkdtempSync(join(BINS, `${BIN_PREFIX}${process.pid}-`));
  await compileCli(bin);
  const snapshot = mkdtempSync(join(tmpdir(), 'playbook-cli-snapshot-'));
  // The project's own build (README command 1) left one made from this very content, config and code (the bin's
  // code version is computed here too) for the base in force: copied, as the bin would read it, rather than made again.
  const { base, outDir } = settings();
  const built = builtSnapshot();
  if ('snapshot' in built && built.snapshot.base === base)
    copyFileSync(join(outDir, SNAPSHOT_FILE), join(snapshot, SNAPSHOT_FILE));
  else writeSnapshot(snapshot, loadEntries());
  project.provide('cliBin', join(bin, 'playbook.mjs'));
  project.provide('cliSnapshot', snapshot);
  return () => {
    rmSync(bin, { recursive: true, force: true });
    rmSync(snapshot, { recursive: true, force: true });
  };
}
