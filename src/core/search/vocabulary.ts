/** The library's words, read back from the serialised fuse index: which documents hold them, and spelling correction. */
import { editDistance } from '../distance.ts';
import { STOP_WORDS, stem } from './text.ts';
import type { SearchIndexData } from './types.ts';

/** A known word and the documents (by position) that contain it. */
interface Posting {
  word: string;
  stem: string;
  docs: number[];
}

/** One fuse pattern and the only documents it can match exactly (fuse need not scan the rest). */
export interface PatternSearch {
  /** " stem" (a word start) or " word " (a whole word): the index keeps words between single spaces. */
  pattern: string;
  docs: number[];
}

/** How a query word is searched. */
export interface Resolved {
  searches: PatternSearch[];
  /** True when the word was misspelt and the patterns are its correction. */
  corrected: boolean;
}

/** Forms of a word searched one by one before falling back to its (ambiguous) stem. */
const MAX_FORMS = 4;

/** Every word of the indexed fields, sorted, so prefix look-ups are a binary search. */
export class Vocabulary {
  private readonly postings: Posting[];

  constructor(index: SearchIndexData['index']) {
    const byWord = new Map<string, Set<number>>();
    for (const record of index.records) {
      if (!('$' in record)) continue;
      for (const entry of Object.values(record.$)) {
        for (const { v } of Array.isArray(entry) ? entry : [entry]) {
          // Index values are already folded words between single spaces (see buildSearchIndex).
          for (const word of v.split(' ')) {
            if (!word) continue;
            let docs = byWord.get(word);
            if (!docs) byWord.set(word, (docs = new Set()));
            docs.add(record.i);
          }
        }
      }
    }
    this.postings = [...byWord]
      .map(([word, docs]) => ({ word, stem: stem(word), docs: [...docs] }))
      .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }

  /**
   * How the library spells a query word, or undefined when it has nothing like it: the stem as a word start
   * ("plan" finds planned, planning) unless it also begins unrelated words ("join" of "joint"); then the
   * library's forms of the word, each as a whole word. A misspelt word is corrected first.
   */
  resolve(word: string): Resolved | undefined {
    const own = stem(word);
    const found = this.lookup(word, own);
    if (found) return { searches: found, corrected: false };
    const fix = this.correct(own);
    const again = fix ? this.lookup(fix, fix) : undefined;
    return again && { searches: again, corrected: true };
  }

  private lookup(word: string, wordStem: string): PatternSearch[] | undefined {
    const under = this.withPrefix(wordStem);
    const forms = under.filter((p) => p.stem === wordStem);
    if (forms.length) {
      if (forms.length === under.length || forms.length > MAX_FORMS)
        return [{ pattern: ` ${wordStem}`, docs: docsOf(under) }];
      return forms.map((p) => ({ pattern: ` ${p.word} `, docs: p.docs }));
    }
    // A word still being typed ("launc") is searched as typed.
    const typed = word.length >= 3 ? this.withPrefix(word) : [];
    return typed.length ? [{ pattern: ` ${word}`, docs: docsOf(typed) }] : undefined;
  }

  /**
   * The stem of the closest known word (one edit for 5–7 letters, two from 8), preferring the commoner
   * word. Assumes the first letter is right, which keeps the scan small: people seldom mistype it.
   */
  private correct(typed: string): string | undefined {
    if (typed.length < 5) return undefined;
    const max = typed.length >= 8 ? 2 : 1;
    const candidates = new Map<string, Set<number>>();
    for (const { word, stem: s, docs } of this.withPrefix(typed[0]!)) {
      if (STOP_WORDS.has(word)) continue;
      const seen = candidates.get(s) ?? new Set<number>();
      docs.forEach((d) => seen.add(d));
      candidates.set(s, seen);
    }
    let best: { pattern: string; distance: number; df: number } | undefined;
    for (const [pattern, docs] of candidates) {
      const distance = editDistance(typed, pattern, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && docs.size > best.df))
        best = { pattern, distance, df: docs.size };
    }
    return best?.pattern;
  }

  private withPrefix(prefix: string): Posting[] {
    let lo = 0;
    let hi = this.postings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.postings[mid]!.word < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: Posting[] = [];
    for (let i = lo; i < this.postings.length && this.postings[i]!.word.startsWith(prefix); i++)
      out.push(this.postings[i]!);
    return out;
  }
}

function docsOf(postings: Posting[]): number[] {
  const docs = new Set<number>();
  for (const p of postings) for (const d of p.docs) docs.add(d);
  return [...docs].sort((a, b) => a - b);
}
