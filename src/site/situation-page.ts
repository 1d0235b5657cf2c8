/** A situation page's data: what it is in a line, where to start (three tactics in the order to run them), the rest, playbooks, more about it. */
import type { Library } from '../core/library/library.ts';
import type { Entry } from '../core/library/types.ts';
import type { Tactic } from '../core/schema/index.ts';
import { EFFORTS, PHASES } from '../core/taxonomy.ts';
import { paths } from '../core/url.ts';
import { count, playbookCard, tacticCard, type Card } from './cards.ts';
import type { PageFrame } from './frame.ts';

/** How many tactics "Start here" names. */
const START_WITH = 3;

/** Everything the situation route renders. */
export interface SituationPage extends PageFrame {
  /** One line on what it is (the page opens with it, then "Start here"); the longer description comes after the tactics. */
  lede: string;
  about: string;
  phrases: string[];
  /** The first tactics to run, in order, and how that order was chosen. */
  start: { cards: Card[]; why: string };
  /** The other tactics, in the same order, under a heading with their count. */
  more: { heading: string; cards: Card[] };
  playbooks: Card[];
}

/**
 * The order to run a situation's tactics in: earlier phases first (listen before reset, align, build, sustain), then
 * the lighter effort, then the library's own order (by title). Array sort is stable, so ties keep that order.
 */
function runOrder(tactics: Entry<Tactic>[]): Entry<Tactic>[] {
  const rank = (t: Entry<Tactic>) =>
    PHASES.indexOf(t.data.phase) * EFFORTS.length + EFFORTS.indexOf(t.data.card.effort);
  return [...tactics].sort((a, b) => rank(a) - rank(b));
}

/** Composes one situation's page. */
export function situationPage(lib: Library, id: string): SituationPage {
  const s = lib.situation(id).data;
  const ordered = runOrder(lib.tacticsFor(id));
  const rest = ordered.slice(START_WITH);
  return {
    title: s.title,
    description: s.short,
    section: 'situations',
    crumbs: [{ label: 'Situations', href: paths.situations() }],
    lede: s.short,
    about: s.description,
    phrases: s.phrases.map((p) => `“${p}”`),
    start: {
      cards: ordered.slice(0, START_WITH).map((t) => tacticCard(t, true)),
      why: 'In the order to run them: listen and diagnose first, then reset, align, build and sustain; the lighter one first where two share a phase.',
    },
    more: {
      heading: rest.length ? `${count(rest.length, 'more tactic')} for this` : '',
      cards: rest.map((t) => tacticCard(t)),
    },
    playbooks: lib.playbooksFor(id).map(playbookCard),
  };
}
