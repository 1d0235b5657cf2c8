/** The search the site and the CLI share: read the query, rank, cut each kind, and shape the answer. */
import { answer } from './answer.ts';
import { parseQuery, queryContext } from './query.ts';
import { createRanker } from './rank.ts';
import type { DocMeta, SearchIndexData, SearchOptions, SearchResults, Understanding } from './types.ts';

export { DEFAULT_LIMIT } from './answer.ts';

/** A loaded search: the parsed index, ready for queries. */
export interface Searcher {
  /** Every document, in index order. */
  readonly docs: readonly DocMeta[];
  /** Runs a query; never throws on odd input. */
  search(query: string, options?: SearchOptions): SearchResults;
}

/** Loads the index JSON (built by `buildSearchIndex`) into a searcher. */
export function createSearcher(data: SearchIndexData): Searcher {
  const context = queryContext(data);
  const rank = createRanker(data);
  const titles = new Map(data.docs.filter((d) => d.kind === 'situation').map((d) => [d.id, d.title]));
  // Situation hints are ids in the parsed query; people read titles.
  const readable = (u: Understanding): Understanding =>
    u.kind === 'situation' ? { ...u, to: u.to.map((id) => titles.get(id) ?? id) } : u;
  return {
    docs: data.docs,
    search(query, options = {}) {
      const parsed = parseQuery(query, context);
      return {
        query,
        terms: parsed.terms.map(({ docs: _docs, fields: _fields, ...term }) => term),
        understood: parsed.understood.map(readable),
        ...answer(data.docs, rank(parsed), options),
      };
    },
  };
}
