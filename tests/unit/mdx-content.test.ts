/** MDX content (DESIGN.md §6 rule 12): only the documented components load; code, unknown components and attributes fail with file:line:column. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary, ValidationError, type Library } from '../../src/node/library/index.ts';
import { parseBody } from '../../src/core/markdown/parse.ts';
import { renderBody } from '../../src/core/markdown/render-body.ts';
import { libraryPlaybookDocument } from '../../src/core/render/library-playbook.ts';
import { renderMarkdown } from '../../src/core/render/index.ts';
import { profileSchema } from '../../src/core/schema/index.ts';
import { tailor } from '../../src/core/tailor/index.ts';
import { validFiles, writeFixture } from '../helpers/fixture-library.ts';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';

let cleanup = () => {};
afterEach(() => cleanup());

const MD = 'content/tactics/listen-first.md';
const MDX = 'content/tactics/listen-first.mdx';
const PLAYBOOK = 'content/playbooks/listening-tour.md';
const ALLOWED = '(allowed: <Template title>, <Script title>, <Agenda title>, <Callout kind>)';

/** The fixture tactic with `lines` after its steps. */
const withLines = (...lines: string[]) =>
  validFiles()[MD]!.replace('2. Do another.\n', `2. Do another.\n\n${lines.join('\n')}\n`);
/** The file line holding `needle` (1-based). */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Loads the fixture with changes; returns the formatted problems (empty when valid) and the library when valid. */
function load(changes: Record<string, string | null>): { problems: string[]; lib?: Library } {
  const fixture = writeFixture(changes);
  cleanup = fixture.cleanup;
  try {
    return { problems: [], lib: loadLibrary({ root: fixture.root }) };
  } catch (error) {
    if (error instanceof ValidationError) return { problems: error.message.split('\n') };
    throw error;
  }
}
/** The tactic as an .mdx file with `lines` after its steps. */
const asMdx = (...lines: string[]) => {
  const text = withLines(...lines);
  return { text, ...load({ [MD]: null, [MDX]: text }) };
};

const BLOCKS = [
  '<Template title="Commitment ledger">',
  '',
  '| Promised | Kept? |',
  '| --- | --- |',
  '| | yes / no |',
  '',
  '</Template>',
  '',
  '<Callout kind="tip">',
  'Start small.',
  '</Callout>',
];

describe('MDX tactics', () => {
  it('load with their blocks: steps as before, blocks as plain data, pages and playbooks showing them', () => {
    const { lib, problems } = asMdx(...BLOCKS);
    expect(problems).toEqual([]);
    const tactic = lib!.tactic('listen-first');
    expect(lib!.steps(tactic)).toEqual(['Do one thing.', 'Do another.']);
    const blocks = lib!.blocks(tactic);
    expect(blocks.map((b) => [b.kind, b.title, b.content.map((n) => n.type)])).toEqual([
      ['template', 'Commitment ledger', ['table']],
      ['tip', '', ['paragraph']],
    ]);
    expect(JSON.stringify(blocks)).not.toContain('position');
    const { html, outline } = renderBody(tactic.body, { mdx: true });
    expect(html).toContain(
      '<section class="block block-template" aria-labelledby="commitment-ledger"><h3 id="commitment-ledger">Commitment ledger</h3>',
    );
    expect(html).toContain('<div class="callout callout-tip" role="note"><p class="callout-label">Tip</p>');
    expect(html).not.toContain('<Template');
    expect(outline.map((h) => h.text)).toContain('Commitment ledger');
    const printed = unified()
      .use(remarkGfm)
      .use(remarkStringify)
      .stringify(libraryPlaybookDocument(lib!, lib!.playbook('listening-tour')));
    expect(printed).toContain('#### Template: Commitment ledger\n\n| Promised | Kept?    |');
    const profile = profileSchema.parse({ company: 'X', stage: 'startup', reader: 'pmm', relationship: 'strained' });
    const plan = tailor(profile, lib!, { date: '2026-01-01', contentVersion: 'test' });
    expect(plan.phases.flatMap((p) => p.tactics).map((t) => t.id)).toContain('listen-first');
    expect(renderMarkdown(plan)).toContain('##### Template: Commitment ledger');
    expect(renderMarkdown(plan)).toContain('> **Tip:**\n>\n> Start small.');
  });

  it('keep .md bodies plain Markdown: `<` and `{` are text, and a component tag asks for .mdx', () => {
    expect(load({ [MD]: withLines('Keep it under 5 minutes: a < b, {braces} too.') }).problems).toEqual([]);
    const text = withLines('<Template title="x">', '', 'A row.', '', '</Template>');
    expect(load({ [MD]: text }).problems).toEqual([
      `${MD}:${lineOf(text, '<Template')}:1: body: content components work only in .mdx files: rename the file to .mdx ${ALLOWED}`,
    ]);
  });

  const refused: [string, string[], string, string][] = [
    [
      'an import',
      ['import X from "./x.js"'],
      'import X',
      'import and export are not allowed: content is data, never code',
    ],
    ['an export', ['export const a = 1'], 'export', 'import and export are not allowed: content is data, never code'],
    [
      'a block expression',
      ['{alert(1)}'],
      '{alert',
      "expression '{alert(1)}' is not allowed: content is data, never code",
    ],
    [
      'an unknown component',
      ['<Tempalte title="x">', '', 'A.', '', '</Tempalte>'],
      '<Tempalte',
      "unknown component '<Tempalte>'; did you mean 'Template'?",
    ],
    ['a missing title', ['<Script>', '', 'Say hi.', '', '</Script>'], '<Script>', '<Script> needs a title'],
    ['an empty title', ['<Agenda title=" ">', '', 'A.', '', '</Agenda>'], '<Agenda', '<Agenda> needs a title'],
    [
      'an inline component',
      ['Use <Callout kind="tip">this</Callout> here.'],
      'Use <Callout',
      '<Callout> must start on a line of its own, not inside text',
    ],
    ['an empty block', ['<Template title="x"></Template>'], '<Template', '<Template> is empty'],
  ];
  it.each(refused)('refuse %s with file:line:column', (_what, lines, needle, problem) => {
    const { text, problems } = asMdx(...lines);
    const column = text.split('\n')[lineOf(text, needle) - 1]!.indexOf(needle.replace(/^Use /, '')) + 1;
    expect(problems).toEqual([`${MDX}:${lineOf(text, needle)}:${column}: body: ${problem} ${ALLOWED}`]);
  });

  it('refuses expressions in text and attributes, unknown attributes and callout kinds, where they are', () => {
    const { text, problems } = asMdx(
      'A {secret} value.',
      '',
      '<Template titel="x" {...props}>',
      '',
      'A.',
      '',
      '</Template>',
      '',
      '<Script title={name}>',
      '',
      'B.',
      '',
      '</Script>',
      '',
      '<Callout kind="note">',
      '',
      'C.',
      '',
      '</Callout>',
    );
    const at = (needle: string, col: number) => `${MDX}:${lineOf(text, needle)}:${col}: body:`;
    expect(problems).toEqual([
      `${at('A {secret}', 3)} expression '{secret}' is not allowed: content is data, never code ${ALLOWED}`,
      `${at('<Template', 11)} unknown attribute 'titel' on <Template>; did you mean 'title'? ${ALLOWED}`,
      `${at('<Template', 21)} expression '{...props}' is not allowed on <Template>: content is data, never code ${ALLOWED}`,
      `${at('<Template', 1)} <Template> needs a title ${ALLOWED}`,
      `${at('<Script', 9)} <Script title={…}>: write the value in quotes; expressions are not allowed (content is data, never code) ${ALLOWED}`,
      `${at('<Callout', 1)} <Callout kind="note"> is not allowed (allowed: tip, warning)`,
    ]);
  });

  it('refuses blocks inside blocks and headings inside blocks', () => {
    const { text, problems } = asMdx(
      '<Agenda title="Outer">',
      '',
      '### A heading',
      '',
      '<Template title="Inner">',
      '',
      'A.',
      '',
      '</Template>',
      '',
      '</Agenda>',
    );
    expect(problems).toEqual([
      `${MDX}:${lineOf(text, '### A heading')}:1: body: a heading inside <Agenda>: its title is the heading; use bold text instead ${ALLOWED}`,
      `${MDX}:${lineOf(text, '<Template')}:1: body: <Template> must stand at the top level of the body, not inside a list, a quote or another component ${ALLOWED}`,
    ]);
  });

  it('reports MDX it cannot read where the parser stopped, without hints to use {…}', () => {
    const { text, problems } = asMdx('A note <!-- hidden --> here.');
    expect(problems).toEqual([
      `${MDX}:${lineOf(text, '<!--')}:9: body: not valid MDX: Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` ${ALLOWED}`,
    ]);
  });

  it('keeps every other message as it was (no column) and checks playbook intros too', () => {
    const { text, problems } = asMdx('Run [this](javascript:alert(1)).');
    expect(problems).toEqual([
      `${MDX}:${lineOf(text, 'Run [this]')}: body: link target 'javascript:alert(1)' is not allowed (allowed: relative paths, #anchors, http(s):, mailto:)`,
    ]);
    const intro = `${validFiles()[PLAYBOOK]!}\n{1 + 1}\n`;
    const file = PLAYBOOK.replace(/\.md$/, '.mdx');
    expect(load({ [PLAYBOOK]: null, [file]: intro }).problems).toEqual([
      `${file}:${lineOf(intro, '{1 + 1}')}:1: body: expression '{1 + 1}' is not allowed: content is data, never code ${ALLOWED}`,
    ]);
  });

  it('let playbook intros hold blocks and callouts, printed in the library playbook document', () => {
    const file = PLAYBOOK.replace(/\.md$/, '.mdx');
    const intro = `${validFiles()[PLAYBOOK]!}\n<Callout kind="warning">\n\nBook the rooms early.\n\n</Callout>\n\n<Script title="Invite">\n\n> Can we meet?\n\n</Script>\n`;
    const { lib, problems } = load({ [PLAYBOOK]: null, [file]: intro });
    expect(problems).toEqual([]);
    const printed = unified()
      .use(remarkGfm)
      .use(remarkStringify)
      .stringify(libraryPlaybookDocument(lib!, lib!.playbook('listening-tour')));
    expect(printed).toContain(
      'Intro.\n\n> **Warning:**\n>\n> Book the rooms early.\n\n### Script: Invite\n\n> Can we meet?\n',
    );
    expect(printed).not.toContain('<Callout');
  });
});

describe('parseBody', () => {
  it('hands each caller a tree of its own, and still reads a body by its format', () => {
    const body = 'Hello **there**.\n\n<Template title="T">\n\n- a\n\n</Template>\n';
    const first = parseBody(body, { mdx: true });
    first.children.length = 0;
    const again = parseBody(body, { mdx: true });
    expect(again.children.map((n) => n.type)).toEqual(['paragraph', 'mdxJsxFlowElement']);
    expect(again).not.toBe(parseBody(body, { mdx: true }));
    // The same text as plain Markdown: the tag is HTML, not a component.
    expect(parseBody(body).children.map((n) => n.type)).toEqual(['paragraph', 'html', 'list', 'html']);
    // A body that cannot be read is not kept: it throws every time it is read.
    expect(() => parseBody('<Template title="T">\n', { mdx: true })).toThrow();
    expect(() => parseBody('<Template title="T">\n', { mdx: true })).toThrow();
  });
});
