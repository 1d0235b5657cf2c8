/** Query terms: the patterns a word is searched by, the fields they can match, and how much the word tells. */
import type { Lexicon, PatternSearch } from './lexicon.ts';
import { idf } from './term-stats.ts';
import { stem } from './text.ts';
import type { QueryTerm } from './types.ts';

/** Terms searched per query: the most informative are kept. */
export const MAX_TERMS = 16;

/** A term far commoner than the query's rarest (below this share of its weight) cannot change the order: skipped. */
const NEGLIGIBLE = 0.1;

/** A query term with the only documents and fields (codes, see Postings) its patterns can match. */
export interface ParsedTerm extends QueryTerm {
  docs: number[];
  fields: number[];
}

/** What a term is weighed against: the library's words and their whole-text statistics. */
export interface TermContext {
  lexicon: Lexicon;
  /** Documents in the library. */
  docs: number;
  /** Whole-text document frequencies the index undercounts (see `statsLookup`). */
  df: ReadonlyMap<string, number>;
}

/**
 * A term searching the patterns not already searched by an earlier term, weighted by rarity (IDF over the whole
 * library) times `share`; undefined when nothing is left to search.
 */
export function makeTerm(
  word: string,
  found: readonly PatternSearch[],
  corrected: boolean,
  share: number,
  earlier: readonly ParsedTerm[],
  ctx: TermContext,
): ParsedTerm | undefined {
  const searches = found.filter(
    (s, i) =>
      found.findIndex((x) => x.pattern === s.pattern) === i && !earlier.some((t) => t.patterns.includes(s.pattern)),
  );
  if (!searches.length) return undefined;
  const fields = union(searches);
  const docs = documentsOf(fields, ctx.lexicon.stride);
  const df = Math.max(docs.length, ...searches.map((s) => dfOf(s.pattern, ctx.df)));
  return { word, patterns: searches.map((s) => s.pattern), corrected, weight: share * idf(df, ctx.docs), docs, fields };
}

/** Keeps the terms that can change the order: not negligible beside the rarest, and at most MAX_TERMS of them. */
export function informative(terms: ParsedTerm[]): ParsedTerm[] {
  const strongest = Math.max(0, ...terms.map((t) => t.weight));
  const useful = terms.filter((t) => t.weight >= strongest * NEGLIGIBLE);
  if (useful.length <= MAX_TERMS) return useful;
  const kept = new Set([...useful].sort((a, b) => b.weight - a.weight).slice(0, MAX_TERMS));
  return useful.filter((t) => kept.has(t));
}

/** The fields any of the searches can match, in index order: their ascending lists merged. */
function union(searches: PatternSearch[]): number[] {
  let merged = searches[0]!.fields;
  for (const { fields } of searches.slice(1)) {
    const out: number[] = [];
    let i = 0;
    let j = 0;
    while (i < merged.length || j < fields.length) {
      const next = j >= fields.length || (i < merged.length && merged[i]! <= fields[j]!) ? merged[i++]! : fields[j++]!;
      if (out.at(-1) !== next) out.push(next);
    }
    merged = out;
  }
  return merged;
}

/** The documents of ascending field codes, ascending. */
function documentsOf(fields: readonly number[], stride: number): number[] {
  const docs: number[] = [];
  for (const f of fields) {
    const doc = Math.floor(f / stride);
    if (docs.at(-1) !== doc) docs.push(doc);
  }
  return docs;
}

/** How many documents use the pattern's word over their whole text (0 when the statistics do not know it). */
function dfOf(pattern: string, df: ReadonlyMap<string, number>): number {
  const core = pattern.trim();
  if (core.includes('+')) return 0;
  return df.get(pattern.endsWith(' ') ? stem(core) : core) ?? 0;
}
