/** The tailor command: check the flags, read and check every profile, then tailor and write their folders (or nothing). */
import { ValidationError, formatProblem, type Problem } from '../../core/library/problems.ts';
import type { Library } from '../../core/library/library.ts';
import { slugify, tailor } from '../../core/tailor/index.ts';
import { contentVersion, publisher, siteLink, stampDate } from '../stamp.ts';
import { parseFlags, type TailorFlags } from './flags.ts';
import { readProfiles } from './profiles.ts';
import { writeOutput } from './output.ts';
import { progressLogger } from './progress.ts';

/** A library already checked (the last build's snapshot), with the content version it was stamped with. */
export interface Checked {
  library: Library;
  contentVersion: string;
}

/**
 * Runs the command; returns the exit code (0 done, 1 invalid input or unsafe target). Throws UsageError for bad flags.
 * Every profile is read and checked before anything is written; the plans are then made one at a time, as their
 * folders are written (see stage.ts), so a batch of thousands runs in the memory of one.
 */
export async function run(flags: TailorFlags, log = progressLogger(), checked?: Checked): Promise<number> {
  const options = parseFlags(flags);
  const { profiles, problems } = readProfiles(options.profile);
  if (problems.length) return fail(problems);
  let lib: Library;
  try {
    // The loader (and the Markdown parser under it) is loaded only when there is no checked library to use.
    lib = checked?.library ?? (await import('../library/load.ts')).loadLibraryOnce();
  } catch (error) {
    if (error instanceof ValidationError) return fail(error.problems);
    throw error;
  }
  const version = checked?.contentVersion ?? contentVersion();
  const stamps = { date: stampDate(), contentVersion: version, link: siteLink(), publisher: publisher() };
  const items = profiles.map(({ profile }) => ({ profile, slug: slugify(profile.company) }));
  return writeOutput({ items, plan: (profile) => tailor(profile, lib, stamps) }, options, log);
}

function fail(problems: Problem[]): number {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`playbook: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing written`);
  return 1;
}
