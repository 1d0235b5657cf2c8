/**
 * Every "… below" in the library points at a block that follows it, and every output of every example playbook
 * carries the blocks its steps point at: a reader holding the PDF never looks for a template that is not there.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { blockLabel } from '../../src/core/markdown/block-nodes.ts';
import { COMPONENTS, componentOf, type ContentBlock } from '../../src/core/markdown/components.ts';
import { isMdxFile, parseBody } from '../../src/core/markdown/parse.ts';
import { renderHtmlFragment, renderJson, renderMarkdown } from '../../src/core/render/index.ts';
import { tailor } from '../../src/core/tailor/index.ts';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

const lib = projectLibrary();

// The words authors use for "the thing below"; "one below them" or "above and below" are not references.
const NOUNS =
  'template|script|agenda|sheet|grid|map|table|checklist|questions|question list|ledger|brief|note|snapshot|picker|form|charter|scorecard|worksheet|options|log|guide|calendar|plan|pact|outline|card|labels|rules|message|ask|check|inventory|format|see';
const REFERENCE = new RegExp(`\\b(${NOUNS})s? below\\b`, 'gi');
// Nouns that name what a block is rather than what it is called: any block fits them.
const GENERIC = new Set(['template', 'form', 'format', 'table', 'questions', 'question list', 'see']);

/** A block fits a reference when the reference names its kind or is generic, or the title says the noun. */
const fits = (noun: string, block: ContentBlock) =>
  GENERIC.has(noun) || noun === block.kind || block.title.toLowerCase().includes(noun.replace(/s$/, ''));

/** A top-level node as a titled block, or undefined. */
function asBlock(node: RootContent): ContentBlock | undefined {
  const use = node.type === 'mdxJsxFlowElement' ? componentOf(node as MdxJsxFlowElement) : undefined;
  if (!use || use.name === 'Callout') return undefined;
  return { kind: COMPONENTS[use.name].kind, title: use.value, content: [] };
}

/** Each "… below" of a body with the block it points at (the first fitting block after it), or undefined. */
function references(body: string, mdx: boolean): { text: string; noun: string; block?: ContentBlock }[] {
  const nodes = parseBody(body, { mdx }).children;
  return nodes.flatMap((node, i) => {
    if (asBlock(node)) return [];
    const later = nodes.slice(i + 1).flatMap((n) => asBlock(n) ?? []);
    return [...toString(node).matchAll(REFERENCE)].map((m) => {
      const noun = m[1]!.toLowerCase();
      return { text: m[0], noun, block: later.find((b) => fits(noun, b)) };
    });
  });
}

/** Tactic id → the blocks its steps point at. */
const referenced = new Map(
  lib.tactics.map((t) => [
    t.id,
    references(t.body, isMdxFile(t.file)).flatMap((r) => (r.block ? [r.block.title] : [])),
  ]),
);

describe('"… below" references in the library', () => {
  it('each points at a block that follows it in the same tactic', () => {
    const dangling = lib.tactics.flatMap((t) =>
      references(t.body, isMdxFile(t.file))
        .filter((r) => !r.block)
        .map((r) => `${t.file}: '${r.text}' has no block after it`),
    );
    expect(dangling).toEqual([]);
  });

  it('in perspectives and stage notes, each points at a block of the tactic (playbooks print them before the blocks)', () => {
    const dangling = lib.tactics.flatMap((t) => {
      const blocks = lib.blocks(t);
      const notes = [...Object.values(t.data.perspectives), ...Object.values(t.data.stage_notes)];
      return notes.flatMap((note) =>
        [...String(note).matchAll(REFERENCE)]
          .filter((m) => !blocks.some((b) => fits(m[1]!.toLowerCase(), b)))
          .map((m) => `${t.file}: '${m[0]}' has no block`),
      );
    });
    expect(dangling).toEqual([]);
  });

  it('hands every block a reference points at to the playbooks (Library.blocks)', () => {
    for (const t of lib.tactics) {
      const titles = lib.blocks(t).map((b) => b.title);
      for (const title of referenced.get(t.id)!) expect(titles, t.id).toContain(title);
    }
  });

  it('playbook intros point at nothing they lack', () => {
    for (const p of lib.playbooks)
      expect(
        references(p.body, isMdxFile(p.file)).filter((r) => !r.block),
        p.file,
      ).toEqual([]);
  });
});

/** A plain run of words from a block's content, to find it in any output (no characters any format escapes). */
function sample(block: ContentBlock): string {
  const texts: string[] = [];
  const walk = (n: unknown) => {
    const node = n as { type: string; value?: string; children?: unknown[] };
    if (node.type === 'text' && node.value) texts.push(node.value.trim());
    node.children?.forEach(walk);
  };
  block.content.forEach(walk);
  const run = texts.map((t) => /[A-Za-z][A-Za-z0-9 ,.-]{10,}[A-Za-z0-9]/.exec(t)?.[0]).find(Boolean);
  if (!run) throw new Error(`no plain words in block '${block.title}'`);
  return run;
}

describe('example playbooks carry the blocks their steps point at', () => {
  it.each(lib.profiles.map((p) => [p.id, p] as const))('%s: md, html and json', (_id, profile) => {
    const plan = tailor(profile.data, lib, { date: '2026-01-01', contentVersion: 'test' });
    const md = renderMarkdown(plan);
    const html = renderHtmlFragment(plan);
    const json = renderJson(plan);
    let n = 0;
    for (const t of plan.phases.flatMap((ph) => ph.tactics)) {
      n++;
      const start = md.indexOf(`#### ${n}. ${t.title}`);
      const end = md.indexOf('\n#### ', start + 1);
      const section = md.slice(start, end < 0 ? undefined : end);
      for (const title of referenced.get(t.id)!) {
        const block = t.blocks.find((b) => b.title === title);
        expect(block, `${t.id}: ${title}`).toBeDefined();
        const label = blockLabel(block!);
        expect(section.indexOf(`##### ${label}`), `${t.id} md: ${label}`).toBeGreaterThan(section.indexOf('Steps:'));
        expect(section, `${t.id} md`).toContain(sample(block!));
        expect(html, `${t.id} html`).toContain(`>${label.replace(/&/g, '&#x26;')}</h5>`);
        expect(html, `${t.id} html`).toContain(sample(block!));
        expect(json, `${t.id} json`).toContain(JSON.stringify(title));
      }
    }
  });
});
