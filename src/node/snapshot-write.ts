/** Writes the CLI's snapshot into a build's output folder (see snapshot.ts): the search index, the library's entries, and its tactics' steps and blocks. */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryEntries } from '../core/library/types.ts';
import { buildSearchData } from '../core/search/documents.ts';
import { blockUnit } from '../core/render/block-units.ts';
import { settings } from './config.ts';
import { libraryOf } from './library/load.ts';
import { currentStamp, SNAPSHOT_FILE, type Snapshot } from './snapshot.ts';

/** Writes `dir/playbook-snapshot.json` for validated `entries`: aside first, then renamed into place. */
export function writeSnapshot(dir: string, entries: LibraryEntries): void {
  const lib = libraryOf(entries);
  const snapshot: Snapshot = {
    stamp: currentStamp(),
    base: settings().base,
    search: buildSearchData(lib),
    // Line finders are functions: JSON leaves them out, and the reader puts in ones that find nothing. A tactic's body is
    // left out too: its steps and blocks are kept below as read, and nothing else reads it once it is checked.
    library: { ...entries, tactics: entries.tactics.map((t) => ({ ...t, body: '' })) },
    tactics: {
      steps: Object.fromEntries(lib.tactics.map((t) => [t.id, lib.steps(t)])),
      blocks: Object.fromEntries(lib.tactics.map((t) => [t.id, lib.blocks(t)])),
      printed: Object.fromEntries(lib.tactics.map((t) => [t.id, lib.blocks(t).map((b) => blockUnit(b) ?? null)])),
    },
  };
  const file = join(dir, SNAPSHOT_FILE);
  writeFileSync(`${file}.partial`, JSON.stringify(snapshot));
  renameSync(`${file}.partial`, file);
}
