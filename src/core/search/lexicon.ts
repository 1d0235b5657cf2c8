/** The library's words, read back from the serialised fuse index: how a query word is spelt there, and where it is. */
import { fieldsOf, readPostings, withPrefix, type Posting, type Postings } from './postings.ts';
import { closestStem } from './spelling.ts';
import { stem } from './text.ts';
import type { SearchIndexData } from './types.ts';

/** One fuse pattern and the only fields it can match exactly (fuse need not scan the rest). */
export interface PatternSearch {
  /**
   * " stem" (a word start) or " word " (a whole word), as the index keeps words between single spaces; or several
   * of those joined by `+`, all to be found in one field.
   */
  pattern: string;
  /** Field codes (see Postings) the pattern can match, ascending. */
  fields: number[];
}

/** How a query word is searched. */
export interface Resolved {
  searches: PatternSearch[];
  /** True when the word was misspelt and the patterns are its correction. */
  corrected: boolean;
  /** The library's commonest spelling of the correction, to show ("launch" for "lauch"). */
  correction?: string;
}

/** Forms of a word searched one by one before falling back to its (ambiguous) stem. */
const MAX_FORMS = 4;
/** Look-ups remembered before the memory is cleared (a bound, so odd input cannot grow it). */
const MAX_CACHED = 2048;

/** Looks query words up in the library's words; a word's look-up is remembered, since queries repeat words. */
export class Lexicon {
  private readonly postings: Postings;
  private readonly cache = new Map<string, PatternSearch[]>();

  constructor(index: SearchIndexData['index']) {
    this.postings = readPostings(index);
  }

  /** Keys per document in field codes: `Math.floor(code / stride)` is the document's position. */
  get stride(): number {
    return this.postings.stride;
  }

  /**
   * How the library spells a query word, or undefined when it has nothing like it: the stem as a word start
   * ("plan" finds planned, planning) unless it also begins unrelated words ("join" of "joint"); then the
   * library's forms of the word, each as a whole word. A misspelt word is corrected first. A word still being
   * typed (`typing`: the query's last) may also be the start of a longer one ("launc").
   */
  resolve(word: string, typing = false): Resolved | undefined {
    const own = stem(word);
    const found = this.remember(`${typing ? '?' : '='}${word}`, () => this.lookup(word, own, typing));
    if (found.length) return { searches: found, corrected: false };
    // The stem can fall below the length correction needs ("levle" → "levl"): then the word itself is corrected.
    const typed = own.length >= 5 ? own : word;
    const fix = closestStem(typed, withPrefix(this.postings.words, typed[0] ?? ''));
    const again = fix ? this.remember(`!${fix.stem}`, () => this.lookup(fix.stem, fix.stem, false)) : [];
    return again.length ? { searches: again, corrected: true, correction: fix!.word } : undefined;
  }

  /**
   * How the library spells several words meant together ("product leader"): one pattern of word patterns joined by
   * `+`, matching a field that holds them all (the body's keywords count: a table may hold "pitch deck" while the
   * text says "pitch" and "deck"), with exactly those fields; empty when none does.
   * One word is looked up as written (never as a word still being typed, nor corrected).
   */
  phrase(words: readonly string[]): PatternSearch[] {
    return this.remember(`+${words.join(' ')}`, () => {
      if (words.length <= 1) return words.length ? this.lookup(words[0]!, stem(words[0]!), false) : [];
      // A short stem would start unrelated words ("pm" of "pmm"): it must be the whole word.
      const parts = words.map((w) => (stem(w).length <= 3 ? ` ${w} ` : ` ${stem(w)}`));
      const each = parts.map((p) => new Set(fieldsOf(this.words(p)))).sort((a, b) => a.size - b.size);
      const { values } = this.postings;
      const fields = [...each[0]!].filter(
        (f) => each.every((set) => set.has(f)) && values.get(f)!.some((v) => parts.every((p) => v.includes(p))),
      );
      return fields.length ? [{ pattern: parts.join('+'), fields: fields.sort((a, b) => a - b) }] : [];
    });
  }

  private lookup(word: string, wordStem: string, asTyped: boolean): PatternSearch[] {
    const under = withPrefix(this.postings.words, wordStem);
    const forms = under.filter((p) => p.stem === wordStem);
    if (forms.length) {
      if (forms.length === under.length || forms.length > MAX_FORMS)
        return [{ pattern: ` ${wordStem}`, fields: fieldsOf(under) }];
      return forms.map((p) => ({ pattern: ` ${p.word} `, fields: p.fields }));
    }
    // A word still being typed ("launc") is searched as typed.
    const typed = asTyped && word.length >= 3 ? withPrefix(this.postings.words, word) : [];
    return typed.length ? [{ pattern: ` ${word}`, fields: fieldsOf(typed) }] : [];
  }

  /** The words a word pattern matches: a word start (" stem") or a whole word (" word "). */
  private words(pattern: string): Posting[] {
    const core = pattern.trim();
    const under = withPrefix(this.postings.words, core);
    return pattern.endsWith(' ') ? under.filter((p) => p.word === core) : under;
  }

  private remember(key: string, find: () => PatternSearch[]): PatternSearch[] {
    let found = this.cache.get(key);
    if (!found) {
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(key, (found = find()));
    }
    return found;
  }
}
