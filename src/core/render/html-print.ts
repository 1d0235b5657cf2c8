/**
 * The plan document's HTML body without running the whole unified pipeline over it: the plain shapes the plan builds
 * are written here as remark-rehype, our rehype plugins and rehype-stringify write them; a block's content comes
 * printed from block-units.ts; any other node goes through the real pipeline on its own. Tables are named and
 * numbered here as rehype-table-wrap does over a whole document: after the heading before them, counting repeats.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'hast-util-to-string';
import { blockLedBy, blockUnit, isHeading } from './block-units.ts';
import { printOnce } from './shared-nodes.ts';
import { hastOf, htmlPrinter } from './pipelines.ts';
import { flowHtml, headingText } from './html-nodes.ts';
import { escapeAttribute } from './hast-markup.ts';

/** Names each table's scroll region after the heading before it, numbering repeats, as rehype-table-wrap does. */
class Regions {
  private readonly seen = new Map<string, number>();
  heading?: string;

  wrap(table: string, name = this.heading ?? 'Table'): string {
    const n = (this.seen.get(name) ?? 0) + 1;
    this.seen.set(name, n);
    const label = escapeAttribute(`${name} (table${n > 1 ? ` ${n}` : ''})`);
    return `<div class="table-wrap" role="region" tabindex="0" aria-label="${label}">${table}</div>`;
  }
}

/** The document's body (its top-level elements, one per line) as the pipeline prints it, or undefined. */
export function printHtmlBody(doc: Root): string | undefined {
  const items: string[] = [];
  const regions = new Regions();
  const nodes = doc.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const block = blockLedBy(nodes, i);
    if (block) {
      const unit = blockUnit(block);
      const heading = flowHtml(node);
      if (!unit || heading === undefined) return undefined;
      items.push(heading);
      const { parts, tables, lastHeading, empty } = unit.html;
      const table = (k: number) => regions.wrap(tables[k]!.html, tables[k]!.name);
      if (!empty) items.push(parts.map((p, k) => (k ? table(k - 1) : '') + p).join(''));
      regions.heading = lastHeading;
      i += block.content.length;
      continue;
    }
    // A list holds no heading and needs none: a shared one (a tactic's steps) is printed once, either way.
    if (node.type === 'list') {
      const html = printOnce(node, 'html', () => flowHtml(node) ?? alone(node)?.html);
      if (html === undefined) return undefined;
      items.push(html);
      continue;
    }
    const fast = flowHtml(node);
    if (fast !== undefined) {
      if (node.type === 'heading') regions.heading = headingText(node);
      items.push(node.type === 'table' ? regions.wrap(fast) : fast);
      continue;
    }
    const slow = alone(node);
    if (!slow) return undefined;
    if (slow.heading !== undefined) regions.heading = slow.heading;
    if (slow.html) items.push(slow.html);
  }
  return items.join('\n');
}

/**
 * A node the fast path does not know, through the real pipeline on its own: its HTML and the text of the last heading
 * it leaves at the top level; undefined if it holds a table, whose region's name and number depend on the document.
 */
function alone(node: RootContent): { html: string; heading?: string } | undefined {
  if (hasTable(node)) return undefined;
  const hast = hastOf([node]);
  const last = hast.children.filter(isHeading).at(-1);
  return { html: htmlPrinter.stringify(hast), ...(last && { heading: toString(last).trim() }) };
}

const hasTable = (node: RootContent): boolean =>
  node.type === 'table' || ('children' in node && (node.children as RootContent[]).some(hasTable));
