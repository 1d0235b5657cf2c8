/** Query understanding: a sentence in everyday words becomes a few weighted, spelling-corrected terms. */
import { SYNONYMS } from './synonyms.ts';
import { MAX_TERM_LENGTH, STOP_WORDS, tokens } from './text.ts';
import type { QueryTerm } from './types.ts';
import type { PatternSearch, Vocabulary } from './vocabulary.ts';

/** Characters of a query that are read; a longer paste is cut here so it cannot stall the page. */
const MAX_QUERY_LENGTH = 500;

/** Terms searched per query: the most informative are kept. */
export const MAX_TERMS = 8;

/** A term far commoner than the query's rarest (below this share of its weight) cannot change the order: skipped. */
const NEGLIGIBLE = 0.1;

/** A query term with the only documents its patterns can match (fuse need not scan the rest). */
export interface ParsedTerm extends QueryTerm {
  docs: number[];
}

/** Splits, drops stop words, stems, corrects spelling against the library and weights each term by rarity. */
export function parseQuery(query: string, vocabulary: Vocabulary, documents: number): ParsedTerm[] {
  const seen = new Set<string>();
  const terms: ParsedTerm[] = [];
  for (const token of tokens(query.slice(0, MAX_QUERY_LENGTH))) {
    // Two characters go to the word-boundary spaces around the pattern.
    const word = token.slice(0, MAX_TERM_LENGTH - 2);
    if (seen.has(word) || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    seen.add(word);
    const own = word.length >= 3 ? vocabulary.resolve(word) : undefined;
    const found = [own, ...(SYNONYMS[word] ?? []).map((s) => vocabulary.resolve(s))].flatMap((r) => r?.searches ?? []);
    const searches = found.filter(
      (s, i) =>
        found.findIndex((x) => x.pattern === s.pattern) === i && !terms.some((t) => t.patterns.includes(s.pattern)),
    );
    if (!searches.length) continue;
    const docs = union(searches);
    terms.push({
      word,
      patterns: searches.map((s) => s.pattern),
      corrected: !!own?.corrected,
      weight: rarity(docs.length, documents),
      docs,
    });
  }
  const strongest = Math.max(0, ...terms.map((t) => t.weight));
  const useful = terms.filter((t) => t.weight >= strongest * NEGLIGIBLE);
  if (useful.length <= MAX_TERMS) return useful;
  const kept = new Set([...useful].sort((a, b) => b.weight - a.weight).slice(0, MAX_TERMS));
  return useful.filter((t) => kept.has(t));
}

/** The documents any of the searches can match, in index order. */
function union(searches: PatternSearch[]): number[] {
  if (searches.length === 1) return searches[0]!.docs;
  return [...new Set(searches.flatMap((s) => s.docs))].sort((a, b) => a - b);
}

/** Inverse document frequency (BM25's form): near 0 for a word in every document, high for a rare one. */
function rarity(df: number, size: number): number {
  return Math.log(1 + (size - df + 0.5) / (df + 0.5));
}
