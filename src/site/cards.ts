/** Cards as the lists show them: title, summary and a meta line already worded, so components only render. */
import type { Library } from '../core/library/library.ts';
import type { Entry } from '../core/library/types.ts';
import type { Playbook, Situation, Source, Tactic } from '../core/schema/index.ts';
import { sourceName } from '../core/credits.ts';
import { paths } from '../core/url.ts';

/** A link with its text. */
export interface Link {
  href: string;
  label: string;
}

/** One card of a list. */
export interface Card {
  href: string;
  title: string;
  summary: string;
  /** The card's meta line: a count first (shown bold) when `count` is set, then the text. */
  meta: string;
  count?: number;
  /** Links after the meta text (e.g. a download). */
  links?: Link[];
  /** Data attributes for the CSS-only filters (`data-<key>`). */
  filters?: Record<string, string>;
  /** Extra class names, e.g. the filter target. */
  className?: string;
}

/** "1 tactic", "3 tactics". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** A tactic: effort, how long it runs and when results show; its audience, phase and effort feed the filters. */
export function tacticCard({ id, data: d }: Entry<Tactic>): Card {
  return {
    href: paths.tactic(id),
    title: d.title,
    summary: d.summary,
    meta: `Effort: ${d.card.effort} · Runs: ${d.card.run} · Results in ${d.impact}`,
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
    meta: `${d.steps.length} steps · ${d.duration}`,
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
    count: tactics,
    meta: `${tactics === 1 ? 'tactic' : 'tactics'}${playbooks}`,
  };
}

/** A source: how many points it gave and how many tactics use them. */
export function sourceCard(lib: Library, s: Entry<Source>): Card {
  return {
    href: paths.source(s.id),
    title: sourceName(s.data),
    summary: s.data.summary,
    meta: `${count(s.data.points.length, 'point')} · used by ${count(lib.tacticsCiting(s.id).length, 'tactic')}`,
  };
}
