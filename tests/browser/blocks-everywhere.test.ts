/**
 * An MDX tactic with each content component renders the same block on its page of the built site, in the tailored
 * HTML and in the tailored PDF's text; a callout is a labelled note on the page and a labelled quote in the playbook.
 * The tactic is the example company's own (examples/acme-overlay/), whose site the browser tests build once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPdf } from '../../src/node/pdf/read.ts';
import { runCli } from '../helpers/cli.ts';
import { COMPANY_CONFIG } from '../helpers/site-files.ts';

const ID = 'brief-sales-before-the-beta';
const MDX = readFileSync(`examples/acme-overlay/content/tactics/${ID}.mdx`, 'utf8');
const KINDS = [
  ['template', 'Template: Beta briefing for sales'],
  ['script', 'Script: Opening the briefing'],
  ['agenda', 'Agenda: Twenty minutes in the sales team meeting'],
] as const;
const CALLOUT =
  'Do not quote a date that is not on the list, not even as a rough guess: a customer hears it as a promise.';
/** The Markdown the author wrote inside the template's tags: what its copy button hands over. */
const TEMPLATE_SOURCE = MDX.match(/<Template title="Beta briefing for sales">\n\n([^]*?)\n\n<\/Template>/)![1]!;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const classes = (el: Element) => (el.properties.className as string[] | undefined) ?? [];
/** Every element of a tree that passes `test`, in document order. */
function elements(tree: Root | Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (el: Element) => void (test(el) && found.push(el)));
  return found;
}
/** The text of elements, one space between blocks and words. */
const text = (nodes: Root['children']) => squash(nodes.map((c) => toString(c as Element)).join(' '));
/** A page's block of `kind`: its content elements, without its title and copy controls. */
function siteBlock(page: Root, kind: string): Element[] {
  const [section] = elements(page, (el) => el.tagName === 'section' && classes(el).includes(`block-${kind}`));
  expect(section, kind).toBeDefined();
  return section!.children.filter(
    (c): c is Element =>
      c.type === 'element' && !/^h\d$/.test(c.tagName) && !classes(c).some((k) => k.startsWith('copy-')),
  );
}
/** The first `count` elements after a playbook's heading `label` (a block is its heading, then its content). */
function playbookBlock(doc: Root, label: string, count: number): Element[] {
  const heading = elements(doc, (el) => /^h\d$/.test(el.tagName) && squash(toString(el)) === label)[0];
  expect(heading, label).toBeDefined();
  let parent: Element | Root | undefined;
  visit(doc, (node, _i, p) => void (node === heading && (parent = p as Element)));
  const after = parent!.children.slice(parent!.children.indexOf(heading!) + 1);
  return after.filter((c): c is Element => c.type === 'element').slice(0, count);
}

const work = mkdtempSync(join(tmpdir(), 'playbook-blocks-'));
let page: Root;
let tailored: Root;
let pdfText: string;

beforeAll(async () => {
  const site = inject('companySite');
  page = fromHtml(readFileSync(join(site, 'tactics', ID, 'index.html'), 'utf8'));
  // The tailored playbook as `playbook tailor` writes it with the company's settings, for a profile the tactic fits.
  writeFileSync(
    join(work, 'x.yaml'),
    'company: Blocks Co\nstage: scaleup\nreader: pmm\nrelationship: strained\nupcoming_launch_weeks: 4\npain_points: [sales-overpromising]\n',
  );
  const out = join(work, 'out');
  const env = { PLAYBOOK_CONFIG: COMPANY_CONFIG, OUT_DIR: site, BASE_PATH: '/' };
  const r = runCli(['tailor', '--profile', join(work, 'x.yaml'), '--format', 'html,pdf', '--out', out], env);
  expect(r.code, r.err).toBe(0);
  tailored = fromHtml(readFileSync(join(out, 'blocks-co', 'playbook.html'), 'utf8'));
  pdfText = squash((await readPdf(readFileSync(join(out, 'blocks-co', 'playbook.pdf')))).pages.join(' '));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an MDX tactic with every content component', () => {
  it.each(KINDS)('shows its %s block alike on the page, in the tailored HTML and in the PDF', (kind, label) => {
    const content = siteBlock(page, kind);
    const shown = text(content);
    expect(shown.length).toBeGreaterThan(20);
    const title = label.replace(/^\w+: /, '');
    expect(elements(page, (el) => el.tagName === 'h3' && toString(el) === title)).toHaveLength(1);
    const inPlaybook = playbookBlock(tailored, label, content.length);
    expect(inPlaybook.map((el) => el.tagName)).toEqual(content.map((el) => el.tagName));
    expect(text(inPlaybook)).toBe(shown);
    expect(pdfText).toContain(label);
    expect(pdfText).toContain(shown);
  });

  it('gives the page template a copy button and the Markdown it copies', () => {
    const sources = elements(page, (el) => classes(el).includes('copy-source'));
    expect(sources).toHaveLength(1);
    expect(squash(toString(elements(sources[0]!, (el) => el.tagName === 'summary')[0]!))).toBe(
      'Markdown to copy: Beta briefing for sales',
    );
    expect(toString(elements(sources[0]!, (el) => el.tagName === 'pre')[0]!)).toBe(TEMPLATE_SOURCE);
    const buttons = elements(page, (el) => el.tagName === 'button' && classes(el).includes('copy-button'));
    expect(buttons.map((b) => squash(toString(b)))).toEqual(['Copy as Markdown: Beta briefing for sales']);
    expect(elements(page, (el) => classes(el).includes('copy-bar'))[0]!.properties.hidden).toBe(true);
  });

  it('shows the callout as a labelled note on the page, and as a labelled quote in the playbook and the PDF', () => {
    const [note] = elements(page, (el) => classes(el).includes('callout-warning'));
    expect(note?.properties.role).toBe('note');
    expect(text(note!.children)).toBe(`Warning ${CALLOUT}`);
    const [quote] = elements(tailored, (el) => el.tagName === 'blockquote' && classes(el).includes('callout-warning'));
    expect(quote, 'a callout in the tailored HTML').toBeDefined();
    expect(text(quote!.children)).toBe(`Warning: ${CALLOUT}`);
    expect(pdfText).toContain(`Warning: ${CALLOUT}`);
  });
});
