/** The tailor command: check the flags, read and tailor every profile, then write their folders (or nothing). */
import { loadLibraryOnce, ValidationError, formatProblem, type Problem } from '../library/index.ts';
import { tailor, type Plan } from '../../core/tailor/index.ts';
import { contentVersion, siteLink, stampDate } from '../stamp.ts';
import { parseFlags, type TailorFlags } from './flags.ts';
import { readProfiles } from './profiles.ts';
import { writeOutput } from './output.ts';
import { progressLogger } from './progress.ts';

/** Runs the command; returns the exit code (0 done, 1 invalid input or unsafe target). Throws UsageError for bad flags. */
export async function run(flags: TailorFlags, log = progressLogger()): Promise<number> {
  const options = parseFlags(flags);
  const { profiles, problems } = readProfiles(options.profile);
  if (problems.length) return fail(problems);
  let plans: Plan[];
  try {
    const lib = loadLibraryOnce();
    const stamps = { date: stampDate(), contentVersion: contentVersion(), link: siteLink() };
    plans = profiles.map((p) => tailor(p.profile, lib, stamps));
  } catch (error) {
    if (error instanceof ValidationError) return fail(error.problems);
    throw error;
  }
  return writeOutput(plans, options, log);
}

function fail(problems: Problem[]): number {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`playbook: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing written`);
  return 1;
}
