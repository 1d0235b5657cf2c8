/**
 * A tactic's templates, scripts and agendas are the same in every plan that picks the tactic: each block's content is
 * printed once (Markdown and HTML, through the reference pipelines) and reused. Only its heading, whose id carries the
 * tactic's number in the plan, and the names of its tables' scroll regions, numbered through the document, vary.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Heading, Nodes, RootContent } from 'mdast';
import { toString } from 'hast-util-to-string';
import { blockLabel, blockNodes } from '../markdown/block-nodes.ts';
import type { ContentBlock } from '../markdown/components.ts';
import { hastOf, htmlPrinter, markdownOf } from './pipelines.ts';

/** A block's content as HTML: text around its tables, each table with the heading its region is named after. */
export interface HtmlUnit {
  parts: string[];
  tables: { name: string; html: string }[];
  /** The text of the last heading the content leaves at the top level (the block's own title if none). */
  lastHeading: string;
  empty: boolean;
}

/** A block's content, printed: plain data, so a build can keep it with the library (see snapshot-write.ts). */
export interface Unit {
  markdown: string;
  html: HtmlUnit;
}

const headings = new WeakMap<Heading, ContentBlock>();
const units = new WeakMap<ContentBlock, Unit | null>();

/** `blockNodes`, remembering which block the heading leads, so the printers can reuse the block's printed content. */
export function blockUnitNodes(block: ContentBlock, depth: Heading['depth'], id: string): RootContent[] {
  const nodes = blockNodes(block, depth, id);
  // A callout comes as one quote without a heading: the printers take it like any other node.
  if (nodes[0]?.type === 'heading') headings.set(nodes[0], block);
  return nodes;
}

/** The block a document node leads, when it is a block's heading followed in `siblings` by that block's content. */
export function blockLedBy(siblings: RootContent[], index: number): ContentBlock | undefined {
  const block = headings.get(siblings[index] as Heading);
  return block && block.content.every((node, i) => siblings[index + 1 + i] === node) ? block : undefined;
}

/** The block's printed content, or undefined when it holds something whose output depends on the rest of the document. */
export function blockUnit(block: ContentBlock): Unit | undefined {
  let unit = units.get(block);
  if (unit === undefined) units.set(block, (unit = standsAlone(block.content) ? print(block) : null));
  return unit ?? undefined;
}

/** Takes a block's printed content as a build kept it (undefined: none kept), so it is not printed again here. */
export function keepBlockUnit(block: ContentBlock, unit: Unit | undefined): void {
  if (!units.has(block)) units.set(block, unit ?? null);
}

// Phrasing at the top level changes how the printer joins a whole document; references and footnotes resolve across it.
const CONTEXTUAL = new Set([
  'break',
  'delete',
  'emphasis',
  'footnoteReference',
  'html',
  'image',
  'imageReference',
  'inlineCode',
  'link',
  'linkReference',
  'strong',
  'text',
  'definition',
  'footnoteDefinition',
]);
const REFERENCES = new Set([
  'definition',
  'footnoteDefinition',
  'footnoteReference',
  'linkReference',
  'imageReference',
]);

function standsAlone(content: RootContent[]): boolean {
  const referless = (node: Nodes): boolean =>
    !REFERENCES.has(node.type) && (!('children' in node) || node.children.every(referless));
  return content.every((node) => !CONTEXTUAL.has(node.type) && referless(node));
}

const SENTINEL = '\u0000';

function print(block: ContentBlock): Unit | null {
  const label = blockLabel(block).trim();
  const hast = hastOf(block.content, false);
  const tables: HtmlUnit['tables'] = [];
  takeTables(hast, label, tables);
  const parts = htmlPrinter.stringify(hast).split(SENTINEL);
  if (parts.length !== tables.length * 2 + 1) return null;
  const topHeadings = hast.children.filter(isHeading);
  return {
    markdown: markdownOf(block.content),
    html: {
      parts: parts.filter((_, i) => i % 2 === 0),
      tables,
      lastHeading: topHeadings.length ? toString(topHeadings.at(-1)!).trim() : label,
      empty: hast.children.length === 0,
    },
  };
}

/** True for a heading element (what rehype-table-wrap names a table's region after). */
export const isHeading = (node: HastContent): node is Element =>
  node.type === 'element' && /^h[1-6]$/.test(node.tagName);

/** Replaces each table with a marker, noting the heading rehype-table-wrap would name its region after. */
function takeTables(parent: HastRoot | Element, label: string, tables: HtmlUnit['tables']): void {
  parent.children.forEach((node, index) => {
    if (node.type !== 'element') return;
    if (node.tagName !== 'table') return takeTables(node, label, tables);
    const before = parent.children.slice(0, index).reverse().find(isHeading);
    const name = before ? toString(before).trim() : parent.type === 'root' ? label : 'Table';
    tables.push({ name, html: htmlPrinter.stringify({ type: 'root', children: [node] }) });
    parent.children[index] = { type: 'text', value: `${SENTINEL}${tables.length - 1}${SENTINEL}` };
  });
}
