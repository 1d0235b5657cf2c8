/** The templates near the end of a playbook: who does what, the shared-metrics scorecard, the operating cadence. */
import type { Heading, RootContent } from 'mdast';
import type { Plan } from '../tailor/index.ts';
import { para, table } from './mdast.ts';

const ROLE = { lead: 'Lead', contribute: 'Contribute', informed: 'Informed' } as const;

type Title = { id: string; title: string };

/** The three templates, each under its section heading. */
export function templates(
  plan: Plan,
  titles: { grid: Title; score: Title; meetings: Title },
  section: (t: Title) => Heading,
): RootContent[] {
  return [
    section(titles.grid),
    para(plan.responsibilities.note),
    table(
      ['Activity', 'PM', 'PMM', 'Sales'],
      plan.responsibilities.rows.map((r) => [r.activity, ROLE[r.pm], ROLE[r.pmm], ROLE[r.sales]]),
      'responsibilities',
    ),
    para(
      'Lead: owns it and decides. Contribute: does part of the work. Informed: hears about it in time to act. Each activity has exactly one lead.',
    ),
    section(titles.score),
    para(plan.scorecard.note),
    table(
      ['Owner', ...plan.scorecard.columns],
      plan.scorecard.groups.flatMap((g) => g.metrics.map((m) => [g.owner, m, '', '', '', ''])),
    ),
    section(titles.meetings),
    table(
      ['Meeting or rule', 'When', 'Who', 'Purpose'],
      plan.cadence.map((c) => [c.name, c.when, c.who, c.purpose]),
    ),
  ];
}
