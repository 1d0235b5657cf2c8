/** The search the site and the CLI share: parse the query, rank, filter, and shape the answer. */
import { parseQuery } from './query.ts';
import { createRanker, SITUATION_MIN } from './rank.ts';
import type { DocMeta, SearchFilters, SearchHit, SearchIndexData, SearchOptions, SearchResults } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

/** Tactics returned when no limit is given. */
export const DEFAULT_LIMIT = 10;
/** Results below this share of the best score are noise from one weak term, not answers. */
const RELATIVE_MIN = 0.25;
/** Playbooks and situations offered beside the tactics. */
const SIDE_LIMIT = 3;

/** A loaded search: the parsed index, ready for queries. */
export interface Searcher {
  /** Every document, in index order. */
  readonly docs: readonly DocMeta[];
  /** Runs a query; never throws on odd input. */
  search(query: string, options?: SearchOptions): SearchResults;
}

/** Loads the index JSON (built by `buildSearchIndex`) into a searcher. */
export function createSearcher(data: SearchIndexData): Searcher {
  const vocabulary = new Vocabulary(data.index);
  const rank = createRanker(data);
  return {
    docs: data.docs,
    search(query, options = {}) {
      const terms = parseQuery(query, vocabulary, data.docs.length);
      return {
        query,
        terms: terms.map(({ docs: _docs, ...term }) => term),
        ...answer(data.docs, rank(terms), options),
      };
    },
  };
}

/**
 * Ranks scored documents into tactics, playbooks and situations, applying filters and limits. Works on
 * positions and copies only the documents it returns, so a query over a large library allocates little.
 */
function answer(
  docs: readonly DocMeta[],
  scores: Float64Array,
  options: SearchOptions,
): Omit<SearchResults, 'query' | 'terms'> {
  const filters = options.filters ?? {};
  let top = 0;
  for (let i = 0; i < docs.length; i++) if (docs[i]!.kind !== 'situation' && scores[i]! > top) top = scores[i]!;
  const ranked = (kind: DocMeta['kind'], min: number, filtered: boolean) => {
    const found: number[] = [];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (doc.kind === kind && scores[i]! > 0 && scores[i]! >= min && (!filtered || matchesFilters(doc, filters)))
        found.push(i);
    }
    return found.sort((a, b) => scores[b]! - scores[a]! || docs[a]!.title.localeCompare(docs[b]!.title));
  };
  const hit = (i: number): SearchHit => ({ ...docs[i]!, score: Math.round(scores[i]! * 1000) / 1000 });
  const tactics = ranked('tactic', top * RELATIVE_MIN, true);
  return {
    results: tactics.slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT)).map(hit),
    total: tactics.length,
    playbooks: ranked('playbook', top * RELATIVE_MIN, true)
      .slice(0, SIDE_LIMIT)
      .map(hit),
    situations: ranked('situation', SITUATION_MIN, false).slice(0, SIDE_LIMIT).map(hit),
  };
}

/** True when a document passes every filter that is set. */
function matchesFilters(doc: DocMeta, filters: SearchFilters): boolean {
  return (
    (!filters.situation || doc.situations.includes(filters.situation)) &&
    (!filters.audience || doc.audience.includes(filters.audience)) &&
    (!filters.stage || doc.stages.includes(filters.stage))
  );
}
