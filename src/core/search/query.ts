/** Query understanding: a sentence in everyday words becomes weighted, spelling-corrected terms and situation hints. */
import { Lexicon, type PatternSearch } from './lexicon.ts';
import { statsLookup } from './term-stats.ts';
import { informative, makeTerm, type ParsedTerm, type TermContext } from './terms.ts';
import { MAX_TERM_LENGTH, STOP_WORDS, tokens } from './text.ts';
import type { SearchIndexData, Understanding } from './types.ts';
import { VocabularyMatcher, type VocabularyMatch } from './vocabulary.ts';

/** Characters of a query that are read; a longer paste is cut here so it cannot stall the page. */
const MAX_QUERY_LENGTH = 500;

/** When jargon's own words are in the library too, its meaning in the library's words weighs this share of a term. */
const EXPANSION_SHARE = 0.5;

/** A query as the ranking reads it. */
export interface ParsedQuery {
  /** Terms in query order. */
  terms: ParsedTerm[];
  /** Situation ids the query's phrasings name (from the vocabulary). */
  hints: string[];
  /** What the query was understood as; situation hints name ids here (the searcher gives them titles). */
  understood: Understanding[];
}

/** What a query is read against: the library's words, their statistics and the domain vocabulary. */
export interface QueryContext extends TermContext {
  vocabulary: VocabularyMatcher;
}

/** Everything a query is read against, from the index JSON (built once per loaded index). */
export function queryContext(data: SearchIndexData): QueryContext {
  return {
    lexicon: new Lexicon(data.index),
    docs: data.stats.docs,
    df: statsLookup(data.stats),
    vocabulary: new VocabularyMatcher(data.vocabulary),
  };
}

/** Adds a term searching the patterns, weighted by rarity times `share`; false when nothing in the library matches. */
type AddTerm = (word: string, found: PatternSearch[], corrected: boolean, share?: number) => boolean;

/** Splits, finds the vocabulary's terms, drops stop words, stems, corrects spelling and weights each term by rarity. */
export function parseQuery(query: string, ctx: QueryContext): ParsedQuery {
  // Two characters of a pattern go to the word-boundary spaces around it.
  const words = tokens(query.slice(0, MAX_QUERY_LENGTH)).map((w) => w.slice(0, MAX_TERM_LENGTH - 2));
  const matches = ctx.vocabulary.match(words);
  const parsed: ParsedQuery = { terms: [], hints: [], understood: [] };
  const add: AddTerm = (word, found, corrected, share = 1) => {
    const term = makeTerm(word, found, corrected, share, parsed.terms, ctx);
    if (term) parsed.terms.push(term);
    return !!term;
  };
  let m = 0;
  for (let i = 0; i < words.length; i++) {
    const match = matches[m]?.start === i ? matches[m++] : undefined;
    if (match) readMatch(match, words, ctx, parsed, add);
    if (match?.term.means.length) {
      i = match.end - 1;
      continue;
    }
    const word = words[i]!;
    if (STOP_WORDS.has(word) || /^\d+$/.test(word) || parsed.terms.some((t) => t.word === word)) continue;
    // Only the last word can be one still being typed, and only while no space or mark follows it.
    const typing = i === words.length - 1 && /[\p{L}\p{N}]$/u.test(query.slice(0, MAX_QUERY_LENGTH));
    const own = word.length >= 3 ? ctx.lexicon.resolve(word, typing) : undefined;
    if (own && add(word, own.searches, own.corrected) && own.corrected)
      parsed.understood.push({ kind: 'spelling', from: word, to: [own.correction ?? own.searches[0]!.pattern.trim()] });
  }
  parsed.terms = informative(parsed.terms);
  return parsed;
}

/**
 * A vocabulary term. Jargon is searched as typed and in the library's words; when the library uses the typed words
 * too, they lead and the library's words count for less. A phrasing of a situation adds a hint.
 */
function readMatch(
  match: VocabularyMatch,
  words: readonly string[],
  ctx: QueryContext,
  parsed: ParsedQuery,
  add: AddTerm,
) {
  const { term } = match;
  const typed = words.slice(match.start, match.end).filter((w) => !STOP_WORDS.has(w));
  if (term.means.length) {
    const own = add(typed.join(' '), ctx.lexicon.phrase(typed), false);
    const means = term.means.map((w) => w.join(' '));
    if (
      add(
        means.join(' '),
        term.means.flatMap((w) => ctx.lexicon.phrase(w)),
        false,
        own ? EXPANSION_SHARE : 1,
      )
    )
      parsed.understood.push({ kind: 'jargon', from: term.term, to: means });
  }
  const fresh = term.situations.filter((s) => !parsed.hints.includes(s));
  if (fresh.length) {
    parsed.hints.push(...fresh);
    parsed.understood.push({ kind: 'situation', from: words.slice(match.start, match.end).join(' '), to: fresh });
  }
}
