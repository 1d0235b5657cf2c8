/** A tactic page's data: the play card, the reader's side, related tactics, playbook pagers, credits and outline. */
import type { Library } from '../core/library/library.ts';
import { renderBody } from '../core/markdown/render-body.ts';
import { isMdxFile } from '../core/markdown/parse.ts';
import { AUDIENCES, AUDIENCE_LABELS, STAGES, aStage } from '../core/taxonomy.ts';
import { paths } from '../core/url.ts';
import { tacticCard, type Card, type Link } from './cards.ts';
import { credits, type CreditGroup } from './credits.ts';
import type { PageFrame } from './frame.ts';
import { playCard, type PlayCardData } from './play-card.ts';
import { pager, type Pager } from './pager.ts';
import { tacticTemplates } from './templates.ts';

/** Ids of the sections the page adds around the body: the outline and the components both use these. */
export const TACTIC_SECTIONS = {
  playCard: { id: 'play-card-title', text: 'Play card' },
  yourSide: { id: 'your-side', text: 'Your side of it' },
  related: { id: 'related-title', text: 'Related tactics' },
  credits: { id: 'credits-title', text: 'Credits' },
} as const;

/** Everything the tactic route renders besides the body. */
export interface TacticPage extends PageFrame {
  summary: string;
  situations: Link[];
  playCard: PlayCardData;
  perspectives: { who: string; text: string }[];
  stageNotes: { label: string; text: string }[];
  related: Card[];
  pagers: Pager[];
  credits: CreditGroup[];
}

/** Composes one tactic's page. */
export function tacticPage(lib: Library, id: string): TacticPage {
  const tactic = lib.tactic(id);
  const t = tactic.data;
  const s = TACTIC_SECTIONS;
  return {
    title: t.title,
    description: t.summary,
    section: 'tactics',
    crumbs: [{ label: 'Tactics', href: paths.tactics() }],
    outline: [
      { depth: 2, ...s.playCard },
      { depth: 2, ...s.yourSide },
      ...renderBody(tactic.body, { mdx: isMdxFile(tactic.file) }).outline,
      { depth: 2, ...s.credits },
    ],
    summary: t.summary,
    situations: t.situations.map((sid) => ({ href: paths.situation(sid), label: lib.situation(sid).data.title })),
    playCard: playCard(t, s.playCard, tacticTemplates(tactic)),
    perspectives: AUDIENCES.flatMap((a) =>
      t.perspectives[a] ? [{ who: AUDIENCE_LABELS[a], text: t.perspectives[a]! }] : [],
    ),
    stageNotes: STAGES.flatMap((st) =>
      t.stage_notes[st] ? [{ label: `At ${aStage(st)}:`, text: t.stage_notes[st]! }] : [],
    ),
    related: t.related.map((rid) => tacticCard(lib.tactic(rid))),
    pagers: lib.playbooksWith(id).map((p) => pager(lib, p, id)),
    credits: credits(lib, tactic),
  };
}
