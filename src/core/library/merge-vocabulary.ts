/** Merges the search vocabulary files of the content folders: a later folder's entry replaces an earlier one with the same term. */
import type { VocabularyEntry, VocabularyFile } from '../schema/index.ts';
import type { Entry } from './types.ts';

/** How terms are compared: case, accents, punctuation and spacing do not matter ("Win/Loss" is "win loss"). */
export function termKey(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The entries in force, in file order: an entry whose term an earlier file also has replaces it where the earlier
 * one stood (so a company can reword or extend a term), and `hidden: true` removes the term altogether.
 */
export function mergeVocabulary(files: readonly Entry<VocabularyFile>[]): VocabularyEntry[] {
  const merged = new Map<string, VocabularyEntry>();
  for (const file of files)
    for (const entry of file.data.terms) {
      const key = termKey(entry.term);
      if (entry.hidden) merged.delete(key);
      else merged.set(key, entry);
    }
  return [...merged.values()];
}
