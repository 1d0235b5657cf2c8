/** A library playbook as a short printable document (one per playbook page), from the same mdast builders. */
import type { Root, RootContent } from 'mdast';
import type { Library } from '../library/library.ts';
import type { Entry } from '../library/types.ts';
import type { Playbook, Tactic } from '../schema/index.ts';
import { sourceName } from '../credits.ts';
import { blockLabel, blockNodes } from '../markdown/block-nodes.ts';
import { documentNodes } from '../markdown/blocks.ts';
import { isMdxFile, parseBody } from '../markdown/parse.ts';
import { paths } from '../url.ts';
import { blockItem, heading, item, link, list, para, root, strong } from './mdast.ts';
import { anchor } from './document.ts';
import { facts, publisherFacts } from './doc-front.ts';
import { formatDay } from '../tailor/days.ts';
import type { Publisher } from '../tailor/index.ts';
import { AUDIENCE_LABELS } from '../taxonomy.ts';

/** What a printed library playbook is stamped with: how links are written, the date, the content version, the company. */
export interface LibraryPlaybookOptions {
  link?: (path: string) => string;
  /** YYYY-MM-DD; with `contentVersion`, the colophon says when and from what it was printed. */
  date?: string;
  contentVersion?: string;
  publisher?: Publisher;
}

/** The playbook with a cover, each step's tactic summarised and its steps and blocks listed, a checklist, credits and a colophon. */
export function libraryPlaybookDocument(
  lib: Library,
  playbook: Entry<Playbook>,
  options: LibraryPlaybookOptions = {},
): Root {
  const siteLink = options.link ?? ((path: string) => path);
  const p = playbook.data;
  const tactics = p.steps.map((s) => ({ step: s, tactic: lib.tactic(s.tactic) }));
  const cited = new Set(tactics.flatMap(({ tactic }) => tactic.data.sources));
  const body = parseBody(playbook.body, { mdx: isMdxFile(playbook.file) });
  const intro = documentNodes(
    body.children.filter((n) => n.type !== 'heading'),
    3,
    anchor,
  );
  return root([
    heading(1, anchor(p.title), p.title),
    para(p.summary),
    ...libraryCover(p, options),
    para(strong('Goal:'), ' ', p.goal),
    para(strong('How long:'), ' ', p.duration, ' · ', strong('Who is in the room:'), ' ', p.room.join(', ')),
    ...intro,
    heading(2, 'steps', 'Steps'),
    ...tactics.flatMap(({ step, tactic }, i) => stepBlocks(lib, step, tactic, i, siteLink)),
    heading(2, 'checklist', 'Checklist'),
    list(
      false,
      p.checklist.map((c) => item([c], false)),
      'checklist',
    ),
    heading(2, 'credits', 'Credits'),
    list(
      false,
      lib.sources
        .filter((s) => s.data.points.some((pt) => cited.has(pt.id)))
        .map((s) => blockItem([para(sourceName(s.data))])),
    ),
    ...libraryColophon(playbook, options, siteLink),
  ]);
}

/** The cover facts: who the playbook is for, the company that hands it out and who to ask, the day it was printed. */
function libraryCover(p: Playbook, options: LibraryPlaybookOptions): RootContent[] {
  return [
    facts(para(strong('For:'), ' ', p.audience.map((a) => AUDIENCE_LABELS[a]).join(', '))),
    ...publisherFacts(options.publisher),
    ...(options.date ? [facts(para(strong('Printed:'), ' ', formatDay(options.date, { year: true })))] : []),
  ];
}

/** "About this document": when and from which content version it was printed, and where the full pages are. */
function libraryColophon(
  playbook: Entry<Playbook>,
  options: LibraryPlaybookOptions,
  siteLink: (path: string) => string,
): RootContent[] {
  const address = siteLink(paths.playbook(playbook.id));
  const online = /^https?:/.test(address);
  return [
    heading(2, 'about-this-document', 'About this document'),
    para(
      `Printed by Playbook${options.date ? ` on ${formatDay(options.date, { year: true })}` : ''}${options.contentVersion ? ` from content version ${options.contentVersion}` : ''}. `,
      'The advice comes from the practitioners and articles listed under Credits, in our words.',
    ),
    online
      ? para('This playbook and each of its tactics have their own pages, starting at ', link(address, address), '.')
      : para(
          `This playbook and each of its tactics have their own pages on your company’s Playbook site, at the paths given beside them (this one: ${address}); ask whoever runs the site for its address.`,
        ),
  ];
}

/** One step of the playbook: its tactic's title, timing and effort, the note, the tactic's steps and blocks, and a link. */
function stepBlocks(
  lib: Library,
  step: Playbook['steps'][number],
  tactic: Entry<Tactic>,
  i: number,
  siteLink: (path: string) => string,
): RootContent[] {
  const t = tactic.data;
  return [
    heading(3, anchor(`${i + 1}. ${t.title}`), `${i + 1}. ${t.title}`),
    para(
      strong('When:'),
      ' ',
      step.when,
      ' · ',
      strong('Effort:'),
      ' ',
      t.card.effort,
      ' · ',
      strong('Run:'),
      ' ',
      t.card.run,
    ),
    para(step.note ?? t.summary),
    list(
      true,
      lib.steps(tactic).map((s) => item([s])),
    ),
    ...lib.blocks(tactic).flatMap((b) => blockNodes(b, 4, anchor(`${i + 1}. ${blockLabel(b)}`))),
    para('Full tactic: ', link(siteLink(paths.tactic(tactic.id)), t.title)),
  ];
}
