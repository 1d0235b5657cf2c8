/** Plan → one mdast document: the intermediate form the Markdown and HTML renderers both print, so they cannot drift. */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { slug } from 'github-slugger';
import type { Plan } from '../tailor/index.ts';
import { aStage, anAudience } from '../taxonomy.ts';
import { blockItem, heading, item, link, list, para, root, strong, table } from './mdast.ts';
import { timelineSvg } from './timeline.ts';

const ROLE = { lead: 'Lead', contribute: 'Contribute', informed: 'Informed' } as const;

/** The sections of the playbook, in reading order, with their anchor ids (for tables of contents). */
export const SECTIONS = [
  'Your situation',
  'Your timeline',
  'Library playbooks that fit',
  'Who does what',
  'Shared-metrics scorecard',
  'Operating cadence',
  'Checklist',
  'Credits',
].map((title) => ({ id: anchor(title), title }));

/** Heading ids are GitHub's slugs of the heading text, so Markdown viewers and our HTML agree on anchors. */
export function anchor(title: string): string {
  return slug(title);
}

const section = (i: number) => heading(2, SECTIONS[i]!.id, SECTIONS[i]!.title);

/** The entries of the table of contents: the sections, with the timeline's phases under it. */
export function contentsEntries(plan: Plan): { id: string; title: string; depth: 2 | 3 }[] {
  return SECTIONS.flatMap((s) => [
    { id: s.id, title: s.title, depth: 2 as const },
    ...(s.id === 'your-timeline'
      ? plan.phases.map((ph) => ({ id: anchor(ph.title), title: ph.title, depth: 3 as const }))
      : []),
  ]);
}

/** Options: `pages` maps a contents entry's title to its printed page (the PDF's second pass). */
export interface DocumentOptions {
  pages?: Record<string, number>;
}

/** The table of contents as a list of links, with page numbers when known. */
function contents(plan: Plan, pages?: Record<string, number>): RootContent[] {
  const entry = (e: { id: string; title: string }) =>
    item([
      link(`#${e.id}`, e.title),
      ...(pages
        ? [
            {
              type: 'emphasis',
              data: { hName: 'span', hProperties: { className: ['page'] } },
              children: [{ type: 'text', value: String(pages[e.title] ?? '') }],
            } as PhrasingContent,
          ]
        : []),
    ]);
  const entries = contentsEntries(plan);
  const top = entries
    .filter((e) => e.depth === 2)
    .map((e) => {
      const children = entries.filter((c) => c.depth === 3 && e.id === 'your-timeline');
      const li = entry(e);
      if (children.length) li.children.push(list(false, children.map(entry)));
      return li;
    });
  return [heading(2, 'contents', 'Contents'), list(false, top, 'contents')];
}

/** Builds the playbook document for a plan. */
export function planDocument(plan: Plan, options: DocumentOptions = {}): Root {
  const p = plan.profile;
  let n = 0;
  const cover: RootContent[] = [
    heading(1, anchor(`PM–PMM playbook for ${plan.company}`), `PM–PMM playbook for ${plan.company}`),
    para(
      strong('Prepared for:'),
      ' ',
      `${anAudience(p.reader)}${p.new_to_company ? ' new to the company' : ''} at ${aStage(p.stage)} with a ${p.relationship} PM–PMM relationship.`,
    ),
    para(
      strong('Date:'),
      ' ',
      plan.generated.date,
      ' · ',
      strong('Content version:'),
      ' ',
      plan.generated.contentVersion,
    ),
    {
      ...para(
        'How to use it: work through the timeline in order. Each tactic says why it is in your plan, what to do step by step, and when to check how it is going. The grid, scorecard and cadence near the end are templates to agree with your counterparts; the checklist is for ticking off by hand.',
      ),
      data: { hProperties: { className: ['cover-end'] } },
    },
  ];
  const timeline: Paragraph = {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        value: `Timeline: ${plan.phases.map((ph) => `${ph.window} (${ph.tactics.length})`).join(' → ')}`,
      },
    ],
    data: { hName: 'figure', hProperties: { className: ['timeline-figure'] }, hChildren: [timelineSvg(plan)] },
  };
  const phases = plan.phases.flatMap((phase): RootContent[] => [
    heading(3, anchor(phase.title), phase.title),
    ...phase.tactics.flatMap((t): RootContent[] => {
      n += 1;
      return [
        heading(4, anchor(`${n}. ${t.title}`), `${n}. ${t.title}`),
        para(t.summary),
        para(
          strong('When:'),
          ' ',
          t.when,
          ' · ',
          strong('Effort:'),
          ' ',
          t.effort,
          ' · ',
          strong('Prepare:'),
          ' ',
          t.prepare,
          ' · ',
          strong('Run:'),
          ' ',
          t.run,
          ' · ',
          strong('In the room:'),
          ' ',
          t.room.join(', '),
        ),
        para(strong('Why it is in your plan:')),
        list(
          false,
          t.reasons.map((r) => item([r])),
        ),
        ...(t.yourSide ? [para(strong('Your side:'), ' ', t.yourSide)] : []),
        ...(t.stageNote ? [para(strong(`At ${aStage(p.stage)}:`), ' ', t.stageNote)] : []),
        para(strong('Steps:')),
        list(
          true,
          t.steps.map((s) => item([s])),
          'steps',
        ),
        para(
          `Check how it is going after ${t.checkAfterWeeks} week${t.checkAfterWeeks === 1 ? '' : 's'}. Full tactic: `,
          link(t.url, t.title),
          '.',
        ),
      ];
    }),
  ]);
  return root([
    ...cover,
    ...contents(plan, options.pages),
    section(0),
    para('What the generator read from your profile, and why each situation matters:'),
    list(
      false,
      plan.situations.map((s) =>
        blockItem([
          para(strong(s.title), s.origin === 'named' ? ' (you named it)' : ' (inferred)', ': ', s.why.join(' ')),
        ]),
      ),
    ),
    section(1),
    timeline,
    ...phases,
    section(2),
    list(
      false,
      plan.playbooks.map((pb) => item([link(pb.url, pb.title), `: ${pb.summary} ${pb.why}`])),
    ),
    section(3),
    para(plan.responsibilities.note),
    table(
      ['Activity', 'PM', 'PMM', 'Sales'],
      plan.responsibilities.rows.map((r) => [r.activity, ROLE[r.pm], ROLE[r.pmm], ROLE[r.sales]]),
      'responsibilities',
    ),
    para(
      'Lead: owns it and decides. Contribute: does part of the work. Informed: hears about it in time to act. Each activity has exactly one lead.',
    ),
    section(4),
    para(plan.scorecard.note),
    table(
      ['Owner', ...plan.scorecard.columns],
      plan.scorecard.groups.flatMap((g) => g.metrics.map((m) => [g.owner, m, '', '', '', ''])),
    ),
    section(5),
    table(
      ['Meeting or rule', 'When', 'Who', 'Purpose'],
      plan.cadence.map((c) => [c.name, c.when, c.who, c.purpose]),
    ),
    section(6),
    list(
      false,
      plan.phases.flatMap((ph) => ph.tactics.map((t) => item([`${t.title} (${t.when})`], false))),
      'checklist',
    ),
    section(7),
    para('The advice in this playbook comes from these practitioners and articles, in our words:'),
    list(
      false,
      plan.credits.map((c) =>
        blockItem([
          para(strong(c.name)),
          list(
            false,
            c.points.map((pt) => item([`${pt.label}: ${pt.summary}`])),
          ),
        ]),
      ),
    ),
  ]);
}
