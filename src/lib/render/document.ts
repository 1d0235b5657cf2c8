/** Plan → one mdast document: the intermediate form the Markdown and HTML renderers both print, so they cannot drift. */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plan } from '../tailor/index.ts';
import { AUDIENCE_LABELS, STAGE_LABELS } from '../taxonomy.ts';
import { blockItem, heading, item, link, list, para, root, strong, table } from './build.ts';
import { timelineSvg } from './timeline.ts';

const ROLE = { lead: 'Lead', contribute: 'Contribute', informed: 'Informed' } as const;

/** The sections of the playbook, in reading order, with their anchor ids (for tables of contents). */
export const SECTIONS = [
  { id: 'your-situation', title: 'Your situation' },
  { id: 'your-timeline', title: 'Your timeline' },
  { id: 'playbooks-that-fit', title: 'Library playbooks that fit' },
  { id: 'who-does-what', title: 'Who does what' },
  { id: 'shared-scorecard', title: 'Shared-metrics scorecard' },
  { id: 'operating-cadence', title: 'Operating cadence' },
  { id: 'checklist', title: 'Checklist' },
  { id: 'credits', title: 'Credits' },
] as const;

const section = (i: number) => heading(2, SECTIONS[i]!.id, SECTIONS[i]!.title);

/** Builds the playbook document for a plan. */
export function planDocument(plan: Plan): Root {
  const p = plan.profile;
  let n = 0;
  const cover: RootContent[] = [
    heading(1, 'title', `PM–PMM playbook for ${plan.company}`),
    para(strong('Prepared for:'), ' ', `a ${AUDIENCE_LABELS[p.reader].toLowerCase()}${p.new_to_company ? ' new to the company' : ''} at a ${STAGE_LABELS[p.stage].toLowerCase()} with a ${p.relationship} PM–PMM relationship.`),
    para(strong('Date:'), ' ', plan.generated.date, ' · ', strong('Content version:'), ' ', plan.generated.contentVersion),
  ];
  const timeline: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `Timeline: ${plan.phases.map((ph) => `${ph.window} (${ph.tactics.length})`).join(' → ')}` }], data: { hName: 'figure', hProperties: { className: ['timeline-figure'] }, hChildren: [timelineSvg(plan)] } };
  const phases = plan.phases.flatMap((phase): RootContent[] => [
    heading(3, phase.id, phase.title),
    ...phase.tactics.flatMap((t): RootContent[] => {
      n += 1;
      return [
        heading(4, `tactic-${t.id}`, `${n}. ${t.title}`),
        para(t.summary),
        para(strong('When:'), ' ', t.when, ' · ', strong('Effort:'), ' ', t.effort, ' · ', strong('Prepare:'), ' ', t.prepare, ' · ', strong('Run:'), ' ', t.run, ' · ', strong('In the room:'), ' ', t.room.join(', ')),
        para(strong('Why it is in your plan:')),
        list(false, t.reasons.map((r) => item([r]))),
        ...(t.yourSide ? [para(strong('Your side:'), ' ', t.yourSide)] : []),
        ...(t.stageNote ? [para(strong(`At a ${STAGE_LABELS[p.stage].toLowerCase()}:`), ' ', t.stageNote)] : []),
        para(strong('Steps:')),
        list(true, t.steps.map((s) => item([s])), 'steps'),
        para(`Check how it is going after ${t.checkAfterWeeks} week${t.checkAfterWeeks === 1 ? '' : 's'}. Full tactic: `, link(t.url, t.title), '.'),
      ];
    }),
  ]);
  return root([
    ...cover,
    section(0),
    para('What the generator read from your profile, and why each situation matters:'),
    list(false, plan.situations.map((s) => blockItem([para(strong(s.title), s.origin === 'named' ? ' (you named it)' : ' (inferred)', ': ', s.why.join(' '))]))),
    section(1),
    timeline,
    ...phases,
    section(2),
    list(false, plan.playbooks.map((pb) => item([link(pb.url, pb.title), `: ${pb.summary} ${pb.why}`]))),
    section(3),
    para(plan.responsibilities.note),
    table(['Activity', 'PM', 'PMM', 'Sales'], plan.responsibilities.rows.map((r) => [r.activity, ROLE[r.pm], ROLE[r.pmm], ROLE[r.sales]]), 'grid'),
    para('Lead: owns it and decides. Contribute: does part of the work. Informed: hears about it in time to act. Each activity has exactly one lead.'),
    section(4),
    para(plan.scorecard.note),
    table(['Owner', ...plan.scorecard.columns], plan.scorecard.groups.flatMap((g) => g.metrics.map((m) => [g.owner, m, '', '', '', '']))),
    section(5),
    table(['Meeting or rule', 'When', 'Who', 'Purpose'], plan.cadence.map((c) => [c.name, c.when, c.who, c.purpose])),
    section(6),
    list(false, plan.phases.flatMap((ph) => ph.tactics.map((t) => item([`${t.title} (${t.when})`], false))), 'checklist'),
    section(7),
    para('The advice in this playbook comes from these practitioners and articles, in our words:'),
    list(false, plan.credits.map((c) => blockItem([para(strong(c.name)), list(false, c.points.map((pt) => item([`${pt.label}: ${pt.summary}`])))]))),
  ]);
}
