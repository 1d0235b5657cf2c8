/** The shapes the search shares between the build, the browser and the CLI. */
import type { FuseIndexRecords } from 'fuse.js';
import type { TermStats } from './term-stats.ts';
import type { VocabularyTerm } from './vocabulary.ts';

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
  /** A playbook's tactics, in order (playbooks only): a query that finds the playbook finds them too. */
  steps?: string[];
}

/** A document before indexing: its metadata and its searchable fields. */
export interface SearchDoc extends DocMeta {
  fields: SearchFields;
  /** The document's whole text (body included), counted for term statistics but never shipped. */
  text?: string;
}

/** The static index file: document metadata plus the serialised fuse index over their fields (same order). */
export interface SearchIndexData {
  version: 2;
  docs: DocMeta[];
  index: { keys: ReadonlyArray<string>; records: FuseIndexRecords };
  /** How many documents use each indexed stem, over their whole text: what term weights are computed from. */
  stats: TermStats;
  /** The domain vocabulary (jargon and everyday phrasings), so the browser reads a query as the CLI does. */
  vocabulary: VocabularyTerm[];
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

/** How part of a query was read, to show beside the results ("AE → sales"). */
export interface Understanding {
  /** jargon: put in the library's words; spelling: corrected; situation: an everyday phrasing of a situation. */
  kind: 'jargon' | 'spelling' | 'situation';
  /** What was typed (for jargon and phrasings, the vocabulary's spelling of it). */
  from: string;
  /** What it was searched as: library words, the corrected word, or situation titles. */
  to: string[];
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
  /** What the query was understood as: jargon, corrections and recognised situations, in query order. */
  understood: Understanding[];
  /** Tactics, best first. */
  results: SearchHit[];
  /** How many tactics matched before the limit. */
  total: number;
  playbooks: SearchHit[];
  /** Situations the query describes, best first. */
  situations: SearchHit[];
}
