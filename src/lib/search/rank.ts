/** Relevance: per-term fuse scores combined across terms, then lifted by the situations the query describes. */
import { fuseOver } from './fuse-index.ts';
import type { ParsedTerm } from './query.ts';
import type { SearchIndexData } from './types.ts';

/** Evidence at which a term counts half: a title match nearly saturates, a body mention counts less. */
const SATURATION = 0.1;
/** How much a document is held back for the query terms it lacks (weighted share), like Lucene's coord factor. */
const COORDINATION = 0.3;
/** How strongly a situation the query describes lifts the tactics and playbooks filed under it, by the situation's position there. */
const SITUATION_LIFT = [0.6, 0.45, 0.3, 0.2];
/** A situation must score this much (of a perfect match) to lift anything. */
export const SITUATION_MIN = 0.2;

const LOG_EPSILON = Math.log(Number.EPSILON);

/**
 * Fuse scores a document Π fieldScore^(weight·norm), an exact match counting as ε; so log(score)/log(ε) is
 * Σ weight·norm·quality over the fields that matched: additive evidence, where fuzzy matches count little.
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
    for (const term of terms) {
      const best = new Map<number, number>();
      for (const { pattern, docs: candidates } of term.searches) {
        for (const r of fuseFor(candidates).search(pattern)) best.set(r.refIndex, Math.max(best.get(r.refIndex) ?? 0, fieldEvidence(r.score ?? 1)));
      }
      for (const [i, e] of best) {
        text[i]! += (term.weight * e) / (e + SATURATION) / total;
        covered[i]! += term.weight / total;
      }
    }
    text.forEach((t, i) => (text[i] = t * (1 - COORDINATION + COORDINATION * covered[i]!)));
    const situations = new Map<string, number>();
    docs.forEach((d, i) => d.kind === 'situation' && text[i]! >= SITUATION_MIN && situations.set(d.id, text[i]!));
    return text.map((score, i) => {
      const doc = docs[i]!;
      if (doc.kind === 'situation') return score;
      const lift = Math.max(0, ...doc.situations.map((s, j) => (situations.get(s) ?? 0) * (SITUATION_LIFT[j] ?? 0)));
      return (score + lift) / (1 + SITUATION_LIFT[0]!);
    });
  };
}
