/** Relevance: per-term fuse evidence weighted by rarity (BM25-style), then lifted by the situations the query describes. */
import { anyOf, fuseOver } from './fuse-index.ts';
import type { ParsedQuery } from './query.ts';
import type { SearchIndexData } from './types.ts';

/**
 * Evidence at which a term counts half (BM25's saturation). A parsed fuse index keeps the key weights as given, not
 * normalised: a title match alone is about 2.4, a body-only one about 0.4, title, summary and body together about 4.
 */
const SATURATION = 1.5;
/** How much a document is held back for the query's informative terms it lacks, like Lucene's coord factor. */
const COORDINATION = 0.3;
/** Terms that set a query's scale: a long story is scored on its most informative words, not divided by all of them. */
const SCALE_TERMS = 4;
/** A situation is described by a query only as far as it covers the query's informative words. */
const SITUATION_COORDINATION = 0.5;
/** How strongly a situation the query describes lifts the tactics and playbooks filed under it, by the situation's position there. */
const SITUATION_LIFT = [0.6, 0.45, 0.3, 0.2];
/** A situation named by a vocabulary phrasing counts like a term this share as informative as the query's rarest. */
const HINT_WEIGHT = 1.5;
/** ...matching its situation as well as a term found in one of its fields does (a saturated share, in [0, 1]). */
const HINT_MATCH = 0.5;
/** How strongly a playbook the query names lifts its tactics ("listening tour" brings the tour's tactics)... */
const PLAYBOOK_LIFT = 0.5;
/** ...once it matches this well (of a perfect match). */
const PLAYBOOK_MIN = 0.3;
/** A situation a phrasing names scores at least this (of a perfect match), so it is suggested and lifts its tactics. */
const HINT_FLOOR = 0.3;
/** A term in more than this share of documents is scored only where rarer query terms matched. */
const COMMON_SHARE = 0.3;
/** A situation must score this much (of a perfect match) to lift anything. */
const SITUATION_MIN = 0.2;

const LOG_EPSILON = Math.log(Number.EPSILON);

/**
 * Fuse scores a document Π fieldScore^(weight·norm) over the fields that matched, an exact match counting as ε;
 * so log(score)/log(ε) is Σ weight·norm over those fields: additive evidence, more for short, heavy fields.
 */
function fieldEvidence(score: number): number {
  return Math.log(Math.max(score, Number.MIN_VALUE)) / LOG_EPSILON;
}

const saturate = (evidence: number) => evidence / (evidence + SATURATION);

/** A scorer over one index: relevance for every document (index order), 0 for none; about 1 for a full match. */
export function createRanker(data: SearchIndexData): (query: ParsedQuery) => Float64Array {
  const fuseFor = fuseOver(data);
  const docs = data.docs;
  const stride = data.index.keys.length;
  const situationAt = new Map(docs.flatMap((d, i) => (d.kind === 'situation' ? [[d.id, i] as const] : [])));
  return ({ terms, hints }) => {
    const text = new Float64Array(docs.length);
    const covered = new Float64Array(docs.length);
    const weights = terms.map((t) => t.weight).sort((a, b) => b - a);
    const hintWeight = HINT_WEIGHT * (weights[0] ?? 1);
    const scale = [...weights, ...hints.map(() => hintWeight)]
      .sort((a, b) => b - a)
      .slice(0, SCALE_TERMS)
      .reduce((sum, w) => sum + w, 0);
    if (!scale) return text;
    const found = new Set<number>();
    let tactics = 0;
    for (const term of [...terms].sort((a, b) => b.weight - a.weight)) {
      // A word most documents hold only reorders the tactics rarer words found: it is not scanned everywhere.
      const common = term.docs.length > docs.length * COMMON_SHARE && tactics > 0;
      const fields = common ? term.fields.filter((f) => found.has(Math.floor(f / stride))) : term.fields;
      // One fuse search per term: its forms and synonyms are alternatives (fuse's `|`), so a field counts once.
      const evidence = new Map<number, number>();
      for (const r of fuseFor(fields).search(anyOf(term.patterns)))
        evidence.set(r.refIndex, (evidence.get(r.refIndex) ?? 0) + fieldEvidence(r.score ?? 1));
      for (const [i, e] of evidence) {
        text[i]! += term.weight * saturate(e);
        covered[i]! += term.weight;
        if (!found.has(i) && docs[i]!.kind === 'tactic') tactics++;
        found.add(i);
      }
    }
    for (const id of hints) {
      const i = situationAt.get(id);
      if (i === undefined) continue;
      text[i]! += hintWeight * HINT_MATCH;
      covered[i]! += hintWeight;
    }
    for (let i = 0; i < docs.length; i++) {
      const c = docs[i]!.kind === 'situation' ? SITUATION_COORDINATION : COORDINATION;
      text[i] = (text[i]! / scale) * (1 - c + c * Math.min(1, covered[i]! / scale));
    }
    // A phrasing the vocabulary ties to a situation names it whatever else the story holds.
    for (const id of hints) {
      const i = situationAt.get(id);
      if (i !== undefined) text[i] = Math.max(text[i]!, HINT_FLOOR);
    }
    return lift(data, text, situationAt);
  };
}

/**
 * Adds to each tactic and playbook the lift of the best situation it is filed under that the query describes, or,
 * when more, of the best playbook the query names that runs it ("listening tour" brings the tour's tactics).
 */
function lift(data: SearchIndexData, text: Float64Array, situationAt: ReadonlyMap<string, number>): Float64Array {
  const scores = new Float64Array(text.length);
  const byPlaybook = new Map<string, number>();
  data.docs.forEach((doc, i) => {
    if (doc.kind === 'playbook' && text[i]! >= PLAYBOOK_MIN)
      for (const id of doc.steps ?? []) byPlaybook.set(id, Math.max(byPlaybook.get(id) ?? 0, text[i]! * PLAYBOOK_LIFT));
  });
  data.docs.forEach((doc, i) => {
    if (doc.kind === 'situation') {
      scores[i] = text[i]!;
      return;
    }
    let best = doc.kind === 'tactic' ? (byPlaybook.get(doc.id) ?? 0) : 0;
    for (let j = 0; j < doc.situations.length && j < SITUATION_LIFT.length; j++) {
      const s = text[situationAt.get(doc.situations[j]!) ?? -1] ?? 0;
      if (s >= SITUATION_MIN) best = Math.max(best, s * SITUATION_LIFT[j]!);
    }
    scores[i] = (text[i]! + best) / (1 + SITUATION_LIFT[0]!);
  });
  return scores;
}
