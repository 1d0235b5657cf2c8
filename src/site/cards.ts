/** Cards as the lists show them: title, summary and a meta line already worded, so components only render. */
import type { Library } from '../core/library/library.ts';
import type { Entry } from '../core/library/types.ts';
import type { Playbook, Situation, Source, Tactic } from '../core/schema/index.ts';
import { sourceName } from '../core/credits.ts';
import { AUDIENCE_LABELS, PHASE_LABELS } from '../core/taxonomy.ts';
import { paths } from '../core/url.ts';
import type { IconName, Kind } from './icons.ts';
import { tacticTemplates } from './templates.ts';
import { count, plural } from './wording.ts';

/** A link with its text. */
export interface Link {
  href: string;
  label: string;
}

/** One labelled fact of a card (who runs it, effort, time), with the icon shown beside its label. */
export interface Fact {
  icon: IconName;
  label: string;
  value: string;
}

/** One card of a list. */
export interface Card {
  href: string;
  title: string;
  summary: string;
  /** The card's meta line: a count first (shown bold) when `count` is set, then the text. */
  meta: string;
  count?: number;
  /** What the card is (icon, label and accent); cards without one show neither. */
  kind?: Kind;
  /** Labelled facts shown between the summary and the meta line. */
  facts?: Fact[];
  /** Links after the meta text (e.g. a download). */
  links?: Link[];
  /** Data attributes for the CSS-only filters (`data-<key>`). */
  filters?: Record<string, string>;
  /** Extra class names, e.g. the filter target. */
  className?: string;
}

// The counting words live in wording.ts (the page scripts use them too); pages take them from here.
export { count, plural } from './wording.ts';

/** Who runs a tactic, how much effort it takes and how long it runs: the facts every tactic card shows. */
function tacticFacts(t: Tactic, withPhase = false): Fact[] {
  return [
    ...(withPhase ? [{ icon: 'phase', label: 'Phase', value: PHASE_LABELS[t.phase] } as const] : []),
    { icon: 'who', label: 'Who runs it', value: t.audience.map((a) => AUDIENCE_LABELS[a]).join(', ') },
    { icon: 'effort', label: 'Effort', value: t.card.effort },
    { icon: 'time', label: 'Time to run', value: t.card.run },
  ];
}

/** A tactic: who runs it, effort, time to run, when results show and any template; audience, phase and effort feed the filters. */
export function tacticCard(tactic: Entry<Tactic>, withPhase = false): Card {
  const { id, data: d } = tactic;
  const templates = tacticTemplates(tactic).length;
  return {
    href: paths.tactic(id),
    title: d.title,
    summary: d.summary,
    kind: 'tactic',
    facts: tacticFacts(d, withPhase),
    meta: `Results in ${d.impact}${templates ? ` · includes ${templates === 1 ? 'a template' : count(templates, 'template')}` : ''}`,
    filters: { audience: d.audience.join(' '), phase: d.phase, effort: d.card.effort },
    className: 'tactic-card',
  };
}

/** A playbook: how many steps and how long it runs. */
export function playbookCard({ id, data: d }: Entry<Playbook>): Card {
  return {
    href: paths.playbook(id),
    title: d.title,
    summary: d.summary,
    kind: 'playbook',
    meta: `${count(d.steps.length, 'step')} · ${d.duration}`,
  };
}

/** A situation with its tactic count, and its playbook count when asked. */
export function situationCard(lib: Library, s: Entry<Situation>, withPlaybooks = false): Card {
  const tactics = lib.tacticsFor(s.id).length;
  const playbooks = withPlaybooks ? ` · ${count(lib.playbooksFor(s.id).length, 'playbook')}` : '';
  return {
    href: paths.situation(s.id),
    title: s.data.title,
    summary: s.data.short,
    kind: 'situation',
    count: tactics,
    meta: `${plural(tactics, 'tactic')}${playbooks}`,
  };
}

/** A source: how many points it gave and how many tactics use them. */
export function sourceCard(lib: Library, s: Entry<Source>): Card {
  return {
    href: paths.source(s.id),
    title: sourceName(s.data),
    summary: s.data.summary,
    kind: 'source',
    meta: `${count(s.data.points.length, 'point')} · used by ${count(lib.tacticsCiting(s.id).length, 'tactic')}`,
  };
}
