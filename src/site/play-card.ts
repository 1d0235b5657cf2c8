/** The play card of a tactic as rows of term and detail: what it takes, who runs it, who is in the room. */
import type { Tactic } from '../core/schema/index.ts';
import { AUDIENCE_LABELS, EFFORT_DEFINITIONS, PHASE_LABELS, STAGE_LABELS } from '../core/taxonomy.ts';
import { count } from './cards.ts';

/** The card: its heading and rows (the effort row's level is shown strong, then its definition). */
export interface PlayCardData {
  id: string;
  heading: string;
  rows: { term: string; detail: string; strong?: string }[];
}

/** Words a play card in the site's terms. */
export function playCard(t: Tactic, section: { id: string; text: string }): PlayCardData {
  return {
    id: section.id,
    heading: section.text,
    rows: [
      { term: 'Who runs it', detail: t.audience.map((a) => AUDIENCE_LABELS[a]).join(', ') },
      { term: 'Who is in the room', detail: t.card.room.join(', ') },
      { term: 'Time to prepare', detail: t.card.prepare },
      { term: 'Time to run', detail: t.card.run },
      { term: 'Effort', strong: t.card.effort, detail: ` (${EFFORT_DEFINITIONS[t.card.effort]})` },
      { term: 'Phase', detail: PHASE_LABELS[t.phase] },
      { term: 'Results in', detail: `${t.impact}; check again after ${count(t.revisit_weeks, 'week')}` },
      {
        term: 'Fits',
        detail: `${t.stages.map((s) => STAGE_LABELS[s]).join(', ')} · relationship ${t.relationship.join(', ')}`,
      },
    ],
  };
}
