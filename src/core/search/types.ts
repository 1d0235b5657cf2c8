/** The shapes the search shares between the build, the browser and the CLI. */
import type { FuseIndexRecords } from 'fuse.js';

/** What a search document is. */
export type DocKind = 'tactic' | 'playbook' | 'situation';

/** The searchable text of one document: exactly what fuse indexes, one key per field. */
export interface SearchFields {
  title: string;
  summary: string;
  /** Titles of the situations the document is filed under (a situation's own title for situations). */
  situations: string[];
  /** Everyday phrases people use for the situation (situation documents only). */
  phrases: string[];
  /** Who runs it, in words ("Product marketing manager"). */
  audience: string[];
  /** The body's most distinctive words, in order of distinctiveness. */
  body: string;
}

/** What a result shows and filters on; shipped beside the index so the browser never needs the content. */
export interface DocMeta {
  kind: DocKind;
  id: string;
  title: string;
  summary: string;
  url: string;
  /** Situation ids, most relevant first. */
  situations: string[];
  audience: string[];
  stages: string[];
  /** Advice-point ids a tactic cites (empty for other kinds). */
  sources: string[];
}

/** A document before indexing: its metadata and its searchable fields. */
export interface SearchDoc extends DocMeta {
  fields: SearchFields;
}

/** The static index file: document metadata plus the serialised fuse index over their fields (same order). */
export interface SearchIndexData {
  version: 1;
  docs: DocMeta[];
  index: { keys: ReadonlyArray<string>; records: FuseIndexRecords };
}

/** One understood query term. */
export interface QueryTerm {
  /** The word as typed (folded). */
  word: string;
  /**
   * What is searched: the word's stem (corrected to the library's vocabulary when misspelt) and any
   * synonyms; a document's evidence for the term is its best match among them.
   */
  patterns: string[];
  /** True when the word was misspelt and the first pattern is its correction. */
  corrected: boolean;
  /** How informative the term is (rarer in the library weighs more). */
  weight: number;
}

/** A ranked document. `score` is relevance in [0, 1], higher is better; compare within one query only. */
export interface SearchHit extends DocMeta {
  score: number;
}

/** Narrows tactic and playbook results; empty values mean "any". */
export interface SearchFilters {
  situation?: string;
  audience?: string;
  stage?: string;
}

/** How many results to return and which filters apply. */
export interface SearchOptions {
  /** Tactics to return (default 10). */
  limit?: number;
  filters?: SearchFilters;
}

/** One query's answer: tactics best first, plus matching playbooks and situations to suggest. */
export interface SearchResults {
  query: string;
  terms: QueryTerm[];
  /** Tactics, best first. */
  results: SearchHit[];
  /** How many tactics matched before the limit. */
  total: number;
  playbooks: SearchHit[];
  /** Situations the query describes, best first. */
  situations: SearchHit[];
}
