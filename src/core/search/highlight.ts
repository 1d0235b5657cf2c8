/** Which words of a text a query matched, as plain segments: the browser turns them into text nodes and <mark>s. */
import { words } from './text.ts';
import type { QueryTerm } from './types.ts';

/** A run of text, marked when it is a matched word. */
export interface Segment {
  text: string;
  match: boolean;
}

/** True when a folded word is matched by a word pattern: " stem" matches word starts, " word " whole words. */
function wordMatches(folded: string, pattern: string): boolean {
  const core = pattern.trim();
  return pattern.endsWith(' ') ? folded === core : folded.startsWith(core);
}

/** True when a folded word is matched by any of the terms. */
function matchesAnyTerm(folded: string, terms: readonly QueryTerm[]): boolean {
  return terms.some((t) => t.patterns.some((p) => p.split('+').some((part) => wordMatches(folded, part))));
}

/** Splits a text into marked and unmarked runs; the text itself is never interpreted, only sliced. */
export function highlight(text: string, terms: readonly QueryTerm[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const w of words(text)) {
    if (!matchesAnyTerm(w.folded, terms)) continue;
    if (w.start > at) segments.push({ text: text.slice(at, w.start), match: false });
    segments.push({ text: text.slice(w.start, w.end), match: true });
    at = w.end;
  }
  if (at < text.length || !segments.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
