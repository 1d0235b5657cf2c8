/** Picks each body's most distinctive words (tf-idf over the library), so the index stays small and fast to scan. */
import { STOP_WORDS, stem, tokens } from './text.ts';

/** Distinct word stems kept per body. */
const KEYWORDS_PER_BODY = 80;

/** Word forms kept per stem (so "launch", "launches" and "launched" all match as typed). */
const FORMS_PER_STEM = 3;

/**
 * For each text, its most distinctive words joined by spaces, most distinctive first. A word scores by
 * how often the text uses it and how few other texts do; words every text uses score nothing.
 */
export function distinctiveWords(texts: string[], limit = KEYWORDS_PER_BODY): string[] {
  const counted = texts.map(countStems);
  const df = new Map<string, number>();
  for (const stems of counted) for (const s of stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  return counted.map((stems) =>
    [...stems]
      .map(([s, { count, forms }]) => ({
        s,
        forms,
        score: (1 + Math.log(count)) * Math.log((texts.length + 1) / df.get(s)!),
      }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || (a.s < b.s ? -1 : 1))
      .slice(0, limit)
      .flatMap((x) => [...x.forms].sort().slice(0, FORMS_PER_STEM))
      .join(' '),
  );
}

function countStems(text: string): Map<string, { count: number; forms: Set<string> }> {
  const stems = new Map<string, { count: number; forms: Set<string> }>();
  for (const word of tokens(text)) {
    if (word.length < 3 || STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    const s = stem(word);
    const entry = stems.get(s) ?? { count: 0, forms: new Set<string>() };
    entry.count += 1;
    entry.forms.add(word);
    stems.set(s, entry);
  }
  return stems;
}
