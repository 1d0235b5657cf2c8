/** The fuse.js set-up: keys and weights, options, and the prebuilt index written at build time and parsed in the browser. */
import Fuse, { type FuseIndexOptions, type FuseIndexRecords, type IFuseOptions } from 'fuse.js';
import { tokens } from './text.ts';
import type { DocMeta, SearchDoc, SearchFields, SearchIndexData } from './types.ts';

/**
 * Field weights: a word in the title says most about a document, then the summary and the situation
 * phrases people use; the body's keywords catch specifics ("pitch deck") that the short fields omit.
 */
export const SEARCH_KEYS: { name: keyof SearchFields; weight: number }[] = [
  { name: 'title', weight: 4 },
  { name: 'summary', weight: 2.5 },
  { name: 'phrases', weight: 2 },
  { name: 'situations', weight: 1.5 },
  { name: 'body', weight: 1.5 },
  { name: 'audience', weight: 0.5 },
];

/** Field-length normalisation strength: below fuse's 1 so long fields are not drowned out by short ones. */
const FIELD_NORM_WEIGHT = 0.5;

/**
 * Options for one query term at a time (the ranking combines terms). Terms reach fuse already spelt as the
 * library spells them (the vocabulary corrects typos), so each pattern is an include-match (`'"…"` in fuse's
 * extended search: a plain substring scan) rather than a bitap fuzzy scan, which costs far more per character and
 * adds little once spelling is settled. Fields are stored folded, so case needs no second pass.
 */
const SEARCH_OPTIONS: IFuseOptions<DocMeta> = {
  keys: SEARCH_KEYS,
  includeScore: true,
  useExtendedSearch: true,
  isCaseSensitive: true,
  shouldSort: false,
};

/**
 * Fuse's extended-search query for alternatives: each pattern an include-match, quoted so its word-boundary
 * spaces stay part of it, joined by `|` (or). Patterns are folded words, so they hold no quote or bar.
 */
export const anyOf = (patterns: readonly string[]) => patterns.map((p) => `'"${p}"`).join(' | ');

/**
 * Indexes the documents' fields with `Fuse.createIndex` and returns the JSON the site serves. Fields are
 * stored as folded words between single spaces, so a pattern can anchor at a word's start (" plan") or
 * match a whole word (" join "); results display the original text from the metadata.
 */
export function buildSearchIndex(docs: SearchDoc[]): SearchIndexData {
  const fields = docs.map((d): SearchFields => ({
    title: spaced(d.fields.title),
    summary: spaced(d.fields.summary),
    situations: d.fields.situations.map(spaced),
    phrases: d.fields.phrases.map(spaced),
    audience: d.fields.audience.map(spaced),
    body: spaced(d.fields.body),
  }));
  // fuse.js reads `fieldNormWeight` here (it fixes the norms stored in the index) but its typings omit it.
  const options = { getFn: Fuse.config.getFn, fieldNormWeight: FIELD_NORM_WEIGHT } as FuseIndexOptions<SearchFields>;
  const index = Fuse.createIndex(SEARCH_KEYS, fields, options);
  return { version: 1, docs: docs.map(({ fields: _fields, ...meta }) => meta), index: index.toJSON() };
}

const spaced = (text: string) => ` ${tokens(text).join(' ')} `;

/**
 * Fuse instances over parts of the prebuilt index: `Fuse.parseIndex` over the chosen documents' records,
 * so a term is only scanned in the documents that hold it. Nothing is re-indexed.
 */
export function fuseOver(data: SearchIndexData): (docs: readonly number[]) => Fuse<DocMeta> {
  const records = new Map(data.index.records.map((r) => [r.i, r]));
  return (docs) => {
    const subset = docs.map((i) => records.get(i)).filter((r) => r !== undefined) as FuseIndexRecords;
    return new Fuse(data.docs, SEARCH_OPTIONS, Fuse.parseIndex<DocMeta>({ keys: data.index.keys, records: subset }));
  };
}
