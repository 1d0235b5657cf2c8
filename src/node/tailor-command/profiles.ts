/** Reads the profiles a run is given: one file or a folder of them, each bounded, every problem reported at once. */
import { opendirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseProfile } from '../../core/parse-profile.ts';
import type { Profile } from '../../core/schema/index.ts';
import { slugify } from '../../core/tailor/index.ts';
import type { Problem } from '../library/index.ts';
import { readBounded } from '../read-bounded.ts';
import { fsAdvice, isFsError } from '../fs-errors.ts';

/** A profile is a few hundred bytes; anything far larger is the wrong file, and is not read past this. */
const MAX_PROFILE_BYTES = 256 * 1024;
/** More profiles than this in one folder is a mistake (the wrong folder), not a batch. */
const MAX_FOLDER_PROFILES = 10_000;
const EXTENSIONS = ['.yaml', '.yml', '.json'];

/** The profile files at `path`: itself, or the .yaml/.yml/.json files of a folder in name order. */
function listProfiles(path: string): string[] | Problem {
  const problem = (field: string, text: string): Problem => ({ file: path, field, problem: text });
  try {
    if (!statSync(path).isDirectory()) return [path];
    const names: string[] = [];
    const dir = opendirSync(path);
    try {
      // Read entry by entry, so a folder of millions stops at the limit instead of filling memory.
      for (let entry = dir.readSync(); entry; entry = dir.readSync()) {
        if (!EXTENSIONS.includes(extname(entry.name)) || entry.name.startsWith('.')) continue;
        if (names.length === MAX_FOLDER_PROFILES)
          return problem('(folder)', `holds more than ${MAX_FOLDER_PROFILES} profiles; split it into smaller folders`);
        names.push(entry.name);
      }
    } finally {
      dir.closeSync();
    }
    if (!names.length) return problem('(folder)', 'no profiles found (.yaml, .yml or .json)');
    return names.sort().map((n) => join(path, n));
  } catch (error) {
    if (isFsError(error)) return problem('(file)', fsAdvice(error));
    throw error;
  }
}

/** Reads and validates every profile at `path`; two profiles giving the same folder name are a problem too. */
export function readProfiles(path: string): { profiles: { file: string; profile: Profile }[]; problems: Problem[] } {
  const files = listProfiles(path);
  if (!Array.isArray(files)) return { profiles: [], problems: [files] };
  const profiles: { file: string; profile: Profile }[] = [];
  const problems: Problem[] = [];
  const slugs = new Map<string, string>();
  for (const file of files) {
    const read = readBounded(file, MAX_PROFILE_BYTES, 'an org profile');
    const result =
      'problem' in read ? { problems: [{ file, field: '(file)', ...read }] } : parseProfile(read.bytes, file);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const slug = slugify(result.profile.company);
    if (slugs.has(slug))
      problems.push({
        file,
        field: 'company',
        problem: `gives the same folder name '${slug}' as ${basename(slugs.get(slug)!)}; company names must differ`,
      });
    slugs.set(slug, file);
    profiles.push({ file, profile: result.profile });
  }
  return { profiles, problems };
}
