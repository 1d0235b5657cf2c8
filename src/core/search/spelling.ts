/** Spelling correction against the library's own words: the closest known stem within a small edit distance. */
import { editDistance } from '../distance.ts';
import type { Posting } from './postings.ts';
import { STOP_WORDS } from './text.ts';

/** A correction: the stem to search and the library's commonest word with it, to show. */
export interface Correction {
  stem: string;
  word: string;
}

/**
 * The closest of the candidate words' stems to `typed` (one edit for 5–7 letters, two from 8), preferring the
 * commoner; the caller passes the words sharing the typed first letter, since people seldom mistype it.
 */
export function closestStem(typed: string, candidates: readonly Posting[]): Correction | undefined {
  if (typed.length < 5) return undefined;
  const max = typed.length >= 8 ? 2 : 1;
  const byStem = new Map<string, { fields: number; word: Posting }>();
  for (const p of candidates) {
    if (STOP_WORDS.has(p.word)) continue;
    const seen = byStem.get(p.stem);
    if (!seen) byStem.set(p.stem, { fields: p.fields.length, word: p });
    else {
      seen.fields += p.fields.length;
      if (p.fields.length > seen.word.fields.length) seen.word = p;
    }
  }
  let best: { stem: string; distance: number; fields: number; word: string } | undefined;
  for (const [s, { fields, word }] of byStem) {
    const distance = editDistance(typed, s, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && fields > best.fields))
      best = { stem: s, distance, fields, word: word.word };
  }
  return best && { stem: best.stem, word: best.word };
}
