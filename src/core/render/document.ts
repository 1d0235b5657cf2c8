/** Plan → one mdast document: the intermediate form the Markdown and HTML renderers both print, so they cannot drift. */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { slug } from 'github-slugger';
import type { Plan } from '../tailor/index.ts';
import { blockItem, heading, item, link, list, para, root, strong } from './mdast.ts';
import { colophon, cover, firstTwoWeeks, playbookTitle } from './doc-front.ts';
import { templates } from './doc-templates.ts';
import { formatDay } from '../tailor/days.ts';
import { timelineSection } from './doc-timeline.ts';

const anchors = new Map<string, string>();

/** The sections of the playbook, in reading order, with their anchor ids (for tables of contents). */
export const SECTIONS = [
  'Your first two weeks',
  'Your situation',
  'Your timeline',
  'Library playbooks that fit',
  'Who does what',
  'Shared-metrics scorecard',
  'Operating cadence',
  'Checklist',
  'Credits',
  'About this playbook',
].map((title) => ({ id: anchor(title), title }));

/** Heading ids are GitHub's slugs of the heading text, so Markdown viewers and our HTML agree on anchors. */
export function anchor(title: string): string {
  let id = anchors.get(title);
  if (id === undefined) {
    // Titles repeat across plans (tactics, their numbers, windows); a batch of new ones starts the memory afresh.
    if (anchors.size >= 20_000) anchors.clear();
    anchors.set(title, (id = slug(title)));
  }
  return id;
}

const section = (s: { id: string; title: string }) => heading(2, s.id, s.title);

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
  const [first, situation, timeline, playbooks, grid, score, meetings, checklist, creditsAt, about] = SECTIONS;
  return root([
    ...cover(plan, anchor(playbookTitle(plan))),
    ...contents(plan, options.pages),
    ...firstTwoWeeks(plan, first!.id, first!.title),
    section(situation!),
    para('What the generator read from your profile, and why each situation matters:'),
    list(
      false,
      plan.situations.map((s) =>
        blockItem([
          para(strong(s.title), s.origin === 'named' ? ' (you named it)' : ' (inferred)', ': ', s.why.join(' ')),
        ]),
      ),
    ),
    section(timeline!),
    ...timelineSection(plan, anchor),
    section(playbooks!),
    list(
      false,
      plan.playbooks.map((pb) => item([link(pb.url, pb.title), `: ${pb.summary} ${pb.why}`])),
    ),
    ...templates(plan, { grid: grid!, score: score!, meetings: meetings! }, section),
    section(checklist!),
    list(
      false,
      plan.phases.flatMap((ph) => ph.tactics.map((t) => item([`${t.title} (from ${formatDay(t.day)})`], false))),
      'checklist',
    ),
    ...credits(plan, section(creditsAt!)),
    ...colophon(plan, about!.id, about!.title),
  ]);
}

/** The credits: each source the plan draws on, with the points it uses. */
function credits(plan: Plan, title: RootContent): RootContent[] {
  return [
    title,
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
  ];
}
