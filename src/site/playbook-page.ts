/** A playbook page's data: at a glance, the ordered steps with their timing, the checklist (one checkbox per item). */
import type { Library } from '../core/library/library.ts';
import { AUDIENCE_LABELS } from '../core/taxonomy.ts';
import { paths } from '../core/url.ts';
import type { Link } from './cards.ts';
import { checklistItems, type ChecklistItem } from './checklist.ts';
import type { PageFrame } from './frame.ts';

/** Ids of the page's own sections, for the outline and the headings alike. */
export const PLAYBOOK_SECTIONS = {
  glance: { id: 'at-a-glance', text: 'At a glance' },
  steps: { id: 'steps', text: 'Steps' },
  checklist: { id: 'checklist', text: 'Checklist' },
} as const;

/** One step: when, which tactic, the note and what it takes. */
export interface PlaybookStep {
  when: string;
  tactic: Link;
  note: string;
  takes: string;
}

/** Everything the playbook route renders besides the body. */
export interface PlaybookPage extends PageFrame {
  summary: string;
  pdf: string;
  glance: { term: string; detail: string }[];
  situations: Link[];
  steps: PlaybookStep[];
  checklist: ChecklistItem[];
}

/** Composes one playbook's page. */
export function playbookPage(lib: Library, id: string): PlaybookPage {
  const p = lib.playbook(id).data;
  const s = PLAYBOOK_SECTIONS;
  return {
    title: p.title,
    description: p.summary,
    section: 'playbooks',
    crumbs: [{ label: 'Playbooks', href: paths.playbooks() }],
    outline: [s.glance, s.steps, s.checklist].map((x) => ({ depth: 2, ...x })),
    summary: p.summary,
    pdf: paths.playbookPdf(id),
    glance: [
      { term: 'Goal', detail: p.goal },
      { term: 'How long', detail: p.duration },
      { term: 'Who is in the room', detail: p.room.join(', ') },
      { term: 'For', detail: p.audience.map((a) => AUDIENCE_LABELS[a]).join(', ') },
    ],
    situations: p.situations.map((sid) => ({ href: paths.situation(sid), label: lib.situation(sid).data.title })),
    steps: p.steps.map((step) => {
      const t = lib.tactic(step.tactic).data;
      return {
        when: step.when,
        tactic: { href: paths.tactic(step.tactic), label: t.title },
        note: step.note ?? t.summary,
        takes: `Prepare ${t.card.prepare}; run ${t.card.run}; effort ${t.card.effort}.`,
      };
    }),
    checklist: checklistItems(p.checklist),
  };
}
