/** The domain vocabulary at query time: finds the jargon and everyday phrasings of `content/vocabulary.yaml` in a query. */
import type { VocabularyEntry } from '../schema/index.ts';
import { STOP_WORDS, stem, tokens } from './text.ts';

/** A vocabulary entry as the index ships it: the term as written, each spelling as folded words, and what it stands for. */
export interface VocabularyTerm {
  term: string;
  forms: string[][];
  /** The library's words for it, each as folded words; empty for a phrasing that only names situations. */
  means: string[][];
  situations: string[];
}

/** A vocabulary term found in a query: the entry and the query words (token positions, end exclusive) it covers. */
export interface VocabularyMatch {
  term: VocabularyTerm;
  start: number;
  end: number;
}

/** Folds the validated entries into the shape the index ships (build time). */
export function compileVocabulary(entries: readonly VocabularyEntry[]): VocabularyTerm[] {
  return entries.map((e) => ({
    term: e.term,
    forms: [e.term, ...e.also].map(tokens).filter((f) => f.length),
    means: e.means.map(tokens).filter((m) => m.length),
    situations: e.situations,
  }));
}

/** Other words an everyday phrasing may have among its own and still match; jargon must match as written. */
const PHRASING_GAPS = 1;

/**
 * A word's key for matching: its stem, and a two-letter acronym's plural is the acronym ("AEs" is "AE"). Grammar words
 * have no key: "VP of product" matches "VP product", and "found out from a customer" matches "found out from customers".
 */
function keyOf(word: string): string | undefined {
  if (STOP_WORDS.has(word)) return undefined;
  return word.length === 3 && word.endsWith('s') ? word.slice(0, 2) : stem(word);
}

/** One spelling, ready to match: the keys of its content words, or its raw words when grammar words carry it. */
interface Form {
  term: VocabularyTerm;
  keys: string[];
  raw: boolean;
}

/** Finds vocabulary terms in a query's words, longest spelling first, never two over the same word. */
export class VocabularyMatcher {
  private readonly byFirst = new Map<string, Form[]>();

  constructor(terms: readonly VocabularyTerm[]) {
    for (const term of terms)
      for (const words of term.forms) {
        const keys = words.map(keyOf).filter((k) => k !== undefined);
        // With fewer than two content words a phrase is too loose without its grammar words ("can't agree").
        const form =
          keys.length >= Math.min(2, words.length) ? { term, keys, raw: false } : { term, keys: words, raw: true };
        const first = keyOf(words[0]!) ?? words[0]!;
        const list = this.byFirst.get(first) ?? [];
        list.push(form);
        this.byFirst.set(first, list);
      }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The terms in the query's folded words, left to right. */
  match(words: readonly string[]): VocabularyMatch[] {
    const keys = words.map(keyOf);
    // Content words (those with a key) with their positions, and each position's place among them.
    const content: { key: string; at: number }[] = [];
    const place = keys.map((key, at) => (key === undefined ? -1 : content.push({ key, at }) - 1));
    const found: VocabularyMatch[] = [];
    for (let i = 0; i < words.length; i++) {
      for (const form of this.byFirst.get(keys[i] ?? words[i]!) ?? []) {
        const gaps = form.term.means.length ? 0 : PHRASING_GAPS;
        const last = form.raw ? rawMatch(words, i, form.keys) : contentMatch(content, place[i]!, form.keys, gaps);
        if (last < 0) continue;
        found.push({ term: form.term, start: i, end: last + 1 });
        // Jargon stands for its words; a phrasing only adds a hint, so jargon inside it is still found.
        if (form.term.means.length) i = last;
        break;
      }
    }
    return found;
  }
}

/**
 * The position of the last word when `keys` follow from content word `c` on, with at most `gaps` other content
 * words among them ("told a bank prospect" is "told a prospect"), else -1.
 */
function contentMatch(
  content: readonly { key: string; at: number }[],
  c: number,
  keys: readonly string[],
  gaps: number,
) {
  if (c < 0) return -1;
  let at = c;
  let left = gaps;
  for (let k = 1; k < keys.length; k++) {
    let next = at + 1;
    while (next < content.length && content[next]!.key !== keys[k] && next - at - 1 < left) next++;
    if (content[next]?.key !== keys[k]) return -1;
    left -= next - at - 1;
    at = next;
  }
  return content[at]!.at;
}

function rawMatch(words: readonly string[], i: number, raw: readonly string[]): number {
  for (let k = 0; k < raw.length; k++) if (words[i + k] !== raw[k]) return -1;
  return i + raw.length - 1;
}
