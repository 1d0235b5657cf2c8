/** How informative each word is over the whole library: document frequencies counted at build time, shipped in the index. */
import { STOP_WORDS, stem, tokens } from './text.ts';

/**
 * Whole-text document frequencies where the index alone would undercount them (it keeps only each body's most
 * distinctive words, so "customer" looks rarer there than it is): a count → the stems with it, space-separated.
 */
export interface TermStats {
  /** Documents counted. */
  docs: number;
  df: Record<string, string>;
}

/** The stems of a text worth counting: no stop words, no bare numbers. */
function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of tokens(text)) if (!STOP_WORDS.has(word) && !/^\d+$/.test(word)) stems.add(stem(word));
  return stems;
}

function countStems(texts: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) for (const s of contentStems(text)) df.set(s, (df.get(s) ?? 0) + 1);
  return df;
}

/** Counts each indexed stem over the documents' whole texts, keeping the counts the indexed texts fall short of. */
export function termStats(wholeTexts: readonly string[], indexedTexts: readonly string[]): TermStats {
  const indexed = countStems(indexedTexts);
  const groups = new Map<number, string[]>();
  for (const [s, n] of countStems(wholeTexts))
    if (indexed.has(s) && n > indexed.get(s)!) groups.set(n, [...(groups.get(n) ?? []), s]);
  const df = [...groups].sort(([a], [b]) => a - b).map(([n, stems]) => [String(n), stems.sort().join(' ')]);
  return { docs: wholeTexts.length, df: Object.fromEntries(df) };
}

/** The shipped statistics as a look-up: stem → whole-text document frequency (absent: the index's count is right). */
export function statsLookup(stats: TermStats): Map<string, number> {
  const df = new Map<string, number>();
  for (const [n, stems] of Object.entries(stats.df)) for (const s of stems.split(' ')) df.set(s, Number(n));
  return df;
}

/** Inverse document frequency (BM25's form): near 0 for a word every document uses, highest for a word only one uses. */
export function idf(df: number, docs: number): number {
  return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
}
