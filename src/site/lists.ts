/** The list pages' data: home, situations, playbooks, sources and the filterable tactics list. */
import type { Library } from '../core/library/library.ts';
import { AUDIENCES, AUDIENCE_LABELS, EFFORTS, PHASES, PHASE_LABELS } from '../core/taxonomy.ts';
import { paths } from '../core/url.ts';
import { count, playbookCard, situationCard, sourceCard, tacticCard, type Card, type Link } from './cards.ts';
import { exampleCards, examplesIndex } from './examples.ts';
import { filterCss, filterId, type FilterGroup } from './filters.ts';

/** The home page: situations with counts, featured playbooks, example companies. */
export function homePage(lib: Library) {
  const examples = examplesIndex(lib);
  return {
    situations: lib.situations.map((s) => situationCard(lib, s)),
    featured: lib.playbooks.filter((p) => p.data.featured).map(playbookCard),
    more: [
      { href: paths.playbooks(), label: `All ${count(lib.playbooks.length, 'playbook')}` },
      { href: paths.tactics(), label: `All ${count(lib.tactics.length, 'tactic')}` },
    ] satisfies Link[],
    examples: { cards: examples.cards, all: { href: examples.href, label: 'All example playbooks' } satisfies Link },
    tailor: paths.tailor(),
  };
}

/** Every situation, with its tactic and playbook counts. */
export const situationCards = (lib: Library): Card[] => lib.situations.map((s) => situationCard(lib, s, true));

/** The playbooks list: every playbook (featured first), then the way to the example playbooks. */
export function playbooksPage(lib: Library) {
  const examples = exampleCards(lib);
  return {
    cards: lib.playbooks.map(playbookCard),
    examples: {
      href: examplesIndex(lib).href,
      label: `See the ${count(examples.length, 'example playbook')}`,
      companies: examples.map((c) => c.title).join(', '),
      count: examples.length,
    },
  };
}

/** Every source. */
export const sourceCards = (lib: Library): Card[] => lib.sources.map((s) => sourceCard(lib, s));

/** The tactics list: cards, the filter groups (each option with its input id and how many tactics it keeps), the filtering CSS. */
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
  const cards = lib.tactics.map((t) => tacticCard(t));
  const matching = (key: string, value: string) =>
    cards.filter((c) => c.filters![key]!.split(' ').includes(value)).length;
  return {
    lede: `${count(lib.tactics.length, 'thing')} you can do this week. Narrow the list by who runs it, the phase you are in, or the effort you can spare.`,
    any: cards.length,
    groups: groups.map((g) => ({
      ...g,
      options: g.options.map((o) => ({ ...o, id: filterId(g.key, o.value), count: matching(g.key, o.value) })),
    })),
    css: filterCss(groups, '.tactic-card'),
    cards,
  };
}
