/** A peer every relevance report shows: fuse.js with default options over the same documents and fields. */
import Fuse from 'fuse.js';
import { SEARCH_KEYS } from '../fuse-index.ts';
import type { SearchDoc } from '../types.ts';

/** A search that hands the whole query to fuse.js as one pattern, with its defaults; tactics only, best first. */
export function fuseDefaults(docs: readonly SearchDoc[]): (query: string) => SearchDoc[] {
  const fuse = new Fuse(docs, { keys: SEARCH_KEYS.map((k) => `fields.${k.name}`) });
  return (query) =>
    fuse
      .search(query)
      .map((r) => r.item)
      .filter((d) => d.kind === 'tactic');
}
