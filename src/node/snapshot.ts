/**
 * What a build leaves in its output folder for the CLI: the search index and the validated library, stamped with what
 * they were made from. A command uses them while the content, the config and the code are still the build's, and
 * reads the content itself otherwise: `playbook search` then starts without validating the whole library.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LibraryEntries } from '../core/library/types.ts';
import type { ContentBlock } from '../core/markdown/components.ts';
import type { Unit } from '../core/render/block-units.ts';
import type { SearchIndexData } from '../core/search/types.ts';
import { settings } from './config.ts';
import { codeVersion } from './snapshot-code.ts';
import { contentVersion } from './stamp.ts';

/** The snapshot's name in the build's output folder (`dist/` by default, `OUT_DIR` otherwise). */
export const SNAPSHOT_FILE = 'playbook-snapshot.json';

/** What a snapshot was made from; it is used only while all three still hold. */
export interface Stamp {
  /** `contentVersion()` of the content folder. */
  content: string;
  /** A hash of the company config file in force ('none' without one). */
  config: string;
  /** `codeVersion()` of the code that loaded the library and built the index. */
  code: string;
}

/**
 * The file: the stamp, the base path the index's URLs start with, the index, the entries without line finders (the
 * tactics without their bodies), and each tactic's steps and blocks as read from its body and as printed: so
 * `playbook tailor` parses and prints none of the library's Markdown.
 */
export interface Snapshot {
  stamp: Stamp;
  base: string;
  search: SearchIndexData;
  library: LibraryEntries;
  tactics: {
    steps: Record<string, string[]>;
    blocks: Record<string, ContentBlock[]>;
    /** Each block's content as the renderers print it, in the order of `blocks` (none for one that cannot be). */
    printed: Record<string, (Unit | null)[]>;
  };
}

/** A snapshot that matches, or why none does (a line for stderr; none when the content folder cannot be read). */
type Found = { snapshot: Snapshot } | { why?: string };

/** The stamp of the content folders, config file and code in force now; throws when a content folder cannot be read. */
export function currentStamp(): Stamp {
  const { root, contentDirs, configFile } = settings();
  let config: Buffer | string = 'none';
  if (configFile) config = readFileSync(resolve(root, configFile));
  const hash = createHash('sha256').update(config).digest('hex').slice(0, 10);
  return { content: contentVersion(contentDirs), config: hash, code: codeVersion() };
}

/** The last build's snapshot if it was made from what is in force now. */
function find(): Found {
  const { outDir } = settings();
  const file = join(outDir, SNAPSHOT_FILE);
  let snapshot: Snapshot;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { why: missing ? `no snapshot in ${outDir}/ (npm run build writes one)` : `${file} is unreadable` };
  }
  const { stamp } = snapshot;
  if (stamp?.code !== codeVersion()) return { why: 'the code changed since the last build' };
  let now: Stamp;
  try {
    now = currentStamp();
  } catch {
    return {};
  }
  if (now.content !== stamp.content) return { why: 'content changed since the last build' };
  if (now.config !== stamp.config) return { why: 'the company config changed since the last build' };
  return { snapshot };
}

let found: Found | undefined;

/** The snapshot when it matches (read once per process), or why not. */
export function snapshot(): Found {
  found ??= find();
  return found;
}

/** The last build's search index when it matches; otherwise the note to print before reading the content instead. */
export function snapshotSearch(): { search: SearchIndexData } | { note?: string } {
  const { base, contentDir } = settings();
  const result = snapshot();
  const note = (why: string) => ({ note: `playbook: ${why}; reading ${contentDir}/ directly` });
  if (!('snapshot' in result)) return result.why ? note(result.why) : {};
  const built = result.snapshot.base;
  return built === base ? { search: result.snapshot.search } : note(`the last build was for ${built}, not ${base}`);
}
