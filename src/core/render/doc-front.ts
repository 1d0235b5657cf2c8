/** The front and back of a playbook: the cover, "Your first two weeks", and the colophon. */
import type { Paragraph, RootContent } from 'mdast';
import type { Plan, Publisher } from '../tailor/index.ts';
import { formatDay } from '../tailor/days.ts';
import { aStage, anAudience } from '../taxonomy.ts';
import { heading, item, link, list, para, strong } from './mdast.ts';

/** A cover paragraph, set apart as a fact about the plan. */
export const facts = (p: Paragraph): Paragraph => ({ ...p, data: { hProperties: { className: ['cover-facts'] } } });

/** The playbook's title, as the cover and the HTML page show it. */
export const playbookTitle = (plan: Plan) => `PM–PMM playbook for ${plan.company}`;

/** The cover: the company, who it is for and when it starts (the content version is in the colophon). */
export function cover(plan: Plan, id: string): RootContent[] {
  const p = plan.profile;
  const reader = `${anAudience(p.reader)}${p.new_to_company ? ' new to the company' : ''}`;
  return [
    heading(1, id, playbookTitle(plan)),
    facts(
      para(
        strong('Prepared for:'),
        ' ',
        `${reader} at ${aStage(p.stage)} with a ${p.relationship} PM–PMM relationship.`,
      ),
    ),
    facts(
      para(
        strong('Starts:'),
        ' ',
        formatDay(plan.start, { weekday: true, year: true }),
        ...(plan.launch ? [' · ', strong('Launch week:'), ' ', plan.launch.week] : []),
      ),
    ),
    ...publisherFacts(plan.publisher),
    {
      ...para(
        'How to use it: start with your first two weeks, then work through the timeline in order. Each tactic says why it matters for you now, what to do step by step, and the day to check how it is going. The grid, scorecard and cadence near the end are templates to agree with your counterparts; the checklist is for ticking off by hand.',
      ),
      data: { hProperties: { className: ['cover-end'] } },
    },
  ];
}

/** "From: the company · Questions: who to ask", when the company config names them (tailored and library covers). */
export function publisherFacts(publisher: Publisher | undefined): RootContent[] {
  const { organisation, contact } = publisher ?? {};
  if (!organisation && !contact) return [];
  return [
    facts(
      para(
        ...(organisation ? [strong('From:'), ' ', organisation] : []),
        ...(organisation && contact ? [' · '] : []),
        ...(contact ? [strong('Questions:'), ' ', link(contact.url, contact.label)] : []),
      ),
    ),
  ];
}

/** The first two weeks: three to five things to do, who to talk to, and what to have by day 14. */
export function firstTwoWeeks(plan: Plan, id: string, title: string): RootContent[] {
  const f = plan.firstWeeks;
  return [
    heading(2, id, title),
    para(`${f.dates}. Do these first, in this order:`),
    list(
      true,
      f.actions.map((a) =>
        item([link(a.url, a.title), `. ${a.what} ${a.with ? `With: ${a.with}. ` : ''}${a.starts}.`]),
      ),
    ),
    para(strong('Who to talk to:'), ' ', f.talkTo),
    para(strong('By day 14 you have:')),
    list(
      false,
      f.byDay14.map((b) => item([b])),
    ),
  ];
}

/** The colophon: how the playbook was made and where its links lead, for whoever keeps it up to date. */
export function colophon(plan: Plan, id: string, title: string): RootContent[] {
  const site = plan.phases[0]?.tactics[0]?.url.match(/^https?:\/\/[^/]+/)?.[0];
  return [
    heading(2, id, title),
    para(
      `Written by Playbook on ${formatDay(plan.generated.date, { year: true })} from content version ${plan.generated.contentVersion}, for ${plan.company}. `,
      'The advice comes from the practitioners and articles listed under Credits, in our words; the full reasons for each choice are in the JSON version of this playbook.',
    ),
    para(
      site
        ? `Every tactic and playbook named here has its own page on ${site}, with templates and the full steps.`
        : 'Every tactic and playbook named here has its own page on your company’s Playbook site, at the path given beside it (such as /tactics/…); ask whoever runs the site for its address.',
    ),
  ];
}
