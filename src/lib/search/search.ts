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
      const scores = rank(terms);
      const hits = data.docs.map((d, i): SearchHit => ({ ...d, score: scores[i]! }));
      return {
        query,
        terms: terms.map(({ searches: _searches, ...term }) => term),
        ...answer(hits, options),
      };
    },
  };
}

/** Ranks scored documents into tactics, playbooks and situations, applying filters and limits. */
function answer(hits: SearchHit[], options: SearchOptions): Omit<SearchResults, 'query' | 'terms'> {
  const filters = options.filters ?? {};
  const top = Math.max(0, ...hits.filter((h) => h.kind !== 'situation').map((h) => h.score));
  const ranked = (kind: DocMeta['kind'], min: number) =>
    hits.filter((h) => h.kind === kind && h.score > 0 && h.score >= min).sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  const tactics = ranked('tactic', top * RELATIVE_MIN).filter((h) => matchesFilters(h, filters));
  const round = (h: SearchHit): SearchHit => ({ ...h, score: Math.round(h.score * 1000) / 1000 });
  return {
    results: tactics.slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT)).map(round),
    total: tactics.length,
    playbooks: ranked('playbook', top * RELATIVE_MIN).filter((h) => matchesFilters(h, filters)).slice(0, SIDE_LIMIT).map(round),
    situations: ranked('situation', SITUATION_MIN).slice(0, SIDE_LIMIT).map(round),
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
