/** Shapes scored documents into the answer: tactics, playbooks and situations, each cut against its own best. */
import type { DocKind, DocMeta, SearchFilters, SearchHit, SearchOptions, SearchResults } from './types.ts';

/** Tactics returned when no limit is given. */
export const DEFAULT_LIMIT = 10;
/** Results below this share of the best of their kind are noise from one weak term, not answers. */
const RELATIVE_MIN = 0.25;
/** A situation must score this much (of a perfect match) to be suggested: a stray shared word is not a diagnosis. */
const SITUATION_MIN = 0.2;
/** Playbooks and situations offered beside the tactics. */
const SIDE_LIMIT = 3;

/**
 * Ranks each kind against its own best score, so a strong playbook title never hides the tactics, then applies
 * filters and limits. Works on positions and copies only what it returns, so a large library allocates little.
 */
export function answer(
  docs: readonly DocMeta[],
  scores: Float64Array,
  options: SearchOptions,
): Omit<SearchResults, 'query' | 'terms' | 'understood'> {
  const filters = options.filters ?? {};
  const ranked = (kind: DocKind, filtered: boolean, floor = 0) => {
    let best = 0;
    for (let i = 0; i < docs.length; i++) if (docs[i]!.kind === kind && scores[i]! > best) best = scores[i]!;
    const min = Math.max(floor, best * RELATIVE_MIN);
    const found: number[] = [];
    for (let i = 0; i < docs.length; i++) {
      const doc = docs[i]!;
      if (doc.kind === kind && scores[i]! > 0 && scores[i]! >= min && (!filtered || matchesFilters(doc, filters)))
        found.push(i);
    }
    return found.sort((a, b) => scores[b]! - scores[a]! || docs[a]!.title.localeCompare(docs[b]!.title));
  };
  // Scores can pass 1 when a long story matches many words: shown capped, ranked uncapped.
  const hit = (i: number): SearchHit => ({ ...docs[i]!, score: Math.round(Math.min(1, scores[i]!) * 1000) / 1000 });
  const tactics = ranked('tactic', true);
  return {
    results: tactics.slice(0, Math.max(0, options.limit ?? DEFAULT_LIMIT)).map(hit),
    total: tactics.length,
    playbooks: ranked('playbook', true).slice(0, SIDE_LIMIT).map(hit),
    situations: ranked('situation', false, SITUATION_MIN).slice(0, SIDE_LIMIT).map(hit),
  };
}

/** True when a document passes every filter that is set. */
function matchesFilters(doc: DocMeta, filters: SearchFilters): boolean {
  return (
    (!filters.situation || doc.situations.includes(filters.situation)) &&
    (!filters.audience || doc.audience.includes(filters.audience)) &&
    (!filters.stage || doc.stages.includes(filters.stage))
  );
}
