/** The list pages' data: home, situations, playbooks, sources and the filterable tactics list. */
import type { Library } from '../core/library/library.ts';
import { AUDIENCES, AUDIENCE_LABELS, EFFORTS, PHASES, PHASE_LABELS } from '../core/taxonomy.ts';
import { paths } from '../core/url.ts';
import { playbookCard, situationCard, sourceCard, tacticCard, type Card, type Link } from './cards.ts';
import { exampleCards } from './examples.ts';
import { filterCss, filterId, type FilterGroup } from './filters.ts';

/** The home page: situations with counts, featured playbooks, example companies. */
export function homePage(lib: Library) {
  return {
    situations: lib.situations.map((s) => situationCard(lib, s)),
    featured: lib.playbooks.filter((p) => p.data.featured).map(playbookCard),
    more: [
      { href: paths.playbooks(), label: 'All playbooks' },
      { href: paths.tactics(), label: `All ${lib.tactics.length} tactics` },
    ] satisfies Link[],
    examples: exampleCards(lib),
    tailor: paths.tailor(),
  };
}

/** Every situation, with its tactic and playbook counts. */
export const situationCards = (lib: Library): Card[] => lib.situations.map((s) => situationCard(lib, s, true));

/** Every playbook, featured first. */
export const playbookCards = (lib: Library): Card[] => lib.playbooks.map(playbookCard);

/** Every source. */
export const sourceCards = (lib: Library): Card[] => lib.sources.map((s) => sourceCard(lib, s));

/** The tactics list: cards, the filter groups with their input ids, and the CSS that does the filtering. */
export function tacticsPage(lib: Library) {
  const groups: FilterGroup[] = [
    {
      key: 'audience',
      legend: 'Who runs it',
      options: AUDIENCES.map((a) => ({ value: a, label: AUDIENCE_LABELS[a] })),
    },
    { key: 'phase', legend: 'Phase', options: PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] })) },
    { key: 'effort', legend: 'Effort', options: EFFORTS.map((e) => ({ value: e, label: e })) },
  ];
  return {
    lede: `${lib.tactics.length} things you can do this week. Narrow the list by who runs it, the phase you are in, or the effort you can spare.`,
    groups: groups.map((g) => ({ ...g, options: g.options.map((o) => ({ ...o, id: filterId(g.key, o.value) })) })),
    css: filterCss(groups, '.tactic-card'),
    cards: lib.tactics.map(tacticCard),
  };
}
