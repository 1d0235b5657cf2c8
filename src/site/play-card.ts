/** The play card of a tactic as rows of term and detail: what it takes, who runs it, who is in the room, its templates. */
import type { Tactic } from '../core/schema/index.ts';
import { AUDIENCE_LABELS, EFFORT_DEFINITIONS, PHASE_LABELS, STAGE_LABELS } from '../core/taxonomy.ts';
import { count, plural, type Link } from './cards.ts';
import type { IconName } from './icons.ts';

/** The card: its heading and rows (the effort row's level is shown strong, then its definition; links follow the detail). */
export interface PlayCardData {
  id: string;
  heading: string;
  rows: { term: string; detail: string; strong?: string; icon: IconName; links?: Link[] }[];
}

/** Words a play card in the site's terms; `templates` are the body's tables, linked by their headings. */
export function playCard(t: Tactic, section: { id: string; text: string }, templates: Link[] = []): PlayCardData {
  return {
    id: section.id,
    heading: section.text,
    rows: [
      { term: 'Who runs it', icon: 'who', detail: t.audience.map((a) => AUDIENCE_LABELS[a]).join(', ') },
      { term: 'Who is in the room', icon: 'room', detail: t.card.room.join(', ') },
      { term: 'Time to prepare', icon: 'prepare', detail: t.card.prepare },
      { term: 'Time to run', icon: 'time', detail: t.card.run },
      {
        term: 'Effort',
        icon: 'effort',
        strong: t.card.effort,
        detail: ` (${EFFORT_DEFINITIONS[t.card.effort]})`,
      },
      { term: 'Phase', icon: 'phase', detail: PHASE_LABELS[t.phase] },
      {
        term: 'Results in',
        icon: 'results',
        detail: `${t.impact}; check again after ${count(t.revisit_weeks, 'week')}`,
      },
      {
        term: 'Fits',
        icon: 'fits',
        detail: `${t.stages.map((s) => STAGE_LABELS[s]).join(', ')} · relationship ${t.relationship.join(', ')}`,
      },
      ...(templates.length
        ? [{ term: plural(templates.length, 'Template'), icon: 'template', detail: '', links: templates } as const]
        : []),
    ],
  };
}
