/**
 * A peer every relevance report shows: MiniSearch (the engine VitePress ships) on its default options over the same
 * documents and fields. MiniSearch is a dev dependency: only the eval CLI and the bench import this module, never the
 * site's search code.
 */
import MiniSearch from 'minisearch';
import { SEARCH_KEYS } from '../fuse-index.ts';
import type { SearchDoc } from '../types.ts';

/** The fields as MiniSearch indexes them: lists joined into one text each. */
type Flat = Record<string, string> & { id: string };

/** `new MiniSearch({ fields, storeFields })` over the documents: nothing but the defaults. */
function miniIndex(docs: readonly SearchDoc[]): MiniSearch<Flat> {
  const fields = SEARCH_KEYS.map((k) => k.name);
  const mini = new MiniSearch<Flat>({ fields, storeFields: ['id'] });
  mini.addAll(
    docs.map((d) => ({
      id: `${d.kind}:${d.id}`,
      ...Object.fromEntries(fields.map((f) => [f, [d.fields[f]].flat().join(' ')])),
    })),
  );
  return mini;
}

/** A search with MiniSearch's `search(q)` on default options; tactics only, best first. */
export function miniSearchDefaults(docs: readonly SearchDoc[]): (query: string) => SearchDoc[] {
  const byId = new Map(docs.map((d) => [`${d.kind}:${d.id}`, d]));
  const mini = miniIndex(docs);
  return (query) =>
    mini
      .search(query)
      .map((r) => byId.get(String(r.id))!)
      .filter((d) => d.kind === 'tactic');
}

/** MiniSearch's serialised index, to compare what a visitor would download. */
export function miniSearchIndexJson(docs: readonly SearchDoc[]): string {
  return JSON.stringify(miniIndex(docs));
}
