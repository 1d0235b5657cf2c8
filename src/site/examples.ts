/** The example profiles' plans, as the site shows them: the same stamps as the downloadable files. */
import type { Library } from '../core/library/library.ts';
import { planHast } from '../core/render/index.ts';
import { anAudience, aStage } from '../core/taxonomy.ts';
import { tailor, type Plan } from '../core/tailor/index.ts';
import { paths, withBase } from '../core/url.ts';
import { contentVersion, publisher, siteLink, stampDate } from '../node/stamp.ts';
import { count, type Card, type Link } from './cards.ts';
import { exampleHtml } from './example-html.ts';
import type { PageFrame } from './frame.ts';

/** An example playbook page: the generator's HTML for a fictional company (cover as the intro), with its downloads. */
export interface ExamplePage extends PageFrame {
  slug: string;
  downloads: Link[];
  intro: string;
  html: string;
}

/** The examples index: where it lives and its cards. */
export interface ExamplesIndex extends PageFrame {
  href: string;
  tailor: string;
  cards: Card[];
}

const DOWNLOADS = [
  { ext: 'pdf', label: 'PDF for printing' },
  { ext: 'md', label: 'Markdown' },
  { ext: 'html', label: 'Standalone HTML' },
  { ext: 'json', label: 'JSON' },
  { ext: 'ics', label: 'Calendar (.ics)' },
];

const cache = new WeakMap<Library, Map<string, Plan>>();

/** Every example profile's plan by profile id, tailored once per build. */
function plans(lib: Library): Map<string, Plan> {
  let found = cache.get(lib);
  if (!found) {
    const options = { date: stampDate(), contentVersion: contentVersion(), link: siteLink(), publisher: publisher() };
    found = new Map(lib.profiles.map((p) => [p.id, tailor(p.data, lib, options)]));
    cache.set(lib, found);
  }
  return found;
}

/** Where the examples index lives. */
const examplesHref = () => withBase('playbooks/examples/');

/** The card of each example company (home page and the examples index). */
export function exampleCards(lib: Library): Card[] {
  return [...plans(lib).values()].map((plan) => ({
    href: paths.example(plan.slug),
    title: plan.company,
    summary: `For ${anAudience(plan.profile.reader)} at ${aStage(plan.profile.stage)}; ${plan.profile.relationship} relationship.`,
    kind: 'example',
    meta: count(
      plan.phases.reduce((n, p) => n + p.tactics.length, 0),
      'tactic',
    ),
    links: [{ href: paths.exampleFile(plan.slug, 'pdf'), label: `PDF for ${plan.company}` }],
  }));
}

/** The examples index page: one card per fictional company. */
export function examplesIndex(lib: Library): ExamplesIndex {
  return {
    title: 'Example playbooks',
    description: 'Tailored playbooks the generator wrote for fictional companies, as pages and PDFs.',
    section: 'playbooks',
    crumbs: [{ label: 'Playbooks', href: paths.playbooks() }],
    href: examplesHref(),
    tailor: paths.tailor(),
    cards: exampleCards(lib),
  };
}

/** The page of one example profile. */
export function examplePage(lib: Library, profileId: string): ExamplePage {
  const plan = plans(lib).get(profileId)!;
  const { intro, body, outline } = exampleHtml(planHast(plan));
  return {
    title: `Playbook for ${plan.company}`,
    description: `A tailored PM–PMM playbook for ${plan.company}, a fictional example.`,
    section: 'playbooks',
    crumbs: [
      { label: 'Playbooks', href: paths.playbooks() },
      { label: 'Examples', href: examplesHref() },
    ],
    outline,
    slug: plan.slug,
    downloads: DOWNLOADS.map((d) => ({ href: paths.exampleFile(plan.slug, d.ext), label: d.label })),
    intro,
    html: body,
  };
}
