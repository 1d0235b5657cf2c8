/** The fuse.js set-up: keys and weights, options, and the prebuilt index written at build time and parsed in the browser. */
import Fuse, { type FuseIndexOptions, type FuseIndexRecords, type IFuseOptions } from 'fuse.js';
import { termStats } from './term-stats.ts';
import { tokens } from './text.ts';
import type { DocMeta, SearchDoc, SearchFields, SearchIndexData } from './types.ts';
import type { VocabularyTerm } from './vocabulary.ts';

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
  ignoreLocation: true,
  useExtendedSearch: true,
  isCaseSensitive: true,
  shouldSort: false,
};

/**
 * Fuse's extended-search query for alternatives: each pattern an include-match, quoted so its word-boundary
 * spaces stay part of it, joined by `|` (or); the parts of a `+` pattern are and-ed (fuse's space). Patterns are
 * folded words, so they hold no quote, bar or plus of their own.
 */
export const anyOf = (patterns: readonly string[]) =>
  patterns
    .map((p) =>
      p
        .split('+')
        .map((part) => `'"${part}"`)
        .join(' '),
    )
    .join(' | ');

/**
 * Indexes the documents' fields with `Fuse.createIndex` and returns the JSON the site serves. Fields are
 * stored as folded words between single spaces, so a pattern can anchor at a word's start (" plan") or
 * match a whole word (" join "); results display the original text from the metadata.
 */
export function buildSearchIndex(docs: SearchDoc[], vocabulary: VocabularyTerm[] = []): SearchIndexData {
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
  const whole = docs.map((d) => [...Object.values(d.fields).flat(), d.text ?? ''].join(' '));
  return {
    version: 2,
    docs: docs.map(({ fields: _fields, text: _text, ...meta }) => meta),
    index: index.toJSON(),
    stats: termStats(
      whole,
      fields.map((f) => Object.values(f).flat().join(' ')),
    ),
    vocabulary,
  };
}

const spaced = (text: string) => ` ${tokens(text).join(' ')} `;

/**
 * Fuse instances over parts of the prebuilt index: `Fuse.parseIndex` over records holding just the chosen fields
 * (codes `document × keys + key`, see Postings), so a term is only scanned in the fields that hold its words. A
 * document matched in two fields comes back twice, once per field. Nothing is re-indexed.
 */
export function fuseOver(data: SearchIndexData): (fields: readonly number[]) => Fuse<DocMeta> {
  const stride = data.index.keys.length;
  const pieces = new Map<number, FuseIndexRecords[number]>();
  for (const record of data.index.records)
    if ('$' in record)
      for (const [key, value] of Object.entries(record.$))
        pieces.set(record.i * stride + Number(key), { i: record.i, $: { [key]: value } });
  return (fields) => {
    const subset = fields.map((f) => pieces.get(f)).filter((r) => r !== undefined) as FuseIndexRecords;
    return new Fuse(data.docs, SEARCH_OPTIONS, Fuse.parseIndex<DocMeta>({ keys: data.index.keys, records: subset }));
  };
}
