/** Relevance: per-term fuse scores combined across terms, then lifted by the situations the query describes. */
import { anyOf, fuseOver } from './fuse-index.ts';
import type { ParsedTerm } from './query.ts';
import type { SearchIndexData } from './types.ts';

/** Evidence at which a term counts half (a title match alone is about 0.2; title, summary and body together about 0.3). */
const SATURATION = 0.5;
/** How much a document is held back for the query terms it lacks (weighted share), like Lucene's coord factor. */
const COORDINATION = 0.3;
/** How strongly a situation the query describes lifts the tactics and playbooks filed under it, by the situation's position there. */
const SITUATION_LIFT = [0.6, 0.45, 0.3, 0.2];
/** A term in more than this share of documents is scored only where rarer query terms matched. */
const COMMON_SHARE = 0.3;
/** A situation must score this much (of a perfect match) to lift anything. */
export const SITUATION_MIN = 0.2;

const LOG_EPSILON = Math.log(Number.EPSILON);

/**
 * Fuse scores a document Π fieldScore^(weight·norm) over the fields that matched, an exact match counting as ε;
 * so log(score)/log(ε) is Σ weight·norm over those fields: additive evidence, more for short, heavy fields.
 */
function fieldEvidence(score: number): number {
  return Math.log(Math.max(score, Number.MIN_VALUE)) / LOG_EPSILON;
}

/** A scorer over one index: relevance in [0, 1] for every document (index order). */
export function createRanker(data: SearchIndexData): (terms: ParsedTerm[]) => Float64Array {
  const fuseFor = fuseOver(data);
  const docs = data.docs;
  return (terms) => {
    const text = new Float64Array(docs.length);
    const covered = new Float64Array(docs.length);
    const total = terms.reduce((sum, t) => sum + t.weight, 0);
    if (!total) return text;
    const found = new Set<number>();
    for (const term of [...terms].sort((a, b) => b.weight - a.weight)) {
      // A word most documents hold only reorders what rarer words found: it is not scanned everywhere.
      const common = term.docs.length > docs.length * COMMON_SHARE && found.size > 0;
      const candidates = common ? term.docs.filter((i) => found.has(i)) : term.docs;
      // One fuse search per term: its forms and synonyms are alternatives (fuse's `|`), so a field counts once.
      for (const r of fuseFor(candidates).search(anyOf(term.patterns))) {
        const e = fieldEvidence(r.score ?? 1);
        text[r.refIndex]! += (term.weight * e) / (e + SATURATION) / total;
        covered[r.refIndex]! += term.weight / total;
        found.add(r.refIndex);
      }
    }
    const lifts = new Map<string, number>();
    for (let i = 0; i < docs.length; i++) {
      text[i]! *= 1 - COORDINATION + COORDINATION * covered[i]!;
      if (docs[i]!.kind === 'situation' && text[i]! >= SITUATION_MIN) lifts.set(docs[i]!.id, text[i]!);
    }
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (doc.kind === 'situation') continue;
      let lift = 0;
      for (let j = 0; j < doc.situations.length && j < SITUATION_LIFT.length; j++)
        lift = Math.max(lift, (lifts.get(doc.situations[j]!) ?? 0) * SITUATION_LIFT[j]!);
      text[i] = (text[i]! + lift) / (1 + SITUATION_LIFT[0]!);
    }
    return text;
  };
}
