/** A situation page's data: what it is, how people say it, its playbooks and tactics. */
import type { Library } from '../core/library/library.ts';
import { paths } from '../core/url.ts';
import { playbookCard, tacticCard, type Card } from './cards.ts';
import type { PageFrame } from './frame.ts';

/** Everything the situation route renders. */
export interface SituationPage extends PageFrame {
  lede: string;
  phrases: string[];
  playbooks: Card[];
  tactics: Card[];
}

/** Composes one situation's page. */
export function situationPage(lib: Library, id: string): SituationPage {
  const s = lib.situation(id).data;
  return {
    title: s.title,
    description: s.short,
    section: 'situations',
    crumbs: [{ label: 'Situations', href: paths.situations() }],
    lede: s.description,
    phrases: s.phrases.map((p) => `“${p}”`),
    playbooks: lib.playbooksFor(id).map(playbookCard),
    tactics: lib.tacticsFor(id).map(tacticCard),
  };
}
