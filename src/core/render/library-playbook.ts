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

/** The playbook with each step's tactic summarised and its steps listed, a checklist and credits. */
export function libraryPlaybookDocument(
  lib: Library,
  playbook: Entry<Playbook>,
  siteLink: (path: string) => string = (p) => p,
): Root {
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
  ]);
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
