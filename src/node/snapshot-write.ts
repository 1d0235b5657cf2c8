/** Writes the CLI's snapshot into a build's output folder (see snapshot.ts): the search index and the library's entries. */
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryEntries } from '../core/library/types.ts';
import { buildSearchData } from '../core/search/documents.ts';
import { settings } from './config.ts';
import { libraryOf } from './library/load.ts';
import { currentStamp, SNAPSHOT_FILE, type Snapshot } from './snapshot.ts';

/** Writes `dir/playbook-snapshot.json` for validated `entries`: aside first, then renamed into place. */
export function writeSnapshot(dir: string, entries: LibraryEntries): void {
  const snapshot: Snapshot = {
    stamp: currentStamp(),
    base: settings().base,
    search: buildSearchData(libraryOf(entries)),
    // Line finders are functions: JSON leaves them out, and the reader puts in ones that find nothing.
    library: entries,
  };
  const file = join(dir, SNAPSHOT_FILE);
  writeFileSync(`${file}.partial`, JSON.stringify(snapshot));
  renameSync(`${file}.partial`, file);
}
