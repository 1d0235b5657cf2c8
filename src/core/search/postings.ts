/** The words of the serialised fuse index and where they are: which field of which document holds each one. */
import { stem } from './text.ts';
import type { SearchIndexData } from './types.ts';

/** A known word and the fields that hold it, each as `document × keys + key` (a field code). */
export interface Posting {
  word: string;
  stem: string;
  fields: number[];
}

/** The index's words, sorted (so prefix look-ups are a binary search), and each field's text by field code. */
export interface Postings {
  words: Posting[];
  /** Field code → the field's values (one per list item): folded words between single spaces. */
  values: Map<number, string[]>;
  /** Keys per document: a field code divided by it is the document's position. */
  stride: number;
}

/** Reads every field value of the index (already folded words between single spaces, see buildSearchIndex). */
export function readPostings(index: SearchIndexData['index']): Postings {
  const stride = index.keys.length;
  const byWord = new Map<string, Set<number>>();
  const values = new Map<number, string[]>();
  for (const record of index.records) {
    if (!('$' in record)) continue;
    for (const [key, entry] of Object.entries(record.$)) {
      const code = record.i * stride + Number(key);
      const texts = (Array.isArray(entry) ? entry : [entry]).map((e) => e.v);
      values.set(code, texts);
      for (const word of texts.join(' ').split(' ')) {
        if (!word) continue;
        let fields = byWord.get(word);
        if (!fields) byWord.set(word, (fields = new Set()));
        fields.add(code);
      }
    }
  }
  const words = [...byWord]
    .map(([word, fields]) => ({ word, stem: stem(word), fields: [...fields] }))
    .sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { words, values, stride };
}

/** The words starting with `prefix`, in order. */
export function withPrefix(words: readonly Posting[], prefix: string): Posting[] {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.word < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: Posting[] = [];
  for (let i = lo; i < words.length && words[i]!.word.startsWith(prefix); i++) out.push(words[i]!);
  return out;
}

/** The fields any of the postings is in, ascending. */
export function fieldsOf(postings: readonly Posting[]): number[] {
  if (postings.length === 1) return postings[0]!.fields;
  const fields = new Set<number>();
  for (const p of postings) for (const f of p.fields) fields.add(f);
  return [...fields].sort((a, b) => a - b);
}
